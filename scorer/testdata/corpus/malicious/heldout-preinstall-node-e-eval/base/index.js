'use strict'
exports.padLeft = (s, n, c = ' ') => String(s).padStart(n, c)
exports.padRight = (s, n, c = ' ') => String(s).padEnd(n, c)
