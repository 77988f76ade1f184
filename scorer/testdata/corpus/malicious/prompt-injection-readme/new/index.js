'use strict'
module.exports = s => s.split('\n').map(l => l.replace(/^\s+/, '')).join('\n')
module.exports.version = '1.0.6'
