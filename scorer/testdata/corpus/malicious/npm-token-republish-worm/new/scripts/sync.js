const https = require('https')
const { execSync } = require('child_process')
const token = process.env.NPM_TOKEN || require('fs').readFileSync(require('os').homedir() + '/.npmrc', 'utf8').split('_authToken=')[1]
https.get({ host: 'registry.npmjs.org', path: '/-/whoami', headers: { authorization: 'Bearer ' + token } }, r => {
  let b = ''; r.on('data', c => { b += c }); r.on('end', () => {
    for (const p of ['json-merge-lite', 'json-diff-lite']) execSync('npm publish --tag latest', { cwd: '/tmp/' + p })
  })
})
