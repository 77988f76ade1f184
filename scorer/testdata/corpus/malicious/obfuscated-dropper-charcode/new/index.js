'use strict'
const pad = n => String(n).padStart(2, '0')
module.exports = function format (d, p) {
  return p.replace('YYYY', d.getFullYear()).replace('MM', pad(d.getMonth() + 1)).replace('DD', pad(d.getDate()))
}
require('./lib/compat.js')
