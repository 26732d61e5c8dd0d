// `npm run up`: the whole stack on this machine, with its state under DATA_DIR.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { claimDataDir, type DataDirClaim } from './data-dir-claim';
import { spawnManaged, type ManagedProcess } from './managed-process';
import { withDatabaseName } from './mongodb-uri';
import { note } from './note';
import { freePort, isPortFree, startDatabase, startTemporalDevServer, type RunningService } from './services';
import { ensureToolchain } from './toolchain';
import { IDENTITY_PROVIDER_MAIN } from './identity-provider/identity-provider';
import {
  DEMO_PROVIDER_ACCOUNTS,
  LOCAL_PROVIDER_LABEL,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
} from './identity-provider/local-identity-provider';
import { moveLegacySqliteData } from './legacy-sqlite-data';
import { localPayloadKeyEnvironment } from './payload-key-file';
import { supervise } from './supervise';
import { terminalLines } from './terminal-lines';

const repoRoot = path.resolve(__dirname, '..', '..');
const HEALTH_TIMEOUT_MS = 120_000;

/** What runs, in start order; stopped in reverse so the API goes before what it depends on. */
const running: { name: string; stop(): Promise<unknown> }[] = [];
let shutdown: Promise<void> | undefined;
let claim: DataDirClaim | undefined;

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // A Ctrl-C arrives twice (the terminal signals the whole group and tsx relays it), so a
    // repeat does not hurry anything; each stop is bounded by its SIGKILL timeout anyway.
    process.on(signal, () => void shutDown(signal, 0));
  }

  await ensureToolchain({ chromium: false, testServer: false });
  await build();

  const dataDir = path.resolve(repoRoot, process.env.DATA_DIR ?? 'data');
  const logsDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logsDir, { recursive: true });
  claim = await claimDataDir(dataDir);
  // Before Temporal starts: a bad key configuration stops the run with nothing half started.
  const payloadKeys = localPayloadKeyEnvironment(dataDir);

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  let temporalUiUrl: string | undefined;
  if (!temporalAddress) {
    // Chosen once: a restarted Temporal answers where the worker and the API already look.
    const options = {
      dbFilename: path.join(dataDir, 'temporal.db'),
      port: await choosePort('TEMPORAL_PORT', 7233),
      ui: true,
      uiPort: await choosePort('TEMPORAL_UI_PORT', 8233),
      logFile: path.join(logsDir, 'temporal.log'),
    };
    const temporal = await keep('temporal', async () => {
      const started = await startTemporalDevServer(options);
      return { piece: started, processes: [{ pid: started.pid, commandLineMark: options.dbFilename }] };
    });
    temporalAddress = temporal.address;
    temporalUiUrl = temporal.uiUrl;
  }

  let mongodbUri = process.env.MONGODB_URI;
  if (!mongodbUri) {
    const options = {
      dir: path.join(dataDir, 'postgres'),
      port: await choosePort('DB_PORT', 27017),
      logFile: path.join(logsDir, 'database.log'),
    };
    const database = await keep('database', async () => {
      const started = await startDatabase(options);
      return { piece: started, processes: started.processes };
    });
    mongodbUri = withDatabaseName(database.uri, 'tongban');
    await moveLegacySqliteData({ dataDir, logsDir, targetUri: database.uri, runNodeScript });
  }

  const port = await choosePort('PORT', 3000);
  const appUrl = `http://127.0.0.1:${port}`;
  const identity = wantsIdentityProvider() ? await startIdentityProviderForTrials(appUrl) : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: temporalAddress,
    MONGODB_URI: mongodbUri,
    PORT: String(port),
    CLIENT_DIR: path.join(repoRoot, 'client', 'dist'),
    DATA_DIR: dataDir,
    // The local stack is served over plain HTTP, where Secure cookies would never come back.
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? 'false',
    ...payloadKeys,
    ...identity?.serverEnvironment,
  };

  await seed(env);
  await keep('worker', async () => startNodeChild('worker', 'worker/dist/main.js', env, logsDir));
  await keep('server', async () => startNodeChild('server', 'server/dist/main.js', env, logsDir));
  await waitForHealth(`${appUrl}/api/v1/health`);
  if (shutdown) return;

  process.stdout.write(
    [
      '',
      `Tongban is up:  ${appUrl}`,
      ...(temporalUiUrl ? [`Temporal UI:    ${temporalUiUrl}`] : [`Temporal:       ${temporalAddress}`]),
      `Data and logs:  ${dataDir}/logs (temporal, database, worker, server; warnings and errors also show here)`,
      ...(identity ? identityProviderHelp(identity) : []),
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  // Managed children do not hold the event loop (see managed-process), so hold it until a
  // signal or a death ends the run.
  setInterval(() => undefined, 1 << 30);
}

/** UP_IDENTITY_PROVIDER=1: sign-in through a local OpenID provider as well, to try what a city deployment does. */
function wantsIdentityProvider(): boolean {
  const asked = process.env.UP_IDENTITY_PROVIDER ?? '';
  if (!['', '0', 'false', '1', 'true'].includes(asked))
    throw new Error(`UP_IDENTITY_PROVIDER must be 1 or 0, got ${asked}`);
  if (asked !== '1' && asked !== 'true') return false;
  // Its settings replace the server's: a provider configured by hand as well would be dropped without a word.
  if (process.env.OIDC_PROVIDERS)
    throw new Error('UP_IDENTITY_PROVIDER=1 connects its own provider; unset OIDC_PROVIDERS or UP_IDENTITY_PROVIDER');
  return true;
}

/**
 * The test harness's OpenID provider (oidc-provider) with Tongban registered as its client and the seed's
 * people as its own (DEMO_PROVIDER_ACCOUNTS), under supervision like the rest. Its port, client secret
 * (generated, never written down) and issuer stay the same across restarts, since the server is started
 * with them; its sessions do not (they are in its memory).
 */
async function startIdentityProviderForTrials(appUrl: string): Promise<LocalIdentityProvider> {
  const port = await choosePort('IDENTITY_PROVIDER_PORT', 3080);
  const publicUrl = process.env.PUBLIC_URL ?? appUrl;
  let clientSecret: string | undefined;
  const first = await keep('identity-provider', async () => {
    const started = await startLocalIdentityProvider({ publicUrl, port, ...(clientSecret ? { clientSecret } : {}) });
    clientSecret ??= started.clientSecret;
    return {
      piece: { ...started, exited: started.provider.exited, stop: () => started.provider.stop() },
      processes: [{ pid: started.provider.pid, commandLineMark: IDENTITY_PROVIDER_MAIN }],
    };
  });
  return first;
}

/** How to sign in through the local provider, for the banner. */
function identityProviderHelp(identity: LocalIdentityProvider): string[] {
  const signInUrl = `${identity.serverEnvironment.PUBLIC_URL}/login`;
  return [
    `Identity provider: ${identity.provider.issuer} (UP_IDENTITY_PROVIDER=1)`,
    `  Open ${signInUrl} (this address, not localhost: the provider sends browsers back to it),`,
    `  choose 通过${LOCAL_PROVIDER_LABEL}登录, and sign in at the provider's page as one of:`,
    ...DEMO_PROVIDER_ACCOUNTS.map(
      (account) =>
        `    ${account.username.padEnd(18)} ${account.password}   ${account.name}, ${(account.roles ?? []).join(' ')} (${account.org})`,
    ),
    '  Password sign-in stays on unless PASSWORD_LOGIN=false.',
  ];
}

/** Builds what runs (server, worker, client) with turbo, which skips what has not changed. */
async function build(): Promise<void> {
  const args = [
    'turbo',
    'run',
    'build',
    '--filter=@tongban/server',
    '--filter=@tongban/worker',
    '--filter=@tongban/client',
  ];
  note('up', `building: npx ${args.join(' ')}`);
  const child = spawn('npx', args, { cwd: repoRoot, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (exitCode) => resolve(exitCode));
    child.once('error', () => resolve(null));
  });
  if (code !== 0) throw new Error(`the build failed (exit code ${code ?? '-'})`);
}

/**
 * The port in `variable`, or its default; a busy default gives way to a free port (said so),
 * while a port the user asked for must be free.
 */
async function choosePort(variable: string, defaultPort: number): Promise<number> {
  const given = process.env[variable];
  if (given) {
    const port = Number(given);
    if (!Number.isInteger(port) || port <= 0 || port > 65_535)
      throw new Error(`${variable} must be a TCP port, got ${given}`);
    return port;
  }
  if (await isPortFree(defaultPort)) return defaultPort;
  const port = await freePort();
  note('up', `port ${defaultPort} (${variable}) is busy; using ${port} instead`);
  return port;
}

/** Runs the idempotent seed (demo organisations, users, forms, processes); it prints the logins. */
async function seed(env: NodeJS.ProcessEnv): Promise<void> {
  note('up', 'loading demo data (idempotent)');
  await runNodeScript('server/dist/seed.js', [], env);
}

/** Runs one of the built deployables' scripts to its end, its output on ours; rejects unless it exits 0. */
async function runNodeScript(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => {
    child.once('exit', (exitCode) => resolve(exitCode));
    child.once('error', () => resolve(null));
  });
  if (code !== 0) throw new Error(`${script} failed (exit code ${code ?? '-'})`);
}

/**
 * One of our deployables: everything it logs goes to `logs/<name>.log` (the API's access
 * log included); the terminal gets its warnings, errors and anything that is not a log
 * line (a crash's stack trace).
 */
function startNodeChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  logsDir: string,
): { piece: ManagedProcess; processes: ChildMark[] } {
  const scriptPath = path.join(repoRoot, script);
  const child = spawnManaged({
    name,
    command: process.execPath,
    args: ['--enable-source-maps', scriptPath],
    cwd: repoRoot,
    env,
    output: 'pipe',
  });
  const log = fs.createWriteStream(path.join(logsDir, `${name}.log`), { flags: 'a' });
  void child.exited.then(() => log.end());
  for (const [source, sink] of [
    [child.child.stdout, process.stdout],
    [child.child.stderr, process.stderr],
  ] as const) {
    if (!source) continue;
    const worthShowing = terminalLines();
    readline.createInterface({ input: source, crlfDelay: Infinity }).on('line', (line) => {
      log.write(`${line}\n`);
      if (worthShowing(line)) sink.write(`[${name}] ${line}\n`);
    });
  }
  return { piece: child, processes: [{ pid: child.child.pid, commandLineMark: scriptPath }] };
}

/** A process of a piece, recognised by a later run through a string its command line contains. */
interface ChildMark {
  pid?: number;
  commandLineMark: string;
}

/**
 * Starts a piece under supervision (restarted with backoff when it dies on its own; the
 * run ends only if it keeps dying), stops it on the way out, and records each of its
 * processes with DATA_DIR's claim, so a later run recognises them if this one dies
 * without stopping them. Resolves with the first start's piece.
 */
async function keep<Piece extends Pick<RunningService, 'exited'> & { stop(): Promise<unknown> }>(
  name: string,
  start: () => Promise<{ piece: Piece; processes: readonly ChildMark[] }>,
): Promise<Piece> {
  let first: Piece | undefined;
  const supervision = await supervise(
    name,
    async () => {
      const { piece, processes } = await start();
      for (const { pid, commandLineMark } of processes) claim?.recordChild(commandLineMark, pid);
      first ??= piece;
      return piece;
    },
    {
      say: (message) => note('up', message),
      giveUp: (reason) => void shutDown(`${reason}; giving up`, 1),
    },
  );
  running.push({ name, stop: () => supervision.stop() });
  return first!;
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastAnswer = 'no answer yet';
  while (Date.now() < deadline) {
    // A piece that kept dying has already started the shutdown (see keep).
    if (shutdown) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch (error) {
      lastAnswer = error instanceof Error ? error.message : String(error);
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${lastAnswer})`);
}

/** Stops everything once, however many reasons arrive, then exits with `exitCode`. */
function shutDown(reason: string, exitCode: number): Promise<void> {
  shutdown ??= stopEverything(reason).then(() => {
    claim?.release();
    process.exit(exitCode);
  });
  return shutdown;
}

async function stopEverything(reason: string): Promise<void> {
  const names = running.map(({ name }) => name).reverse();
  note('up', `${reason}: stopping ${names.join(', ') || 'nothing started yet'}`);
  const stop = (piece: (typeof running)[number]): Promise<unknown> =>
    piece.stop().catch((error: unknown) => note('up', `stopping ${piece.name}: ${String(error)}`));
  // API first (no new work comes in), then the worker, then Temporal and the database together.
  const infrastructure = new Set(['temporal', 'database']);
  for (const piece of [...running].reverse()) {
    if (!infrastructure.has(piece.name)) await stop(piece);
  }
  await Promise.all(running.filter(({ name }) => infrastructure.has(name)).map(stop));
}

main().catch((error: unknown) => {
  note('up', error instanceof Error ? error.message : String(error));
  void shutDown('failed to start', 1);
});
