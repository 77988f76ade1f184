export default function cache () { return new Map() }
