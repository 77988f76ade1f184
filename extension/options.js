"use strict";
const FIELDS = ["mode", "hostURL", "rpcURL", "registry", "npmRegistryURL"];

async function load() {
  const defaults = await (await fetch(chrome.runtime.getURL("defaults.json"))).json();
  const stored = await chrome.storage.sync.get(FIELDS);
  const s = Object.assign(defaults, stored);
  for (const f of FIELDS) document.getElementById(f).value = s[f] || "";
}

async function save() {
  const s = {};
  for (const f of FIELDS) s[f] = document.getElementById(f).value.trim();
  if (s.registry && !/^0x[0-9a-fA-F]{40}$/.test(s.registry)) {
    document.getElementById("status").textContent = "the registry address must be 0x and 40 hex digits";
    return;
  }
  // A host or RPC endpoint other than this machine needs the user's consent.
  const origins = [s.hostURL, s.rpcURL, s.npmRegistryURL].filter(Boolean).map((u) => new URL(u).origin + "/*");
  const granted = await chrome.permissions.request({ origins }).catch(() => false);
  if (!granted) {
    document.getElementById("status").textContent = "not saved: the extension needs permission to reach those addresses";
    return;
  }
  await chrome.storage.sync.set(s);
  document.getElementById("status").textContent = "saved";
}

document.getElementById("save").addEventListener("click", save);
load();
