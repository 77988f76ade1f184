// The wallet signing page: asks a browser wallet (EIP-1193 window.ethereum)
// to sign a pending release with eth_signTypedData_v4 and posts the
// signature to the host. The typed data comes from the host
// (GET /v1/releases/{id}/typed-data); the wallet shows it to its owner, and
// the host (then the coordinator and the contract) checks the signature
// against the digest each computes itself, so a host that served other
// typed data gets a signature that recovers to nobody it knows.
'use strict';
(function () {
  const root = document.getElementById('wallet-sign');
  const status = document.getElementById('sign-status');
  const say = (t) => { status.textContent = t; };

  async function sign() {
    if (!window.ethereum || typeof window.ethereum.request !== 'function') {
      say('No browser wallet found (window.ethereum).');
      return;
    }
    const id = root.dataset.release;
    // The host serves the typed data as enclave/wire defines it (the same
    // definition the coordinator and the contract hash); the wallet shows
    // its fields to its owner.
    const r = await fetch('/v1/releases/' + encodeURIComponent(id) + '/typed-data');
    const typedData = await r.json();
    if (!r.ok) { say('The host does not know this release: ' + (typedData.error && typedData.error.message)); return; }
    if (typedData.primaryType !== 'Release' || !typedData.message) { say('The host answered typed data that is not a Release.'); return; }
    const st = typedData.message;
    say('Asking the wallet to sign ' + st.packageName + '@' + st.version + '…');
    const accounts = await window.ethereum.request({ method: 'eth_requestAccounts' });
    const account = accounts[0];
    const signature = await window.ethereum.request({ method: 'eth_signTypedData_v4', params: [account, JSON.stringify(typedData)] });
    const p = await fetch('/v1/releases/' + encodeURIComponent(id) + '/signatures', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ signer: account, signature: signature }),
    });
    const out = await p.json();
    if (!p.ok) { say('The host refused the signature: ' + (out.error && out.error.message)); return; }
    say('Signed by ' + account + ': ' + (out.approvals ?? out.signers.length) + ' of ' + out.threshold + ' signatures, ' + out.state + '.');
  }

  document.getElementById('sign-button').addEventListener('click', () => {
    sign().catch((e) => say('The wallet did not sign: ' + (e && e.message ? e.message : e)));
  });
})();
