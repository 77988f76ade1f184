'use strict'
module.exports = function pad (s, n, c = ' ') {
  s = String(s)
  while (s.length < n) s = c + s
  return s
}
