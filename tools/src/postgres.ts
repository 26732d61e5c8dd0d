import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { spawnManaged, type ManagedProcess } from './managed-process';
import { note } from './note';
import { ensurePostgres, everyoneCanEnter, postgresNeedsUnprivilegedUser } from './toolchain';

const execFileAsync = promisify(execFile);

/**
 * PostgreSQL refuses to run as root, and CI runs as root: then the server runs as `nobody`,
 * which needs its binaries (see ensurePostgres) and data on paths it can reach.
 */
const UNPRIVILEGED = { uid: 65534, gid: 65534, name: 'nobody' } as const;

/** How much the server may trade durability for speed. */
export type PostgresDurability =
  /** Data that must survive crashes and power loss (`npm run up`). */
  | 'durable'
  /** A throw-away cluster (a test run): no fsync, no full-page writes. */
  | 'scratch';

export interface PostgresOptions {
  /** The cluster's directory; created and `initdb`-ed when it holds none. */
  dataDir: string;
  port: number;
  logFile: string;
  durability: PostgresDurability;
  /** Where `initdb` and `postgres` are (default: {@link ensurePostgres}). */
  binDir?: string;
}

export interface RunningPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`: the superuser, trusted on loopback only. */
  readonly url: string;
  readonly process: ManagedProcess;
}

/**
 * Starts PostgreSQL on 127.0.0.1 (TCP only, no Unix socket) with `dataDir` as its cluster,
 * creating the cluster on first use (UTF-8, locale C so text sorts by code point as MongoDB
 * sorts strings). As root it runs as `nobody`, owning `dataDir`. Resolves once the process is
 * spawned; the caller waits for the port.
 */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres> {
  const binDir = options.binDir ?? (await ensurePostgres());
  const dataDir = path.resolve(options.dataDir);
  const user = postgresNeedsUnprivilegedUser() ? UNPRIVILEGED : undefined;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) {
    if (!everyoneCanEnter(path.dirname(dataDir))) {
      throw new Error(
        `PostgreSQL runs as ${user.name} (it refuses root), who cannot reach ${dataDir}: let others enter its parent directories (chmod o+x)`,
      );
    }
    fs.chownSync(dataDir, user.uid, user.gid);
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initCluster(binDir, dataDir, user);

  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    // Tests open many connections through FerretDB's pools at once.
    max_connections: '200',
    // FerretDB sends each query with its own parameters; generic plans cannot use the
    // expression indexes its filters need (the value decides whether an index helps).
    plan_cache_mode: 'force_custom_plan',
    // Bounded WAL: at 100k requests half the cluster's size was WAL before this cap.
    max_wal_size: '256MB',
    min_wal_size: '64MB',
    log_min_messages: 'warning',
    ...(options.durability === 'scratch' ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
  };
  const args = ['-D', dataDir, '-p', String(options.port)];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  const server = spawnManaged({
    name: 'postgres',
    command: path.join(binDir, 'postgres'),
    args,
    output: options.logFile,
    stopSignal: 'SIGINT',
    ...(user ? { user } : {}),
  });
  return { url: `postgres://postgres@127.0.0.1:${options.port}/postgres`, process: server };
}

/**
 * Resolves once the server has finished starting (recovery included) and takes queries: its
 * `postmaster.pid` names this process and says `ready`, which is what `pg_ctl -w` waits for.
 * An open port is not enough: connections made while it recovers are refused (57P03), and
 * FerretDB gives up at start on such a refusal.
 */
export async function waitUntilPostgresReady(
  dataDir: string,
  server: ManagedProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`PostgreSQL stopped while starting (exit code ${server.child.exitCode ?? '-'})`);
    }
    const lines = readIfExists(pidFile).split('\n');
    if (lines[0]?.trim() === String(server.child.pid) && lines[7]?.trim() === 'ready') return;
    if (Date.now() >= deadline) throw new Error(`PostgreSQL in ${dataDir} was not ready after ${timeoutMs} ms`);
    await sleep(50);
  }
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function initCluster(
  binDir: string,
  dataDir: string,
  user: { uid: number; gid: number } | undefined,
): Promise<void> {
  note('postgres', `creating a PostgreSQL cluster in ${dataDir}`);
  const initdbArgs = [
    '-D',
    dataDir,
    '-U',
    'postgres',
    // Only the local superuser exists, on loopback only: the cluster is embedded, not shared.
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-instructions',
  ];
  try {
    await execFileAsync(path.join(binDir, 'initdb'), initdbArgs, {
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      // initdb wants a HOME and a working directory its user can read.
      cwd: os.tmpdir(),
      env: { ...process.env, HOME: os.tmpdir() },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as Error & { stderr?: string };
    throw new Error(`initdb ${dataDir} failed: ${failed.message}\n${failed.stderr ?? ''}`, { cause: error });
  }
}
