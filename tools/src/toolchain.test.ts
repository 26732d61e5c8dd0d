import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  TEMPORAL_CLI_VERSION,
  ensureFerretDb,
  ensureTemporalCli,
  ensureTestServer,
  findOnPath,
  toolchainCacheDir,
} from './toolchain';

jest.setTimeout(600_000);

describe('toolchainCacheDir', () => {
  it('prefers TONGBAN_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(toolchainCacheDir({ TONGBAN_CACHE_DIR: '/x/tb', XDG_CACHE_HOME: '/x/xdg' })).toBe('/x/tb');
    expect(toolchainCacheDir({ XDG_CACHE_HOME: '/x/xdg' })).toBe('/x/xdg/tongban');
    expect(toolchainCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'tongban'));
  });
});

describe('findOnPath', () => {
  it('finds executable files only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-path-'));
    try {
      fs.writeFileSync(path.join(dir, 'runnable'), '#!/bin/sh\n', { mode: 0o755 });
      fs.writeFileSync(path.join(dir, 'plain'), 'text', { mode: 0o644 });
      fs.mkdirSync(path.join(dir, 'folder'));
      const env = { PATH: ['/nonexistent', dir].join(path.delimiter) };
      expect(findOnPath('runnable', env)).toBe(path.join(dir, 'runnable'));
      expect(findOnPath('plain', env)).toBeNull();
      expect(findOnPath('folder', env)).toBeNull();
      expect(findOnPath('missing', env)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// These install into the real cache on first use (minutes), then return at once.
describe('installed binaries', () => {
  it('the Temporal CLI is the pinned version', async () => {
    const temporal = await ensureTemporalCli();
    expect(execFileSync(temporal, ['--version'], { encoding: 'utf8' })).toContain(
      `temporal version ${TEMPORAL_CLI_VERSION}`,
    );
  });

  it('asking twice at once installs once', async () => {
    const [first, second] = await Promise.all([ensureTestServer(), ensureTestServer()]);
    expect(first).toBe(second);
    expect(fs.statSync(first).mode & 0o111).not.toBe(0);
  });

  it('FerretDB is our wrapper, with the flags the starters pass', async () => {
    const help = spawnSync(await ensureFerretDb(), ['-help'], { encoding: 'utf8' });
    expect(help.stderr).toMatch(/-listen-addr[\s\S]*-log-level[\s\S]*-sqlite-url/);
  });
});
