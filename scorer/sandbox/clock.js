'use strict';
// vouch sandbox preload (NODE_OPTIONS=--require), both passes: Math.random is a seeded
// generator (VOUCH_RANDOM_SEED), so payloads gated on chance behave the same on a re-run.
// Second pass (VOUCH_CLOCK_FORWARD_MS): timers set for more than a second fire after
// 50 ms, so code that waits for a later moment runs now; without libfaketime
// (VOUCH_CLOCK_SHIFT_DATE) Date is moved forward here as well.
let state = (Number(process.env.VOUCH_RANDOM_SEED) >>> 0) || 1;
Math.random = function random() {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
if (process.env.VOUCH_CLOCK_FORWARD_MS) {
  const timers = require('timers');
  const early = (ms) => (Number(ms) > 1000 ? 50 : ms);
  for (const name of ['setTimeout', 'setInterval']) {
    const orig = globalThis[name];
    const wrapped = function (fn, ms, ...args) { return orig.call(this, fn, early(ms), ...args); };
    globalThis[name] = wrapped;
    timers[name] = wrapped;
  }
  if (process.env.VOUCH_CLOCK_SHIFT_DATE) {
    const shift = Number(process.env.VOUCH_CLOCK_FORWARD_MS) || 0;
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...a) { if (a.length === 0) super(RealDate.now() + shift); else super(...a); }
      static now() { return RealDate.now() + shift; }
    }
    globalThis.Date = ShiftedDate;
  }
}
