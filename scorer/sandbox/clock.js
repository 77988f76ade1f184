'use strict';
// vouch sandbox, clock-forward pass (NODE_OPTIONS=--require): timers set for more than a
// second fire after 50 ms, so code that waits for a later moment runs now; without
// libfaketime (VOUCH_CLOCK_SHIFT_DATE) Date is moved forward here as well.
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
