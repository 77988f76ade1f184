// Compiles vouch's Solidity sources with the pinned solc (npm) through its
// standard-JSON interface and writes <Contract>.abi and <Contract>.bin.
// Usage: node compile.js <outdir> <source.sol>...   (run from enclave/chain; each
// contract lands in <outdir>/<its source's folder>/).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
  console.error('usage: node compile.js <outdir> <source.sol>...');
  process.exit(2);
}
// Source keys are the relative paths, so the metadata hash in the bytecode
// does not depend on where the checkout lives.
const sources = {};
for (const f of files) sources[path.normalize(f)] = { content: fs.readFileSync(f, 'utf8') };
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of out.errors || []) {
  console.error(e.formattedMessage);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
for (const file of Object.keys(out.contracts)) {
  const dir = path.join(outDir, path.dirname(file));
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, c] of Object.entries(out.contracts[file])) {
    fs.writeFileSync(path.join(dir, name + '.abi'), JSON.stringify(c.abi) + '\n');
    fs.writeFileSync(path.join(dir, name + '.bin'), c.evm.bytecode.object + '\n');
  }
}
console.error('solc ' + solc.version() + ': compiled ' + files.join(' '));
