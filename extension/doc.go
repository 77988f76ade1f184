// Package extension holds vouch's browser extension (Chrome Manifest V3:
// manifest.json, content.js, background.js, chain.js, keccak.js, options)
// and its tests, which load it into headless Chromium against a local page
// shaped like an npmjs.com package page. The extension runs in the user's
// browser; `make extension` packs it into build/vouch-extension.zip.
package extension
