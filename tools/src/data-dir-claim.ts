import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { note } from './note';

interface ClaimFile {
  pid: number;
  /** `mark`: a string the child's command line contains, to tell it from a reused pid. */
  children: { mark: string; pid: number }[];
}

export interface DataDirClaim {
  /**
   * Remembers a child so that a later run can stop it if this one dies without doing so.
   * `commandLineMark` is a string its command line contains (e.g. a path under the data dir).
   */
  recordChild(commandLineMark: string, pid: number | undefined): void;
  /** Gives the directory up (on a clean stop). */
  release(): void;
}

/**
 * Makes this process the only local stack using `dataDir`. Two Temporal servers or two FerretDBs
 * on the same SQLite files would corrupt them, and a run that was killed outright (SIGKILL, a
 * closed terminal) leaves its detached servers behind still holding those files; those are
 * stopped here before anything new starts.
 *
 * @throws when another live run holds the directory.
 */
export async function claimDataDir(dataDir: string): Promise<DataDirClaim> {
  const claimPath = path.join(dataDir, 'up.pid.json');
  const previous = readClaim(claimPath);
  if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
    throw new Error(`another \`npm run up\` (pid ${previous.pid}) is using ${dataDir}; stop it first`);
  }
  // Newest first, as a clean stop would: the API before what it depends on.
  for (const orphan of [...(previous?.children ?? [])].reverse()) await stopOrphan(orphan);

  const claim: ClaimFile = { pid: process.pid, children: [] };
  const save = (): void => fs.writeFileSync(claimPath, `${JSON.stringify(claim, null, 2)}\n`);
  save();
  return {
    recordChild(commandLineMark, pid) {
      if (pid === undefined) return;
      claim.children.push({ mark: commandLineMark, pid });
      save();
    },
    release() {
      fs.rmSync(claimPath, { force: true });
    },
  };
}

function readClaim(claimPath: string): ClaimFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(claimPath, 'utf8')) as ClaimFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a leftover child, but only if the pid still runs the same program (pids get reused). */
async function stopOrphan(orphan: { mark: string; pid: number }): Promise<void> {
  const commandLine = commandLineOf(orphan.pid);
  if (!isAlive(orphan.pid) || !commandLine.includes(orphan.mark)) return;
  note('up', `stopping pid ${orphan.pid}, left running by an earlier run: ${commandLine.trim().slice(0, 100)}`);
  signalGroup(orphan.pid, 'SIGTERM');
  for (let waited = 0; waited < 15_000 && isAlive(orphan.pid); waited += 200) await sleep(200);
  if (isAlive(orphan.pid)) signalGroup(orphan.pid, 'SIGKILL');
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone in the meantime.
    }
  }
}
