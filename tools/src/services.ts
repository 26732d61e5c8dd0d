import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { readLogTail, spawnManaged, type ManagedProcess, type ProcessExit } from './managed-process';
import { note } from './note';
import { startPostgres, waitUntilPostgresReady, type PostgresDurability } from './postgres';
import {
  ToolchainUnavailableError,
  ensureFerretDb,
  ensurePostgres,
  ensureTemporalCli,
  ensureTestServer,
  findOnPath,
} from './toolchain';

const execFileAsync = promisify(execFile);

const LOOPBACK = '127.0.0.1';

/** A port on 127.0.0.1 that nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not read the port the OS picked');
  return address.port;
}

/** Whether `port` on 127.0.0.1 can be listened on right now. */
export async function isPortFree(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, LOOPBACK, () => server.close(() => resolve(true)));
  });
}

export interface WaitForPortOptions {
  /** Stops waiting early (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Pause between attempts (default 100 ms). */
  intervalMs?: number;
}

/**
 * Resolves once a TCP connection to `host:port` succeeds; rejects after `timeoutMs`
 * (default 60 s, generous because servers start slowly on small machines).
 */
export async function waitForPort(
  host: string,
  port: number,
  timeoutMs = 60_000,
  options: WaitForPortOptions = {},
): Promise<void> {
  const { signal, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    signal?.throwIfAborted();
    if (await canConnect(host, port)) return;
    if (Date.now() >= deadline) throw new Error(`nothing is listening on ${host}:${port} after ${timeoutMs} ms`);
    await sleep(intervalMs, undefined, { signal });
  }
}

/**
 * We learn that a server is up from its port accepting connections, so the port must be ours:
 * otherwise whatever already listens there would pass for the new server.
 */
async function assertPortsFree(what: string, ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    if (!(await isPortFree(port))) throw new Error(`cannot start ${what}: port ${LOOPBACK}:${port} is already in use`);
  }
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** A server started by this module. */
export interface RunningService {
  /** What runs and where its log is, for one-line messages. */
  readonly description: string;
  /** Process id; absent when a vendor library runs the server (the fallbacks). */
  readonly pid?: number;
  /** File that receives the server's output; absent when a vendor library runs it. */
  readonly logFile?: string;
  /**
   * Settles when the process exits, so callers can notice an unexpected death. Absent when a
   * vendor library owns the process (the fallbacks), as those give no such signal.
   */
  readonly exited?: Promise<ProcessExit>;
  /** Stops the server: SIGTERM, then SIGKILL if it is still there after a timeout. */
  stop(): Promise<void>;
}

export interface TemporalDevServer extends RunningService {
  /** gRPC address, `127.0.0.1:PORT`: what `TEMPORAL_ADDRESS` should be. */
  readonly address: string;
  readonly port: number;
  /** The Web UI, when started with `ui: true`. */
  readonly uiUrl?: string;
}

export interface TemporalDevServerOptions {
  /** SQLite file that keeps state across restarts (default: in memory, lost on stop). */
  dbFilename?: string;
  /** gRPC port (default: a free port). */
  port?: number;
  /** Start the Web UI (default false). */
  ui?: boolean;
  /** Web UI port when `ui` is true (default: a free port). */
  uiPort?: number;
  /** Server output goes here (default: a file in the OS temp dir). */
  logFile?: string;
  /** How long to wait for the ports to open (default 120 s). */
  startupTimeoutMs?: number;
}

/**
 * Starts `temporal server start-dev` on 127.0.0.1 and resolves once its gRPC port (and the UI
 * port, if any) accept connections. We spawn it ourselves instead of using the SDK's ephemeral
 * server because the SDK gives up after 5 s, which a 2-core machine does not always make.
 */
export async function startTemporalDevServer(options: TemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const { dbFilename, ui = false, startupTimeoutMs = 120_000 } = options;
  const port = options.port ?? (await freePort());
  const uiPort = ui ? (options.uiPort ?? (await freePort())) : undefined;

  let temporal: string;
  try {
    temporal = await ensureTemporalCli();
  } catch (error) {
    if (!(error instanceof ToolchainUnavailableError)) throw error;
    return startTemporalDevServerFromVendorDownload({ dbFilename, port, uiPort });
  }

  await assertPortsFree('the Temporal dev server', [port, ...(uiPort === undefined ? [] : [uiPort])]);
  const logFile = options.logFile ?? defaultLogFile('temporal', port);
  const args = [
    'server',
    'start-dev',
    '--ip',
    LOOPBACK,
    '--port',
    String(port),
    ...(uiPort === undefined ? ['--headless'] : ['--ui-port', String(uiPort)]),
    ...(dbFilename ? ['--db-filename', dbFilename] : []),
    '--log-level',
    'warn',
    // Search attributes registered at run time (by the worker, by tests) must be usable at once.
    // Updates and update-with-start are on by default in CLI 1.9.1 (server 1.32).
    '--dynamic-config-value',
    'system.forceSearchAttributesCacheRefreshOnRead=true',
  ];
  const server = spawnManaged({ name: 'temporal', command: temporal, args, output: logFile });
  await waitUntilListening(server, logFile, [port, ...(uiPort === undefined ? [] : [uiPort])], startupTimeoutMs);
  const address = `${LOOPBACK}:${port}`;
  try {
    await waitUntilTemporalServes(temporal, address, server, startupTimeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}; end of ${logFile}:\n${readLogTail(logFile)}`, { cause: error });
  }

  return {
    description: `Temporal dev server at ${address} (${dbFilename ?? 'in memory'}; log ${logFile})`,
    address,
    port,
    uiUrl: uiPort === undefined ? undefined : `http://${LOOPBACK}:${uiPort}`,
    logFile,
    pid: server.child.pid,
    exited: server.exited,
    stop: async () => {
      await server.stop();
    },
  };
}

/**
 * FALLBACK for machines without pip: the SDK downloads the Temporal CLI itself (needs general
 * internet) and waits for it with its own, shorter timeout.
 */
async function startTemporalDevServerFromVendorDownload(options: {
  dbFilename?: string;
  port: number;
  uiPort?: number;
}): Promise<TemporalDevServer> {
  note('services', 'fallback: no Temporal CLI here, letting @temporalio/testing download and start one');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const environment = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: LOOPBACK,
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      dbFilename: options.dbFilename,
      extraArgs: ['--dynamic-config-value', 'system.forceSearchAttributesCacheRefreshOnRead=true'],
    },
  });
  return {
    description: `Temporal dev server at ${environment.address} (downloaded by @temporalio/testing)`,
    address: environment.address,
    port: options.port,
    uiUrl: options.uiPort === undefined ? undefined : `http://${LOOPBACK}:${options.uiPort}`,
    stop: () => environment.teardown(),
  };
}

export interface TimeSkippingServer extends RunningService {
  /** gRPC address, `127.0.0.1:PORT`. */
  readonly address: string;
  readonly port: number;
}

export interface TimeSkippingServerOptions {
  /** gRPC port (default: a free port). */
  port?: number;
  /** Server output goes here (default: a file in the OS temp dir). */
  logFile?: string;
  /** How long to wait for the port to open (default 60 s). */
  startupTimeoutMs?: number;
}

/**
 * Starts the time-skipping test server (`temporal-test-server PORT`). It supports Updates but
 * not visibility queries; tests drive its clock with `env.sleep()`.
 */
export async function startTimeSkippingServer(options: TimeSkippingServerOptions = {}): Promise<TimeSkippingServer> {
  const { startupTimeoutMs = 60_000 } = options;
  const port = options.port ?? (await freePort());

  let testServer: string;
  try {
    testServer = await ensureTestServer();
  } catch (error) {
    if (!(error instanceof ToolchainUnavailableError)) throw error;
    return startTimeSkippingServerFromVendorDownload(port);
  }

  await assertPortsFree('the time-skipping test server', [port]);
  const logFile = options.logFile ?? defaultLogFile('temporal-test-server', port);
  const server = spawnManaged({
    name: 'temporal-test-server',
    command: testServer,
    args: [String(port)],
    output: logFile,
  });
  await waitUntilListening(server, logFile, [port], startupTimeoutMs);

  const address = `${LOOPBACK}:${port}`;
  return {
    description: `time-skipping test server at ${address} (log ${logFile})`,
    address,
    port,
    logFile,
    pid: server.child.pid,
    exited: server.exited,
    stop: async () => {
      await server.stop();
    },
  };
}

/** FALLBACK for machines without pip: the SDK downloads the test server itself. */
async function startTimeSkippingServerFromVendorDownload(port: number): Promise<TimeSkippingServer> {
  note('services', 'fallback: no time-skipping test server here, letting @temporalio/testing download and start one');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const environment = await TestWorkflowEnvironment.createTimeSkipping({ server: { port } });
  return {
    description: `time-skipping test server at ${environment.address} (downloaded by @temporalio/testing)`,
    address: environment.address,
    port,
    stop: () => environment.teardown(),
  };
}

export type DatabaseEngine = 'ferretdb' | 'ferretdb-sqlite' | 'mongod' | 'mongodb-memory-server';

export interface Database extends RunningService {
  /** `mongodb://127.0.0.1:PORT/`, without a database name. */
  readonly uri: string;
  readonly port: number;
  readonly engine: DatabaseEngine;
  /**
   * Every process it runs, with a string its command line contains (FerretDB and its
   * PostgreSQL are two), so a later `npm run up` can stop them if this one dies without doing so.
   */
  readonly processes: readonly { pid?: number; commandLineMark: string }[];
  /** The PostgreSQL under FerretDB (its superuser's URL), when there is one: for tests that look beneath. */
  readonly postgresUrl?: string;
}

export interface DatabaseOptions {
  /** Directory that holds the data (the PostgreSQL cluster); created if missing. */
  dir: string;
  /** FerretDB's port (default: a free port). */
  port?: number;
  /** FerretDB's output goes here (default: a file in the OS temp dir); PostgreSQL's beside it. */
  logFile?: string;
  /** How long to wait for each port to open (default 60 s). */
  startupTimeoutMs?: number;
  /**
   * `scratch` trades crash safety for speed (no fsync): for data thrown away after the run,
   * like a test run's (default `durable`).
   */
  durability?: PostgresDurability;
}

/**
 * Starts a MongoDB-wire database keeping its data in `dir`: FerretDB in front of its own
 * PostgreSQL (what tests and the local stack run on); if either cannot be had, `mongod` from
 * PATH; if there is none either, mongodb-memory-server, which downloads a mongod.
 */
export async function startDatabase(options: DatabaseOptions): Promise<Database> {
  const { startupTimeoutMs = 60_000, durability = 'durable' } = options;
  const dir = path.resolve(options.dir);
  fs.mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());

  let ferretDb: string;
  try {
    [ferretDb] = await Promise.all([ensureFerretDb(), ensurePostgres()]);
  } catch (error) {
    if (!(error instanceof ToolchainUnavailableError)) throw error;
    return startMongod(dir, port, options.logFile, startupTimeoutMs);
  }

  await assertPortsFree('FerretDB', [port]);
  const logFile = options.logFile ?? defaultLogFile('ferretdb', port);
  const postgresPort = await freePort();
  const postgresLog = path.join(path.dirname(logFile), `postgres-${postgresPort}.log`);
  const postgres = await startPostgres({ dataDir: dir, port: postgresPort, logFile: postgresLog, durability });
  await waitUntilListening(postgres.process, postgresLog, [postgresPort], startupTimeoutMs);
  try {
    await waitUntilPostgresReady(dir, postgres.process, startupTimeoutMs);
  } catch (error) {
    await postgres.process.stop();
    throw new Error(`${(error as Error).message}; end of ${postgresLog}:\n${readLogTail(postgresLog)}`, {
      cause: error,
    });
  }

  const args = ['-listen-addr', `${LOOPBACK}:${port}`, '-postgresql-url', postgres.url, '-log-level', 'warn'];
  const server = spawnManaged({ name: 'ferretdb', command: ferretDb, args, output: logFile });
  try {
    await waitUntilListening(server, logFile, [port], startupTimeoutMs);
  } catch (error) {
    await postgres.process.stop();
    throw error;
  }

  const uri = `mongodb://${LOOPBACK}:${port}/`;
  return {
    description: `FerretDB at ${uri} on PostgreSQL ${postgres.url} (data ${dir}; logs ${logFile}, ${postgresLog})`,
    uri,
    port,
    engine: 'ferretdb',
    logFile,
    pid: server.child.pid,
    postgresUrl: postgres.url,
    processes: [
      { pid: server.child.pid, commandLineMark: postgres.url },
      { pid: postgres.process.child.pid, commandLineMark: dir },
    ],
    // Either one going means the database is gone.
    exited: Promise.race([server.exited, postgres.process.exited]),
    stop: async () => {
      // FerretDB first: PostgreSQL then shuts down with no client left mid-write.
      await server.stop();
      await postgres.process.stop();
    },
  };
}

/**
 * FerretDB on an SQLite data directory, as the local stack kept its data before 2026-12: only
 * to read such a directory once, when its data moves to PostgreSQL.
 */
export async function startLegacySqliteDatabase(options: {
  dir: string;
  logFile: string;
  startupTimeoutMs?: number;
}): Promise<Database> {
  const { startupTimeoutMs = 60_000 } = options;
  const dir = path.resolve(options.dir);
  const ferretDb = await ensureFerretDb();
  const port = await freePort();
  // The SQLite backend wants a file: URL of a directory, with the trailing slash.
  const sqliteUrl = pathToFileURL(`${dir}/`).href;
  const args = ['-listen-addr', `${LOOPBACK}:${port}`, '-sqlite-url', sqliteUrl, '-log-level', 'warn'];
  const server = spawnManaged({ name: 'ferretdb-sqlite', command: ferretDb, args, output: options.logFile });
  await waitUntilListening(server, options.logFile, [port], startupTimeoutMs);
  const uri = `mongodb://${LOOPBACK}:${port}/`;
  return {
    description: `FerretDB at ${uri} on SQLite (data ${dir}; log ${options.logFile})`,
    uri,
    port,
    engine: 'ferretdb-sqlite',
    logFile: options.logFile,
    pid: server.child.pid,
    processes: [{ pid: server.child.pid, commandLineMark: sqliteUrl }],
    exited: server.exited,
    stop: async () => {
      await server.stop();
    },
  };
}

/** FALLBACK for machines without go or PostgreSQL: `mongod` from PATH, else a downloaded one. */
async function startMongod(
  dir: string,
  port: number,
  givenLogFile: string | undefined,
  startupTimeoutMs: number,
): Promise<Database> {
  const mongod = findOnPath('mongod');
  if (!mongod) return startDatabaseFromVendorDownload(dir, port);
  note('services', `no FerretDB or PostgreSQL here, using ${mongod}`);
  await assertPortsFree('mongod', [port]);
  const logFile = givenLogFile ?? defaultLogFile('mongod', port);
  const args = ['--dbpath', dir, '--port', String(port), '--bind_ip', LOOPBACK];
  const server = spawnManaged({ name: 'mongod', command: mongod, args, output: logFile });
  await waitUntilListening(server, logFile, [port], startupTimeoutMs);
  const uri = `mongodb://${LOOPBACK}:${port}/`;
  return {
    description: `mongod at ${uri} (data ${dir}; log ${logFile})`,
    uri,
    port,
    engine: 'mongod',
    logFile,
    pid: server.child.pid,
    processes: [{ pid: server.child.pid, commandLineMark: dir }],
    exited: server.exited,
    stop: async () => {
      await server.stop();
    },
  };
}

/** FALLBACK for machines with neither go nor mongod: mongodb-memory-server downloads a mongod. */
async function startDatabaseFromVendorDownload(dir: string, port: number): Promise<Database> {
  note('services', 'fallback: no FerretDB or mongod here, letting mongodb-memory-server download a mongod');
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  const server = await MongoMemoryServer.create({
    instance: { ip: LOOPBACK, port, dbPath: dir, storageEngine: 'wiredTiger' },
  });
  const uri = `mongodb://${LOOPBACK}:${port}/`;
  return {
    description: `mongod from mongodb-memory-server at ${uri} (data ${dir})`,
    uri,
    port,
    engine: 'mongodb-memory-server',
    processes: [],
    // Keep dbPath: the data is the caller's (the local stack persists it across runs).
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

/**
 * Waits for every port, failing fast with the end of the log if the process dies first, and
 * stopping it if it never gets there.
 */
async function waitUntilListening(
  server: ManagedProcess,
  logFile: string,
  ports: readonly number[],
  timeoutMs: number,
): Promise<void> {
  const giveUp = new AbortController();
  const died = server.exited.then((exit) => {
    const how = exit.error ? exit.error.message : `exit code ${exit.code ?? '-'}, signal ${exit.signal ?? '-'}`;
    throw new Error(`${server.name} stopped while starting (${how}); end of ${logFile}:\n${readLogTail(logFile)}`);
  });
  try {
    await Promise.race([
      Promise.all(ports.map((port) => waitForPort(LOOPBACK, port, timeoutMs, { signal: giveUp.signal }))),
      died,
    ]);
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    giveUp.abort();
    died.catch(() => undefined);
  }
}

/**
 * The frontend opens its port before it is healthy, and answers "Frontend is not healthy yet"
 * to every call until then: we wait for a call that passes the same check a client's does.
 */
async function waitUntilTemporalServes(
  temporal: string,
  address: string,
  server: ManagedProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastAnswer: string | undefined;
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`temporal stopped while starting (exit code ${server.child.exitCode ?? '-'})`);
    }
    try {
      await execFileAsync(
        temporal,
        ['operator', 'namespace', 'describe', '--namespace', 'default', '--address', address],
        {
          timeout: 10_000,
        },
      );
      return;
    } catch (error) {
      lastAnswer = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    }
    if (Date.now() >= deadline) {
      throw new Error(`Temporal at ${address} did not serve after ${timeoutMs} ms (last answer: ${lastAnswer})`);
    }
    await sleep(100);
  }
}

function defaultLogFile(name: string, port: number): string {
  const dir = path.join(os.tmpdir(), 'tongban-logs');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}-${port}.log`);
}
