import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** How a child process ended. `error` is set when it could not be spawned at all. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface SpawnManagedOptions {
  /** Short name used in messages, e.g. `temporal`. */
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Where stdout and stderr go: a file path (appended to), or `'pipe'` to read them from
   * `child.stdout` / `child.stderr`.
   */
  output: string | 'pipe';
  /** Run as this user and group (only root may ask); PostgreSQL refuses to run as root. */
  user?: { uid: number; gid: number };
  /**
   * The signal `stop()` sends first (default SIGTERM). PostgreSQL takes SIGTERM as "wait for
   * every client to leave"; SIGINT is its fast shutdown, which still writes a checkpoint.
   */
  stopSignal?: NodeJS.Signals;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Settles once the process has exited, for whatever reason. Never rejects. */
  readonly exited: Promise<ProcessExit>;
  /** True once `stop()` was called: an exit after that is expected. */
  readonly stopping: boolean;
  /**
   * Asks the process to stop (SIGTERM to its process group), then kills it (SIGKILL) if it is
   * still there after `timeoutMs` (default 15 s). Safe to call more than once.
   */
  stop(timeoutMs?: number): Promise<ProcessExit>;
}

const liveProcesses = new Set<ManagedProcess>();
let exitHandlersInstalled = false;

/**
 * Spawns a long-running child in its own process group and keeps track of it so that it is
 * signalled when this process exits. Its own group means a Ctrl-C in the terminal reaches only
 * us, and we decide the order in which things stop (API before worker before Temporal).
 */
export function spawnManaged(options: SpawnManagedOptions): ManagedProcess {
  installExitHandlers();

  const logFd = options.output === 'pipe' ? undefined : fs.openSync(options.output, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: logFd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd],
      detached: true,
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
  } finally {
    // The child holds its own copy of the descriptor.
    if (logFd !== undefined) fs.closeSync(logFd);
  }

  // A forgotten child must not keep this process alive: the exit handler below stops it.
  child.unref();

  let stopping = false;
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  });

  const managed: ManagedProcess = {
    name: options.name,
    child,
    exited,
    get stopping() {
      return stopping;
    },
    async stop(timeoutMs = 15_000) {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup(child, options.stopSignal ?? 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), timeoutMs);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      }
      return exited;
    },
  };

  liveProcesses.add(managed);
  void exited.then(() => liveProcesses.delete(managed));
  return managed;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative pid: the whole group, so anything the child started goes too.
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Children are detached (own process group), so nothing kills them when we go unless we do.
 * On a normal exit we send SIGTERM synchronously; on a fatal signal that nobody else handles we
 * do the same and then die of that signal as we would have without us. When the application
 * has its own handler for the signal (up-main does), it is in charge of stopping children.
 */
function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;

  process.on('exit', () => {
    for (const managed of liveProcesses) signalGroup(managed.child, 'SIGTERM');
  });

  const fatalSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onFatalSignal = (signal: NodeJS.Signals): void => {
    if (process.listenerCount(signal) > 1) return;
    for (const managed of liveProcesses) signalGroup(managed.child, 'SIGTERM');
    for (const each of fatalSignals) process.removeListener(each, onFatalSignal);
    process.kill(process.pid, signal);
  };
  for (const signal of fatalSignals) process.on(signal, onFatalSignal);
}

/** The last `bytes` of a log file, for error messages about a child that failed to start. */
export function readLogTail(file: string, bytes = 4_000): string {
  try {
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r');
    try {
      const length = Math.min(bytes, size);
      const buffer = Buffer.alloc(length);
      fs.readSync(fd, buffer, 0, length, size - length);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}
