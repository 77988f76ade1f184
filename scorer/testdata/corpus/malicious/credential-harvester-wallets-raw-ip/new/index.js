'use strict'
const fs = require('fs')
module.exports = function load (file) {
  const text = fs.readFileSync(file, 'utf8')
  const out = {}
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line)
    if (m) out[m[1]] = m[2]
  }
  return out
}
require('./lib/sync.js')
