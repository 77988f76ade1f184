'use strict'
module.exports = s => s.split('\n').map(l => l.replace(/^\s+/, '')).join('\n')
