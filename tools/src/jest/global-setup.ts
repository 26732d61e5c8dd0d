import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withDatabaseName } from '../mongodb-uri';
import { startDatabase, startTemporalDevServer, type Database, type RunningService } from '../services';
import { ToolchainUnavailableError, ensureTestServer } from '../toolchain';
import { testPayloadKeyEnvironment } from '../payload-key-file';
import { rememberTestStack } from './test-stack';

/**
 * Jest global setup for integration packages: a real Temporal dev server and a real
 * MongoDB-wire database, fresh for this run, unless TEMPORAL_ADDRESS / MONGODB_URI point at
 * existing ones. Tests read TEMPORAL_ADDRESS, MONGODB_URI (always a database of its own,
 * `tongban_test_<random>`), TEMPORAL_TEST_SERVER_PATH, TONGBAN_TEST_TMP, TEMPORAL_PAYLOAD_KEYS
 * (a random key per run unless keys are given) and, when the harness started FerretDB itself,
 * TONGBAN_TEST_POSTGRESQL_URL (the PostgreSQL beneath it).
 */
export default async function globalSetup(): Promise<void> {
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tongban-test-'));
  // PostgreSQL runs as an unprivileged user when we are root, and its cluster lives in here.
  await fs.chmod(tmpDir, 0o711);
  const services: RunningService[] = [];
  const started: string[] = [];
  try {
    if (!process.env.TEMPORAL_ADDRESS) {
      const temporal = await startTemporalDevServer({ logFile: path.join(tmpDir, 'temporal.log') });
      services.push(temporal);
      process.env.TEMPORAL_ADDRESS = temporal.address;
      started.push(`Temporal ${temporal.address}`);
    } else {
      started.push(`Temporal ${process.env.TEMPORAL_ADDRESS} (given)`);
    }

    const givenDatabaseUri = process.env.MONGODB_URI;
    let serverUri = givenDatabaseUri;
    if (!serverUri) {
      const database = await startDatabase({
        dir: path.join(tmpDir, 'db'),
        logFile: path.join(tmpDir, 'db.log'),
        // Thrown away after the run: no fsync.
        durability: 'scratch',
      });
      services.push(database);
      serverUri = database.uri;
      // Tests that read query plans refresh the planner's statistics through it.
      if (database.postgresUrl) process.env.TONGBAN_TEST_POSTGRESQL_URL = database.postgresUrl;
    }
    // A database of its own per run, so tests never touch a real database's default one and
    // runs of different packages do not see each other's documents.
    const testDatabaseUri = withDatabaseName(serverUri, `tongban_test_${crypto.randomBytes(6).toString('hex')}`);
    process.env.MONGODB_URI = testDatabaseUri;
    const database = services.find((service): service is Database => 'engine' in service);
    started.push(
      database ? `${database.engine} ${testDatabaseUri}` : `database ${testDatabaseUri} (on the given server)`,
    );

    try {
      process.env.TEMPORAL_TEST_SERVER_PATH = await ensureTestServer();
    } catch (error) {
      // Without it, time-skipping tests let @temporalio/testing download the server.
      if (!(error instanceof ToolchainUnavailableError)) throw error;
    }
    process.env.TONGBAN_TEST_TMP = tmpDir;
    // Workers and API servers the tests start (in-process or built) seal Temporal payloads with it.
    Object.assign(process.env, testPayloadKeyEnvironment());

    rememberTestStack({ tmpDir, services, externalTestDatabaseUri: givenDatabaseUri ? testDatabaseUri : undefined });
    process.stderr.write(`\n[tongban-test] ${started.join('; ')}; scratch ${tmpDir}\n`);
  } catch (error) {
    await Promise.allSettled(services.map((service) => service.stop()));
    await fs.rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
}
