import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import mongoose from 'mongoose';
import {
  freePort,
  isPortFree,
  startDatabase,
  startTemporalDevServer,
  startTimeSkippingServer,
  waitForPort,
} from './services';

jest.setTimeout(180_000);

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-tools-test-'));
  // PostgreSQL runs as nobody when we are root: its cluster lives in here.
  fs.chmodSync(scratch, 0o711);
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('ports', () => {
  it('freePort gives a port nothing listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await isPortFree(port)).toBe(true);
  });

  it('waitForPort resolves once something listens, and times out when nothing does', async () => {
    const port = await freePort();
    const server = net.createServer();
    setTimeout(() => server.listen(port, '127.0.0.1'), 300);
    try {
      await waitForPort('127.0.0.1', port, 5_000);
      expect(await isPortFree(port)).toBe(false);
    } finally {
      server.close();
    }

    const closedPort = await freePort();
    await expect(waitForPort('127.0.0.1', closedPort, 300)).rejects.toThrow(`127.0.0.1:${closedPort}`);
  });
});

describe('startTemporalDevServer', () => {
  it('answers gRPC and keeps workflows in its db file across a restart', async () => {
    const dbFilename = path.join(scratch, 'temporal.db');
    const port = await freePort();
    const workflowId = 'tools-persistence-check';

    const first = await startTemporalDevServer({ dbFilename, port, logFile: path.join(scratch, 'temporal.log') });
    try {
      expect(first.address).toBe(`127.0.0.1:${port}`);
      const env = await TestWorkflowEnvironment.createFromExistingServer({ address: first.address });
      try {
        const info = await env.connection.workflowService.getSystemInfo({});
        expect(info.capabilities?.signalAndQueryHeader).toBe(true);
        // No worker polls this queue: the workflow just stays open, which is all we need.
        await env.client.workflow.start('neverRuns', { taskQueue: 'tools-test', workflowId });
      } finally {
        await env.teardown();
      }
    } finally {
      await first.stop();
    }
    await expect(first.exited).resolves.toBeDefined();

    const second = await startTemporalDevServer({ dbFilename, port, logFile: path.join(scratch, 'temporal.log') });
    try {
      const env = await TestWorkflowEnvironment.createFromExistingServer({ address: second.address });
      try {
        const description = await env.client.workflow.getHandle(workflowId).describe();
        expect(description.status.name).toBe('RUNNING');
      } finally {
        await env.teardown();
      }
    } finally {
      await second.stop();
    }
  });

  it('fails fast with the end of its log when the server cannot start', async () => {
    const dbFilename = path.join(scratch, 'no-such-dir', 'temporal.db');
    await expect(
      startTemporalDevServer({ dbFilename, logFile: path.join(scratch, 'temporal-bad.log') }),
    ).rejects.toThrow(/temporal stopped while starting[\s\S]*no such file or directory/);
  });

  it('refuses a port that something else listens on', async () => {
    const port = await freePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startTemporalDevServer({ port })).rejects.toThrow(`127.0.0.1:${port} is already in use`);
    } finally {
      squatter.close();
    }
  });
});

describe('startDatabase', () => {
  it('serves mongoose from FerretDB on PostgreSQL and keeps the data in its directory across a restart', async () => {
    const dir = path.join(scratch, 'db');
    const first = await startDatabase({ dir, logFile: path.join(scratch, 'db.log') });
    expect(first.uri).toBe(`mongodb://127.0.0.1:${first.port}/`);
    expect(first.engine).toBe('ferretdb');
    expect(fs.existsSync(path.join(dir, 'PG_VERSION'))).toBe(true);
    expect(first.processes).toHaveLength(2);
    const schema = new mongoose.Schema({ name: String, amount: Number });
    try {
      const connection = await mongoose.createConnection(`${first.uri}tools_test`).asPromise();
      try {
        const Loan = connection.model('Loan', schema);
        await Loan.create({ name: '续贷', amount: 6_000_000 });
        const found = await Loan.find({ name: '续贷' }).lean();
        expect(found.map(({ amount }) => amount)).toEqual([6_000_000]);
      } finally {
        await connection.close();
      }
    } finally {
      await first.stop();
    }
    // Stopping the database stops FerretDB and its PostgreSQL both.
    for (const { pid } of first.processes) expect(isRunning(pid!)).toBe(false);

    const second = await startDatabase({ dir, port: first.port, logFile: path.join(scratch, 'db.log') });
    try {
      const connection = await mongoose.createConnection(`${second.uri}tools_test`).asPromise();
      try {
        expect(await connection.model('Loan', schema).countDocuments()).toBe(1);
      } finally {
        await connection.close();
      }
    } finally {
      await second.stop();
    }
  });
});

describe('startTimeSkippingServer', () => {
  it('answers gRPC', async () => {
    const server = await startTimeSkippingServer({ logFile: path.join(scratch, 'test-server.log') });
    try {
      const env = await TestWorkflowEnvironment.createFromExistingServer({ address: server.address });
      try {
        await env.connection.workflowService.getSystemInfo({});
        const handle = await env.client.workflow.start('neverRuns', {
          taskQueue: 'tools-test',
          workflowId: 'ts-check',
        });
        expect((await handle.describe()).status.name).toBe('RUNNING');
      } finally {
        await env.teardown();
      }
    } finally {
      await server.stop();
    }
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
