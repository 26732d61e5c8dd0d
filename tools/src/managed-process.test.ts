import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLogTail, spawnManaged } from './managed-process';

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-managed-'));
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('spawnManaged', () => {
  it('sends output to the log file and stops with SIGTERM', async () => {
    const logFile = path.join(scratch, 'polite.log');
    const child = spawnManaged({
      name: 'polite',
      command: process.execPath,
      args: ['-e', 'console.log("ready"); setInterval(() => {}, 1000)'],
      output: logFile,
    });
    await waitFor(() => readLogTail(logFile).includes('ready'));
    const exit = await child.stop();
    expect(exit.signal).toBe('SIGTERM');
    expect(child.stopping).toBe(true);
  });

  it('kills with SIGKILL what ignores SIGTERM', async () => {
    const logFile = path.join(scratch, 'stubborn.log');
    const child = spawnManaged({
      name: 'stubborn',
      command: process.execPath,
      args: ['-e', 'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)'],
      output: logFile,
    });
    await waitFor(() => readLogTail(logFile).includes('ready'));
    const exit = await child.stop(300);
    expect(exit.signal).toBe('SIGKILL');
  });

  it('reports a command that cannot be spawned', async () => {
    const child = spawnManaged({
      name: 'ghost',
      command: path.join(scratch, 'no-such-binary'),
      args: [],
      output: 'pipe',
    });
    const exit = await child.exited;
    expect(exit.error?.message).toMatch(/ENOENT/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
