import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import mongoose from 'mongoose';
import { startDatabase } from '../services';
import globalSetup from './global-setup';
import globalTeardown from './global-teardown';

jest.setTimeout(180_000);

const HARNESS_VARIABLES = [
  'TEMPORAL_ADDRESS',
  'MONGODB_URI',
  'TEMPORAL_TEST_SERVER_PATH',
  'TONGBAN_TEST_TMP',
  'TONGBAN_TEST_POSTGRESQL_URL',
] as const;
let savedEnv: Partial<Record<(typeof HARNESS_VARIABLES)[number], string>>;
beforeEach(() => {
  savedEnv = Object.fromEntries(HARNESS_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of HARNESS_VARIABLES) delete process.env[name];
});
afterEach(() => {
  for (const name of HARNESS_VARIABLES) {
    const value = savedEnv[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the jest harness', () => {
  it('starts Temporal and a database of its own, and takes them away again', async () => {
    await globalSetup();
    const { TEMPORAL_ADDRESS, MONGODB_URI, TEMPORAL_TEST_SERVER_PATH, TONGBAN_TEST_TMP } = process.env;
    try {
      expect(MONGODB_URI).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/tongban_test_[0-9a-f]{12}$/);
      expect(process.env.TONGBAN_TEST_POSTGRESQL_URL).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
      expect(fs.existsSync(TEMPORAL_TEST_SERVER_PATH ?? '')).toBe(true);
      expect(fs.statSync(TONGBAN_TEST_TMP ?? '').isDirectory()).toBe(true);

      const env = await TestWorkflowEnvironment.createFromExistingServer({ address: TEMPORAL_ADDRESS });
      await env.connection.workflowService.getSystemInfo({});
      await env.teardown();
      const connection = await mongoose.createConnection(MONGODB_URI ?? '').asPromise();
      await connection.collection('probe').insertOne({ ok: true });
      await connection.close();
    } finally {
      await globalTeardown();
    }
    expect(fs.existsSync(TONGBAN_TEST_TMP ?? '')).toBe(false);
  });

  it('on a given database, uses a fresh database name and drops it afterwards', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-given-db-'));
    const given = await startDatabase({ dir, logFile: path.join(dir, 'db.log') });
    process.env.MONGODB_URI = `${given.uri}tongban`;
    try {
      await globalSetup();
      const testUri = process.env.MONGODB_URI ?? '';
      const testDatabase = testUri.split('/').pop() ?? '';
      expect(testDatabase).toMatch(/^tongban_test_/);
      try {
        const connection = await mongoose.createConnection(testUri).asPromise();
        await connection.collection('probe').insertOne({ ok: true });
        await connection.close();
      } finally {
        await globalTeardown();
      }

      const admin = await mongoose.createConnection(given.uri).asPromise();
      const { databases } = await admin.listDatabases();
      await admin.close();
      expect(databases.map(({ name }) => name)).not.toContain(testDatabase);
    } finally {
      await given.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
