import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  freePort,
  readLogTail,
  spawnManaged,
  startDatabase,
  startTemporalDevServer,
  withDatabaseName,
  type Database,
  type ManagedProcess,
  type RunningService,
} from '@tongban/tools';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/**
 * One built deployable (worker or API server) run as a child process that a
 * fault test can kill with SIGKILL and start again under the same name, port and log.
 */
export interface AppProcess {
  readonly name: string;
  readonly logFile: string;
  /** The API's base URL (`http://127.0.0.1:PORT`); absent for a worker. */
  readonly baseUrl?: string;
  /** Process id of the running node process. */
  readonly pid: number | undefined;
  /** Starts it (again) and resolves once it is ready: the API answers health, the worker polls. */
  start(): Promise<void>;
  /** `kill -9`: no shutdown hooks, no drained work. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM, as a deploy would. */
  stop(): Promise<void>;
  /** Peak resident set (VmHWM) of the running process in MiB, read from /proc. */
  peakRssMb(): number | undefined;
}

export interface AppStackOptions {
  /** Scratch directory for logs and, when the stack starts its own database, the data. */
  dir: string;
  /** Worker processes (default 1). */
  workers?: number;
  /** API server processes (default 1). */
  servers?: number;
  /** An existing Temporal server; default: start a dev server (in memory). */
  temporalAddress?: string;
  /** An existing database (with its database name); default: start FerretDB in `dir/db`. */
  mongodbUri?: string;
  /** Also start the bench's bare-Temporal worker (`src/bare`), for the baselines (default false). */
  bareWorker?: boolean;
}

export interface AppStack {
  temporalAddress: string;
  mongodbUri: string;
  /** The database process when this stack started it (so a fault test can kill it). */
  database?: DatabaseProcess;
  /** What the stack's own database is (tools' `DatabaseEngine`), when it started one. */
  databaseEngine?: string;
  workers: AppProcess[];
  servers: AppProcess[];
  /** The bare-Temporal baseline's worker, when asked for. */
  bareWorker?: AppProcess;
  stop(): Promise<void>;
}

/** The database the stack started: killable and restartable on the same port and data. */
export interface DatabaseProcess {
  readonly pid: number | undefined;
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built app as production runs it: N workers and M API servers (from
 * `worker/dist` and `server/dist`), all stateless, on one Temporal and one
 * database. Seeds the demo data first. Needs `npm run build` of server and worker.
 */
export async function startAppStack(options: AppStackOptions): Promise<AppStack> {
  fs.mkdirSync(options.dir, { recursive: true });
  for (const bundle of ['server/dist/main.js', 'server/dist/seed.js', 'worker/dist/main.js']) {
    if (!fs.existsSync(path.join(repoRoot, bundle)))
      throw new Error(
        `${bundle} is missing: run \`npx turbo run build --filter=@tongban/server --filter=@tongban/worker\``,
      );
  }
  const services: RunningService[] = [];
  const apps: AppProcess[] = [];
  const stop = async () => {
    await Promise.allSettled(apps.reverse().map((app) => app.stop()));
    await Promise.allSettled(services.reverse().map((service) => service.stop()));
  };
  try {
    let temporalAddress = options.temporalAddress;
    if (!temporalAddress) {
      const temporal = await startTemporalDevServer({ logFile: path.join(options.dir, 'temporal.log') });
      services.push(temporal);
      temporalAddress = temporal.address;
    }
    let mongodbUri = options.mongodbUri;
    let database: DatabaseProcess | undefined;
    let databaseEngine: string | undefined;
    if (!mongodbUri) {
      const started = await startDatabaseProcess(options.dir);
      database = started;
      databaseEngine = started.engine;
      services.push({ description: 'database', stop: () => started.stop() });
      mongodbUri = withDatabaseName(started.uri, 'tongban_bench');
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TEMPORAL_ADDRESS: temporalAddress,
      MONGODB_URI: mongodbUri,
      COOKIE_SECURE: 'false',
      NODE_ENV: 'development',
      // Logs of every request would cost the bench the CPU it measures.
      LOG_LEVEL: 'warn',
    };
    await runSeed(env, path.join(options.dir, 'seed.log'));

    const workers = Array.from({ length: options.workers ?? 1 }, (_, index) =>
      appProcess(`worker-${index + 1}`, builtScript('worker/dist/main.js'), env, options.dir),
    );
    // Run from its TypeScript source with tsx, as the bench itself runs: it is bench code, never deployed.
    const bareWorker = options.bareWorker
      ? appProcess(
          'bare-worker',
          ['--import', 'tsx', path.join(__dirname, '..', 'bare', 'bare-worker-main.ts')],
          env,
          options.dir,
        )
      : undefined;
    const servers: AppProcess[] = [];
    for (let index = 0; index < (options.servers ?? 1); index++) {
      const port = await freePort();
      servers.push(
        appProcess(
          `server-${index + 1}`,
          builtScript('server/dist/main.js'),
          { ...env, PORT: String(port) },
          options.dir,
          port,
        ),
      );
    }
    apps.push(...workers, ...servers, ...(bareWorker ? [bareWorker] : []));
    await Promise.all(apps.map((app) => app.start()));
    return { temporalAddress, mongodbUri, database, databaseEngine, workers, servers, bareWorker, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function runSeed(env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const seed = spawnManaged({
    name: 'seed',
    command: process.execPath,
    args: [path.join(repoRoot, 'server/dist/seed.js')],
    env,
    output: logFile,
  });
  const exit = await awaitAlive(seed.exited);
  if (exit?.code !== 0) throw new Error(`seed failed (${exit?.code}); end of ${logFile}:\n${readLogTail(logFile)}`);
}

/** Node's arguments for a built bundle: source maps on, so a stack trace in a log names the source. */
function builtScript(script: string): string[] {
  return ['--enable-source-maps', path.join(repoRoot, script)];
}

function appProcess(name: string, nodeArgs: string[], env: NodeJS.ProcessEnv, dir: string, port?: number): AppProcess {
  const logFile = path.join(dir, `${name}.log`);
  const baseUrl = port === undefined ? undefined : `http://127.0.0.1:${port}`;
  let current: ManagedProcess | undefined;
  return {
    name,
    logFile,
    baseUrl,
    get pid() {
      return current?.child.pid;
    },
    async start() {
      const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
      const child = spawnManaged({
        name,
        command: process.execPath,
        args: nodeArgs,
        cwd: repoRoot,
        env,
        output: logFile,
      });
      current = child;
      if (baseUrl) await waitUntil(child, logFile, () => isHealthy(baseUrl));
      else await waitUntil(child, logFile, async () => logSince(logFile, logStart).includes('worker polling'));
    },
    async kill() {
      const child = current;
      if (!child?.child.pid || child.child.exitCode !== null || child.child.signalCode !== null) return;
      process.kill(-child.child.pid, 'SIGKILL');
      await awaitAlive(child.exited);
    },
    async stop() {
      await current?.stop();
    },
    peakRssMb() {
      return current?.child.pid === undefined ? undefined : peakRssMb(current.child.pid);
    },
  };
}

async function startDatabaseProcess(dir: string): Promise<DatabaseProcess & { uri: string; engine: string }> {
  const dataDir = path.join(dir, 'db');
  const logFile = path.join(dir, 'db.log');
  // PostgreSQL refuses root, so as root it runs as an unprivileged user, who must be able to
  // enter the scratch directory (mkdtemp makes it 0700) to reach its data.
  fs.chmodSync(dir, fs.statSync(dir).mode | 0o011);
  let database: Database = await startDatabase({ dir: dataDir, logFile });
  const port = database.port;
  return {
    uri: database.uri,
    engine: database.engine,
    get pid() {
      return database.pid;
    },
    async kill() {
      // The database may be several processes (FerretDB and its PostgreSQL), each leading a
      // process group: all go, or a restart finds the old PostgreSQL still holding its data.
      const groups = database.processes.map((entry) => entry.pid);
      if (groups.length === 0 || groups.some((pid) => pid === undefined))
        throw new Error(`cannot kill ${database.description}: no process id`);
      for (const pid of groups) killGroup(pid!, 'SIGKILL');
      await awaitAlive(database.exited);
      await awaitAlive(untilGone(groups as number[]));
    },
    async start() {
      database = await startDatabase({ dir: dataDir, logFile, port });
    },
    stop: () => database.stop(),
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // Gone already: what a kill wants.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Resolves once no process is left in any of these process groups (a SIGKILL takes effect asynchronously). */
async function untilGone(groups: number[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const alive = (pid: number) => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  while (groups.some(alive)) {
    if (Date.now() > deadline)
      throw new Error(`process groups ${groups.join(', ')} outlived SIGKILL by ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * Children are unref'd (tools' managed-process), so waiting for one to exit
 * holds nothing open: without a timer node would quit mid-await.
 */
async function awaitAlive<T>(promise: Promise<T> | undefined): Promise<T | undefined> {
  const keepAlive = setInterval(() => undefined, 1_000);
  try {
    return await promise;
  } finally {
    clearInterval(keepAlive);
  }
}

/** VmHWM ("high water mark") of a process in MiB: the peak resident set since it started. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/health`);
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function logSince(file: string, offset: number): string {
  try {
    return fs.readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

async function waitUntil(
  child: ManagedProcess,
  logFile: string,
  ready: () => Promise<boolean>,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.child.exitCode !== null || child.child.signalCode !== null)
      throw new Error(`${child.name} exited while starting; end of ${logFile}:\n${readLogTail(logFile)}`);
    if (await ready()) return;
    await sleep(200);
  }
  await child.stop();
  throw new Error(`${child.name} was not ready after ${timeoutMs} ms; end of ${logFile}:\n${readLogTail(logFile)}`);
}
