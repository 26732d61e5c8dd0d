import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The Go program that embeds FerretDB; see tools/ferretdb/README.md for why it exists. */
export const FERRETDB_SOURCE_DIR = path.resolve(__dirname, '..', 'ferretdb');

const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';

/**
 * The environment of every go command on tools/ferretdb: the committed go.mod and go.sum must
 * not be rewritten, and -buildvcs=false because the source sits in a git checkout whose state
 * says nothing about FerretDB's version.
 */
export function ferretDbGoEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, GOFLAGS: '-mod=readonly -buildvcs=false' };
}

/**
 * What the wrapper is built from: its Go sources (tests aside), its SQL, go.mod, go.sum and the
 * patches applied to FerretDB. The cached build is keyed by it, so any change is rebuilt instead
 * of an old build run.
 */
export function ferretDbSourceId(sourceDir = FERRETDB_SOURCE_DIR): string {
  const hash = createHash('sha256');
  const isSource = (name: string) =>
    (name.endsWith('.go') && !name.endsWith('_test.go')) ||
    name.endsWith('.sql') ||
    name === 'go.mod' ||
    name === 'go.sum';
  const patchesDir = path.join(sourceDir, 'patches');
  const files = [
    ...fs.readdirSync(sourceDir).filter(isSource),
    ...(fs.existsSync(patchesDir) ? fs.readdirSync(patchesDir).map((name) => path.join('patches', name)) : []),
  ].sort();
  for (const name of files)
    hash
      .update(name)
      .update('\0')
      .update(fs.readFileSync(path.join(sourceDir, name)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Copies FerretDB's module (the version go.mod requires, from the module cache; downloaded from
 * the module proxy if missing) into `workDir/ferretdb`, applies `tools/ferretdb/patches/*.patch`
 * in name order, and writes `workDir/go.mod` (the committed go.mod plus a `replace` of FerretDB
 * by the patched copy) and `workDir/go.sum`.
 *
 * @returns the path of that go.mod: pass it as `-modfile` to `go build` and `go test` run in
 * {@link FERRETDB_SOURCE_DIR} with {@link ferretDbGoEnv}.
 */
export async function preparePatchedFerretDb(
  go: string,
  workDir: string,
  sourceDir = FERRETDB_SOURCE_DIR,
): Promise<string> {
  const download = await command(go, ['mod', 'download', '-json', FERRETDB_MODULE], { cwd: sourceDir });
  const { Dir: moduleDir } = JSON.parse(download) as { Dir?: string };
  if (!moduleDir) throw new Error(`go mod download did not say where ${FERRETDB_MODULE} is: ${download}`);

  const patchedDir = path.join(workDir, 'ferretdb');
  fs.rmSync(patchedDir, { recursive: true, force: true });
  fs.cpSync(moduleDir, patchedDir, { recursive: true });
  makeWritable(patchedDir); // the module cache is read-only

  const patchesDir = path.join(sourceDir, 'patches');
  for (const name of fs
    .readdirSync(patchesDir)
    .filter((file) => file.endsWith('.patch'))
    .sort()) {
    // The ceiling keeps git from finding a repository around workDir, so paths are relative to it.
    await command('git', ['apply', '--whitespace=nowarn', path.join(patchesDir, name)], {
      cwd: patchedDir,
      env: { ...process.env, GIT_CEILING_DIRECTORIES: workDir },
    });
  }

  const modfile = path.join(workDir, 'go.mod');
  const goMod = fs.readFileSync(path.join(sourceDir, 'go.mod'), 'utf8');
  fs.writeFileSync(modfile, `${goMod}\nreplace ${FERRETDB_MODULE} => ${patchedDir}\n`);
  fs.copyFileSync(path.join(sourceDir, 'go.sum'), path.join(workDir, 'go.sum'));
  return modfile;
}

/**
 * Builds the wrapper against patched FerretDB into `target` (see {@link preparePatchedFerretDb});
 * the patched copy lives in a temporary directory removed afterwards. Writes `target` directly:
 * callers wanting an atomic install build to a temporary name and rename it.
 */
export async function buildFerretDb(go: string, target: string): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-ferretdb-build-'));
  try {
    const modfile = await preparePatchedFerretDb(go, workDir);
    await command(go, ['build', `-modfile=${modfile}`, '-trimpath', '-o', target, '.'], { cwd: FERRETDB_SOURCE_DIR });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function makeWritable(file: string): void {
  fs.chmodSync(file, fs.statSync(file).mode | 0o200);
  if (fs.statSync(file).isDirectory()) for (const name of fs.readdirSync(file)) makeWritable(path.join(file, name));
}

/** Runs a command to its end and returns its stdout; a failure carries the end of its output. */
async function command(file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    const { stdout } = await execFileAsync(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? ferretDbGoEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim().slice(-4_000);
    throw new Error(`${path.basename(file)} ${args.join(' ')} failed: ${failed.message}\n${output}`, { cause: error });
  }
}
