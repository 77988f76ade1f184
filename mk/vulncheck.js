// Reads govulncheck's `-format json` stream on stdin and fails (exit 1) only
// on vulnerabilities that the code reaches (a called symbol) AND that have a
// fixed version: those are fixed by upgrading. Reached findings without a fix
// are listed, not failed: README says how the boundary contains them.
'use strict';

// Fixes that exist upstream but that the Go module proxy reachable here does
// not serve, each with what vouch does instead. Re-try the upgrade whenever
// the vulnerability database is bumped; remove the entry once it works.
const FIX_NOT_SERVED = {
  'GO-2026-6893': 'go-eventlog 1991f15bc4b0 is refused by the module proxy (403). vouch reads no event type: ' +
    'the one event it looks for (the simulated marker) is matched by its replayed digest too ' +
    '(tpmquote.HasSimulatedMarker, TestSimulatedMarkerSurvivesEditedEventData).',
};
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { text += c; });
process.stdin.on('end', () => {
  const osv = new Map();
  const reached = new Map(); // id -> {fixed, module, version, symbols:Set}
  for (const msg of splitObjects(text)) {
    if (msg.osv) osv.set(msg.osv.id, msg.osv);
    const f = msg.finding;
    if (!f || !f.trace || !f.trace.length || !f.trace[0].function) continue;
    const top = f.trace[0];
    const r = reached.get(f.osv) || { fixed: f.fixed_version || '', module: top.module, version: top.version, symbols: new Set() };
    r.symbols.add((top.package ? top.package + '.' : '') + (top.receiver ? top.receiver + '.' : '') + top.function);
    reached.set(f.osv, r);
  }
  let fixable = 0;
  for (const [id, r] of [...reached].sort()) {
    const summary = (osv.get(id) || {}).summary || '';
    let state = 'no fix available';
    if (r.fixed && FIX_NOT_SERVED[id]) state = `fixed in ${r.fixed}, not served here: ${FIX_NOT_SERVED[id]}`;
    else if (r.fixed) { state = `FIXED IN ${r.fixed}: upgrade`; fixable++; }
    console.log(`${id}  ${r.module}@${r.version || '(stdlib)'}  ${state}\n    ${summary}\n    reached: ${[...r.symbols].slice(0, 4).join(', ')}`);
  }
  console.log(`govulncheck: ${reached.size} reached, ${fixable} with a fix`);
  process.exit(fixable > 0 ? 1 : 0);
});

// govulncheck prints a stream of JSON objects, one after another.
function* splitObjects(s) {
  let depth = 0, start = -1, inStr = false, esc = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (inStr) {
      if (esc) esc = false; else if (ch === '\\') esc = true; else if (ch === '"') inStr = false;
      continue;
    }
    if (ch === '"') inStr = true;
    else if (ch === '{') { if (depth++ === 0) start = i; }
    else if (ch === '}' && --depth === 0) yield JSON.parse(s.slice(start, i + 1));
  }
}
