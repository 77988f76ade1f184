// Checks a vouch signing file with two EIP-712 implementations that share
// no code with vouch: MetaMask's eth-sig-util (eth_signTypedData_v4) and
// ethers v6. The typedData member is handed to each as it is (ethers takes
// the types without EIP712Domain, as every ethers caller passes them).
// Usage: node eip712check.js FILE KEYHEX; prints one JSON object.
'use strict';
const fs = require('fs');
const sigUtil = require('@metamask/eth-sig-util');
const { TypedDataEncoder, Wallet, verifyTypedData } = require('ethers');

const file = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const key = process.argv[3];
const td = file.typedData;
const out = {};

out.sigUtilDigest = '0x' + Buffer.from(sigUtil.TypedDataUtils.eip712Hash(td, sigUtil.SignTypedDataVersion.V4)).toString('hex');
out.sigUtilRecovered = file.signatures.map((s) =>
  sigUtil.recoverTypedSignature({ data: td, signature: s.signature, version: sigUtil.SignTypedDataVersion.V4 }));
out.sigUtilSignature = sigUtil.signTypedData({ privateKey: Buffer.from(key, 'hex'), data: td, version: sigUtil.SignTypedDataVersion.V4 });

const types = Object.assign({}, td.types);
delete types.EIP712Domain;
out.ethersDigest = TypedDataEncoder.hash(td.domain, types, td.message);
out.ethersRecovered = file.signatures.map((s) => verifyTypedData(td.domain, types, td.message, s.signature));
new Wallet('0x' + key).signTypedData(td.domain, types, td.message).then((sig) => {
  out.ethersSignature = sig;
  process.stdout.write(JSON.stringify(out) + '\n');
}).catch((e) => { console.error(e); process.exit(1); });
