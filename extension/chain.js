// Reads the vouch registry contract over JSON-RPC (eth_call), without the
// host: getPackage(string) and getReleases(bytes32[]), ABI-encoded by hand.
"use strict";

const enc = new TextEncoder();

function hex(bytes) { return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""); }
function unhex(h) {
  h = h.replace(/^0x/, "");
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
  return out;
}
function word(n) { return BigInt(n).toString(16).padStart(64, "0"); }
function selector(sig) { return hex(keccak256(enc.encode(sig)).slice(0, 4)); }

// releaseKey is the registry's key of name@version: keccak256("name@version").
function releaseKey(name, version) { return keccak256(enc.encode(name + "@" + version)); }

function encodeGetPackage(name) {
  const b = enc.encode(name);
  const padded = new Uint8Array(Math.ceil(b.length / 32) * 32);
  padded.set(b);
  return "0x" + selector("getPackage(string)") + word(32) + word(b.length) + hex(padded);
}

function encodeGetReleases(keys) {
  return "0x" + selector("getReleases(bytes32[])") + word(32) + word(keys.length) + keys.map(hex).join("");
}

function words(resultHex) {
  const h = resultHex.replace(/^0x/, "");
  const out = [];
  for (let i = 0; i + 64 <= h.length; i += 64) out.push(BigInt("0x" + h.substr(i, 64)));
  return out;
}

// decodePackage reads PackageView(address[] maintainers, uint8 threshold,
// uint64 vetoWindow, uint8 minScore, bool refuseLowScore, uint256 nonce, bool enrolled).
function decodePackage(resultHex) {
  const w = words(resultHex);
  const t = Number(w[0] / 32n); // offset of the tuple
  const maintOff = t + Number(w[t] / 32n);
  const n = Number(w[maintOff]);
  return { maintainers: n, threshold: Number(w[t + 1]), enrolled: w[t + 6] === 1n };
}

// decodeReleases reads ReleaseView[] (8 static words each; the record keeps
// no contentHash, which is in the Published event).
function decodeReleases(resultHex) {
  const w = words(resultHex);
  const off = Number(w[0] / 32n);
  const n = Number(w[off]);
  const out = [];
  for (let i = 0; i < n; i++) {
    const b = off + 1 + i * 8;
    out.push({
      integrityHash: w[b].toString(16).padStart(64, "0"),
      signerCount: Number(w[b + 1]), timestamp: Number(w[b + 2]), score: Number(w[b + 3]),
      heuristicScore: Number(w[b + 4]), hasScore: w[b + 5] === 1n, revoked: w[b + 6] === 1n, npmPublished: w[b + 7] === 1n,
    });
  }
  return out;
}

// integrityHash is keccak256 of the raw sha512 bytes of an SRI string.
function integrityHash(sri) {
  const m = /^sha512-(.+)$/.exec(sri || "");
  if (!m) return "";
  const raw = Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0));
  return raw.length === 64 ? hex(keccak256(raw)) : "";
}

// chainVerdict asks the registry at `registry` over the JSON-RPC endpoint
// `rpc` for name@version; integrity (npm SRI) makes a mismatch visible.
async function chainVerdict(rpc, registry, name, version, integrity, fetchFn) {
  const call = async (data) => {
    const r = await fetchFn(rpc, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_call", params: [{ to: registry, data }, "latest"] }),
    });
    const j = await r.json();
    if (j.error) throw new Error(j.error.message || "eth_call failed");
    return j.result;
  };
  const v = { package: name, version, signers: [], source: "chain " + registry.slice(0, 10) + "… via " + rpc };
  const pkg = decodePackage(await call(encodeGetPackage(name)));
  if (!pkg.enrolled) return Object.assign(v, { state: "not-enrolled" });
  v.maintainers = pkg.maintainers;
  const [rel] = decodeReleases(await call(encodeGetReleases([releaseKey(name, version)])));
  if (!rel || rel.timestamp === 0) return Object.assign(v, { state: "unsigned" });
  v.signerCount = rel.signerCount;
  if (rel.hasScore) v.score = rel.score;
  if (rel.revoked) return Object.assign(v, { state: "revoked" });
  if (integrity && integrityHash(integrity) !== rel.integrityHash) return Object.assign(v, { state: "mismatch" });
  return Object.assign(v, { state: "verified" });
}

if (typeof module !== "undefined") {
  module.exports = { releaseKey, encodeGetPackage, encodeGetReleases, decodePackage, decodeReleases, integrityHash, chainVerdict, hex, unhex };
}
