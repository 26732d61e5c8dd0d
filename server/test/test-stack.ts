import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker, type WorkerOptions } from '@temporalio/worker';
import { connectStore, disconnectStore } from '@tongban/store';
import { createWorker } from '@tongban/worker';
import { ensureSearchAttributes } from '@tongban/workflows/operator';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { createApp } from '../src/app';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { seedDemoData } from '../src/seed/seed-demo-data';

/**
 * The API, a worker and the seed data on the real Temporal server and
 * database that the jest harness started. One per test file.
 */
export interface TestStack {
  app: Express;
  temporal: Client;
  /** A supertest agent holding the session cookie of a demo user. */
  signIn(username: string): Promise<request.Agent>;
}

/**
 * @param options.worker passed to the worker's creation, e.g. `interceptors` that watch its activities
 * (default: none).
 */
export function useTestStack(options: { worker?: Partial<WorkerOptions> } = {}): TestStack {
  let worker: Worker | undefined;
  let workerRun: Promise<void> | undefined;
  let nativeConnection: NativeConnection | undefined;
  const stack = { signIn } as TestStack;

  async function signIn(username: string) {
    const agent = request.agent(stack.app);
    await agent.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    return agent;
  }

  beforeAll(async () => {
    const address = process.env.TEMPORAL_ADDRESS;
    const uri = process.env.MONGODB_URI;
    if (!address || !uri)
      throw new Error('TEMPORAL_ADDRESS and MONGODB_URI come from the jest harness: run through jest');
    Runtime.install({ logger: new DefaultLogger('WARN') });
    await connectStore(uri);
    await seedDemoData();
    const connection = await Connection.connect({ address });
    await ensureSearchAttributes(connection, 'default');
    // The harness's key for this run, as production reads its keys: the API and worker seal alike.
    const payloadCodec = payloadCodecFromEnvironment();
    stack.temporal = new Client({ connection, namespace: 'default', dataConverter: sealedDataConverter(payloadCodec) });
    nativeConnection = await NativeConnection.connect({ address });
    worker = await createWorker(nativeConnection, 'default', { payloadCodec, ...options.worker });
    workerRun = worker.run();
    stack.app = createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false });
  });

  afterAll(async () => {
    worker?.shutdown();
    await workerRun;
    await nativeConnection?.close();
    await stack.temporal?.connection.close();
    await mongoose.connection.db?.dropDatabase();
    await disconnectStore();
  });

  return stack;
}
