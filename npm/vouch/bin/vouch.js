#!/usr/bin/env node
// The npm package `vouch` carries no binary: npm installs the one optional
// dependency whose "os" and "cpu" match this machine (as esbuild does), and
// this script runs it with the same arguments, stdio and exit status.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const platforms = {
  "linux x64": "@vouchpm/vouch-linux-x64",
  "linux arm64": "@vouchpm/vouch-linux-arm64",
  "darwin x64": "@vouchpm/vouch-darwin-x64",
  "darwin arm64": "@vouchpm/vouch-darwin-arm64",
  "win32 x64": "@vouchpm/vouch-win32-x64",
  "win32 arm64": "@vouchpm/vouch-win32-arm64",
};

function binaryPath() {
  if (process.env.VOUCH_BINARY) return process.env.VOUCH_BINARY;
  const pkg = platforms[`${process.platform} ${process.arch}`];
  if (!pkg) {
    throw new Error(`vouch has no binary for ${process.platform}/${process.arch}; build it with \`go build ./cmd/vouch\``);
  }
  const exe = process.platform === "win32" ? "vouch.exe" : "vouch";
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch (e) {
    throw new Error(`the package ${pkg} is not installed (was npm run with --omit=optional or --no-optional?): ${e.message}`);
  }
}

let bin;
try {
  bin = binaryPath();
} catch (e) {
  process.stderr.write(`vouch: ${e.message}\n`);
  process.exit(2);
}
const r = spawnSync(bin, process.argv.slice(2), { stdio: "inherit", windowsHide: true });
if (r.error) {
  process.stderr.write(`vouch: cannot run ${path.basename(bin)}: ${r.error.message}\n`);
  process.exit(2);
}
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status === null ? 1 : r.status);
