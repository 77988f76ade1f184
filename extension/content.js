// vouch content script: finds the package and version an npm package page
// shows, asks the background worker for vouch's verdict, and shows it in a
// banner at the top of the page. It reads nothing else from the page and
// inserts text only (never HTML).
(() => {
  "use strict";

  // packageFromPath reads /package/NAME[/v/VERSION] (NAME may be @scope/name).
  function packageFromPath(path) {
    const m = path.match(/^\/package\/((?:@[^/]+\/)?[^/]+)(?:\/v\/([^/?#]+))?/);
    if (!m) return null;
    return { name: decodeURIComponent(m[1]), version: m[2] ? decodeURIComponent(m[2]) : "" };
  }

  // versionOnPage finds "1.2.3 • Public • Published …", the line npm shows
  // under the package name.
  function versionOnPage() {
    for (const el of document.querySelectorAll("main span, main p, span, p")) {
      const m = (el.textContent || "").trim().match(/^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*•\s*(Public|Private)/);
      if (m) return m[1];
    }
    return "";
  }

  const COLORS = {
    verified: ["#dafbe1", "#116329"],
    unsigned: ["#fff8c5", "#7d4e00"],
    "not-enrolled": ["#f6f8fa", "#59636e"],
    mismatch: ["#ffebe9", "#a40e26"],
    revoked: ["#ffebe9", "#a40e26"],
    error: ["#f6f8fa", "#59636e"],
  };

  function short(a) { return a && a.length > 12 ? a.slice(0, 6) + "…" + a.slice(-4) : a; }

  function describe(v) {
    switch (v.state) {
      case "verified": {
        const who = (v.signers || []).map(short).join(", ");
        let s = `verified: signed by ${v.signers && v.signers.length ? v.signers.length : v.signerCount} of ${v.maintainers || "?"} maintainers`;
        if (who) s += ` (${who})`;
        if (v.score !== undefined && v.score !== null) s += `, score ${v.score}`;
        return s;
      }
      case "unsigned": return `unsigned: ${v.package} is enrolled in vouch, but ${v.version} was never signed by its maintainers`;
      case "not-enrolled": return `not enrolled: nobody vouches for ${v.package}`;
      case "mismatch": return `MISMATCH: the registry serves other bytes than the maintainers signed for ${v.version}`;
      case "revoked": return `revoked: the maintainers withdrew ${v.version}`;
      default: return `no verdict: ${v.detail || "vouch could not be asked"}`;
    }
  }

  function show(v) {
    let box = document.getElementById("vouch-verdict");
    if (!box) {
      box = document.createElement("div");
      box.id = "vouch-verdict";
      const anchor = document.querySelector("main") || document.body;
      anchor.insertBefore(box, anchor.firstChild);
    }
    const [bg, fg] = COLORS[v.state] || COLORS.error;
    Object.assign(box.style, {
      background: bg, color: fg, border: `1px solid ${fg}`, borderRadius: "6px", padding: "8px 12px",
      margin: "8px 0", font: "14px/1.4 system-ui, sans-serif",
    });
    box.dataset.state = v.state;
    box.dataset.package = v.package || "";
    box.dataset.version = v.version || "";
    box.textContent = "";
    const label = document.createElement("strong");
    label.textContent = "vouch " + (v.version || "") + " · ";
    box.appendChild(label);
    box.appendChild(document.createTextNode(describe(v)));
    if (v.source) {
      const src = document.createElement("small");
      src.textContent = " (" + v.source + ")";
      box.appendChild(src);
    }
  }

  let last = "";
  function check() {
    const p = packageFromPath(location.pathname);
    if (!p) return;
    if (!p.version) p.version = versionOnPage();
    const key = p.name + "@" + p.version;
    if (key === last) return;
    last = key;
    chrome.runtime.sendMessage({ type: "verdict", name: p.name, version: p.version }, (v) => {
      if (chrome.runtime.lastError || !v) {
        show({ state: "error", package: p.name, version: p.version, detail: chrome.runtime.lastError ? chrome.runtime.lastError.message : "no answer" });
        return;
      }
      show(v);
    });
  }

  check();
  // npm's site changes pages without reloading: look again when the URL changes.
  let url = location.href;
  setInterval(() => { if (location.href !== url) { url = location.href; last = ""; check(); } }, 1000);
})();
