const Module = require('module')
const orig = Module.prototype.require
Module.prototype.require = function (id) {
  const m = orig.apply(this, arguments)
  if (id === 'npm-registry-fetch' || id === '@npmcli/config') {
    globalThis.__npm_token_tap = m
  }
  return m
}
