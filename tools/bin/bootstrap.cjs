#!/usr/bin/env node
// Runs before anything else on `npm run up` / `npm test`, when the dependencies this script's
// successors need may not be installed yet, so it uses nothing but node itself.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const lockFile = path.join(repoRoot, 'package-lock.json');
const installedLock = path.join(repoRoot, 'node_modules', '.package-lock.json');

function reasonToInstall() {
  if (!fs.existsSync(path.join(repoRoot, 'node_modules'))) return 'node_modules is missing';
  if (!fs.existsSync(installedLock)) return 'node_modules was not installed by npm from the lock file';
  if (fs.statSync(lockFile).mtimeMs > fs.statSync(installedLock).mtimeMs) {
    return 'package-lock.json changed since the last install';
  }
  return null;
}

const reason = reasonToInstall();
if (reason) {
  process.stderr.write(`[bootstrap] running npm ci: ${reason}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`[bootstrap] could not run npm: ${result.error.message}\n`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
