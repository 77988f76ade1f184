// vouch background worker: answers the content script with a verdict for
// name@version. It looks up the version's integrity on the npm registry
// (so that other bytes show as a mismatch), then asks either the vouch
// host's public API (/v1/verdicts) or the registry contract over JSON-RPC.
"use strict";
importScripts("keccak.js", "chain.js");

async function settings() {
  const defaults = await (await fetch(chrome.runtime.getURL("defaults.json"))).json();
  const stored = await chrome.storage.sync.get(Object.keys(defaults));
  return Object.assign(defaults, stored);
}

function registryPath(name) { return encodeURIComponent(name).replace(/^%40/, "@"); }

async function npmVersion(base, name, version) {
  const r = await fetch(base.replace(/\/$/, "") + "/" + registryPath(name) + "/" + encodeURIComponent(version || "latest"));
  if (!r.ok) return { version, integrity: "" };
  const doc = await r.json();
  return { version: doc.version || version, integrity: (doc.dist && doc.dist.integrity) || "" };
}

async function verdict(name, version) {
  const s = await settings();
  const npm = await npmVersion(s.npmRegistryURL, name, version).catch(() => ({ version, integrity: "" }));
  version = version || npm.version;
  if (s.mode === "rpc") {
    if (!s.rpcURL || !s.registry) throw new Error("JSON-RPC mode needs an RPC URL and the registry address (options)");
    return chainVerdict(s.rpcURL, s.registry, name, version, npm.integrity, fetch);
  }
  let u = s.hostURL.replace(/\/$/, "") + "/v1/verdicts/" + encodeURIComponent(name) + "/" + encodeURIComponent(version);
  if (npm.integrity) u += "?integrity=" + encodeURIComponent(npm.integrity);
  const r = await fetch(u);
  if (!r.ok) throw new Error("vouch host answered " + r.status);
  const v = await r.json();
  v.source = "vouch host " + s.hostURL + ", read from chain at block " + v.head;
  return v;
}

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (!msg || msg.type !== "verdict" || typeof msg.name !== "string") return false;
  verdict(msg.name, msg.version || "")
    .then(reply)
    .catch((e) => reply({ state: "error", package: msg.name, version: msg.version, detail: String(e && e.message || e) }));
  return true; // answers asynchronously
});
