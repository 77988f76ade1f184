'use strict'
const names = require('./names.json')
module.exports = hex => names[hex.toLowerCase()] || null
