// The wallet signing page: asks a browser wallet (EIP-1193 window.ethereum)
// to sign a pending release with eth_signTypedData_v4 and posts the
// signature to the host. The typed data is built here from the release's
// fields; the wallet shows them to its owner, and the host (then the
// coordinator and the contract) checks the signature against the digest
// each computes itself.
'use strict';
(function () {
  const root = document.getElementById('wallet-sign');
  const status = document.getElementById('sign-status');
  const say = (t) => { status.textContent = t; };

  function b64ToHex(b64) {
    const bin = atob(b64);
    let h = '0x';
    for (let i = 0; i < bin.length; i++) h += bin.charCodeAt(i).toString(16).padStart(2, '0');
    return h;
  }

  async function sign() {
    if (!window.ethereum || typeof window.ethereum.request !== 'function') {
      say('No browser wallet found (window.ethereum).');
      return;
    }
    const id = root.dataset.release;
    const r = await fetch('/v1/releases/' + encodeURIComponent(id));
    const st = await r.json();
    if (!r.ok) { say('The host does not know this release: ' + (st.error && st.error.message)); return; }
    if (typeof st.integrity !== 'string' || !st.integrity.startsWith('sha512-')) { say('The release has no sha512 integrity.'); return; }
    const typedData = {
      types: {
        EIP712Domain: [
          { name: 'name', type: 'string' }, { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' },
        ],
        Release: [
          { name: 'packageName', type: 'string' }, { name: 'version', type: 'string' },
          { name: 'integrity', type: 'bytes' }, { name: 'contentHash', type: 'bytes32' },
          { name: 'nonce', type: 'uint256' }, { name: 'gitSha', type: 'bytes20' },
          { name: 'ciRunUrl', type: 'string' },
        ],
      },
      primaryType: 'Release',
      domain: {
        name: root.dataset.domainName, version: root.dataset.domainVersion,
        chainId: Number(root.dataset.chainId), verifyingContract: root.dataset.registry,
      },
      message: {
        packageName: st.packageName, version: st.version, integrity: b64ToHex(st.integrity.slice(7)),
        contentHash: st.contentHash, nonce: String(st.nonce),
        gitSha: st.gitSha || '0x0000000000000000000000000000000000000000', ciRunUrl: st.ciRunUrl || '',
      },
    };
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
