import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnManaged } from './managed-process';
import { supervise } from './supervise';

// Real child processes that crash: the supervisor brings them back, says why, and gives up on one that keeps dying.
let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-supervise-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A node process that exits with code 3 its first `crashes` runs (counted in a file), then keeps running. */
function flaky(crashes: number, counter: string) {
  const script = `
    const fs = require('node:fs');
    const runs = (fs.existsSync(${JSON.stringify(counter)}) ? Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) : 0) + 1;
    fs.writeFileSync(${JSON.stringify(counter)}, String(runs));
    if (runs <= ${crashes}) process.exit(3);
    setInterval(() => {}, 1000);`;
  return async () =>
    spawnManaged({
      name: 'flaky',
      command: process.execPath,
      args: ['-e', script],
      output: path.join(scratch, 'flaky.log'),
    });
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('supervise', () => {
  it('restarts a piece that stopped on its own, after a growing pause, and says why each time', async () => {
    const said: string[] = [];
    const gaveUp: string[] = [];
    const counter = path.join(scratch, 'twice.count');
    const supervision = await supervise('worker', flaky(2, counter), {
      say: (message) => said.push(message),
      giveUp: (reason) => gaveUp.push(reason),
      backoffMs: (attempt) => 50 * attempt,
    });
    await waitFor(
      () => supervision.restarts === 2 && fs.existsSync(counter) && fs.readFileSync(counter, 'utf8') === '3',
    );
    expect(said).toEqual([
      'worker stopped unexpectedly (exit code 3); restarting in 0.05 s',
      'worker restarted',
      'worker stopped unexpectedly (exit code 3); restarting in 0.1 s',
      'worker restarted',
    ]);
    await supervision.stop();
    // Stopping it is not a crash: nothing restarts it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fs.readFileSync(counter, 'utf8')).toBe('3');
    expect(gaveUp).toEqual([]);
  });

  it('gives up on a piece that keeps dying, instead of restarting it for ever', async () => {
    const gaveUp: string[] = [];
    const supervision = await supervise('server', flaky(100, path.join(scratch, 'always.count')), {
      say: () => undefined,
      giveUp: (reason) => gaveUp.push(reason),
      backoffMs: () => 10,
      maxRestarts: 3,
      windowMs: 60_000,
    });
    await waitFor(() => gaveUp.length === 1);
    expect(gaveUp).toEqual(['server stopped 4 times within 60 s (exit code 3)']);
    expect(supervision.restarts).toBe(3);
  });

  it('stops what is left of a piece that lost one of its processes before starting it again', async () => {
    const companions: ReturnType<typeof spawnManaged>[] = [];
    const counter = path.join(scratch, 'pair.count');
    const start = flaky(1, counter);
    const supervision = await supervise(
      'database',
      async () => {
        // Like PostgreSQL beside FerretDB: the companion keeps running when its partner dies.
        const companion = spawnManaged({
          name: 'companion',
          command: process.execPath,
          args: ['-e', 'setInterval(() => {}, 1000)'],
          output: path.join(scratch, 'companion.log'),
        });
        companions.push(companion);
        const partner = await start();
        return {
          exited: partner.exited,
          stop: () => Promise.all([partner.stop(), companion.stop()]),
        };
      },
      { say: () => undefined, giveUp: () => undefined, backoffMs: () => 20 },
    );
    await waitFor(() => supervision.restarts === 1);
    expect(companions).toHaveLength(2);
    expect(companions[0]!.stopping).toBe(true);
    expect(companions[1]!.stopping).toBe(false);
    await supervision.stop();
  });
});
