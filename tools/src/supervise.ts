import { setTimeout as sleep } from 'node:timers/promises';
import type { ProcessExit } from './managed-process';

/** A started piece of the stack: it says when it exits, and can be asked to stop. */
export interface SupervisedPiece {
  readonly exited?: Promise<ProcessExit>;
  stop(): Promise<unknown>;
}

export interface SuperviseOptions {
  /** One status line, e.g. `note('up', …)`. */
  say(message: string): void;
  /** Called once when the piece keeps dying: too many restarts in too short a time. */
  giveUp(reason: string): void;
  /** The pause before restart number `attempt` (1, 2, …); default 1 s doubling up to 30 s. */
  backoffMs?: (attempt: number) => number;
  /** At most this many restarts within `windowMs` (default 5 in 2 minutes); one more gives up. */
  maxRestarts?: number;
  windowMs?: number;
}

/** A supervised piece: stop it for good, or read how often it came back. */
export interface Supervision {
  readonly restarts: number;
  stop(): Promise<void>;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 1_000 * 2 ** (attempt - 1));

/**
 * Starts a piece and starts it again each time it exits on its own, after a
 * pause that doubles (1 s, 2 s, 4 s … 30 s), saying why it stopped. A piece
 * that keeps dying (more than `maxRestarts` in `windowMs`) is given up on, so
 * a broken build or a bad setting does not restart for ever. What the other
 * pieces need keeps its address: `start` is called with the same settings each time.
 */
export async function supervise(
  name: string,
  start: () => Promise<SupervisedPiece>,
  options: SuperviseOptions,
): Promise<Supervision> {
  const backoff = options.backoffMs ?? defaultBackoff;
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 120_000;
  let piece = await start();
  let stopping = false;
  let restarts = 0;
  const recent: number[] = [];

  const watch = async (): Promise<void> => {
    for (;;) {
      const exit = await (piece.exited ?? new Promise<never>(() => undefined));
      if (stopping) return;
      const now = Date.now();
      recent.push(now);
      while (recent.length > 0 && recent[0]! < now - windowMs) recent.shift();
      if (recent.length > maxRestarts) {
        options.giveUp(`${name} stopped ${recent.length} times within ${windowMs / 1000} s (${describeExit(exit)})`);
        return;
      }
      const pause = backoff(recent.length);
      options.say(`${name} stopped unexpectedly (${describeExit(exit)}); restarting in ${pause / 1000} s`);
      // A piece of several processes (PostgreSQL and FerretDB) may have lost only one: stop what is left first.
      await piece.stop().catch(() => undefined);
      await sleep(pause);
      if (stopping) return;
      try {
        piece = await start();
        restarts += 1;
        options.say(`${name} restarted`);
      } catch (error) {
        // Could not even start: counts as another stop, after the next pause.
        piece = { exited: Promise.resolve({ code: null, signal: null, error: asError(error) }), stop: async () => {} };
      }
    }
  };
  void watch();

  return {
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      await piece.stop();
    },
  };
}

export function describeExit(exit: ProcessExit): string {
  if (exit.error) return exit.error.message;
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code ?? '-'}`;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
