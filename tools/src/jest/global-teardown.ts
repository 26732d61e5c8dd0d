import fs from 'node:fs/promises';
import { takeTestStack } from './test-stack';

/**
 * Jest global teardown: stops what global-setup started and removes the scratch directory, unless
 * TONGBAN_KEEP_TEST_TMP is set: then its service logs (the app's, the seed's, Temporal's) stay for
 * reading why a test failed.
 */
export default async function globalTeardown(): Promise<void> {
  const stack = takeTestStack();
  if (!stack) return;
  if (stack.externalTestDatabaseUri) await dropDatabase(stack.externalTestDatabaseUri);
  await Promise.allSettled(stack.services.map((service) => service.stop()));
  if (process.env.TONGBAN_KEEP_TEST_TMP) console.log(`[tongban-test] kept ${stack.tmpDir}`);
  else await fs.rm(stack.tmpDir, { recursive: true, force: true });
}

async function dropDatabase(uri: string): Promise<void> {
  const { default: mongoose } = await import('mongoose');
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}
