import { Client, type WorkflowClientInterceptor } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { connectStore, disconnectStore } from '@tongban/store';
import { createWorker } from '@tongban/worker';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { createApp } from '../app';
import { DEMO_PASSWORD } from '../seed/demo-data';
import { seedCatalogue } from '../seed/seed-catalogue';
import { seedDemoData } from '../seed/seed-demo-data';

/**
 * The API and a worker on Temporal's time-skipping test server (days of
 * timers pass in milliseconds with `env.sleep`) and the real database the jest
 * harness started, with the seed catalogue loaded. For the scenarios whose
 * point is a deadline; the others run on the dev server (`useTestStack`).
 * The test server cannot register search attributes, so the API's client
 * here starts requests without them (`withoutSearchAttributes`), and the
 * growth-point round is run with `indexSearchAttributes: false`.
 */
export interface TimeSkippingStack {
  env: TestWorkflowEnvironment;
  /**
   * A plain client on the same server: waiting on a result through it does not
   * skip time (through `env.client` it does), so only `env.sleep` moves the clock.
   */
  temporal: Client;
  app: Express;
  signIn(username: string): Promise<request.Agent>;
}

export function useTimeSkippingStack(): TimeSkippingStack {
  const stack = { signIn } as TimeSkippingStack;
  let worker: Worker | undefined;
  let workerRun: Promise<void> | undefined;

  async function signIn(username: string) {
    const agent = request.agent(stack.app);
    await agent.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    return agent;
  }

  beforeAll(async () => {
    const uri = process.env.MONGODB_URI;
    if (!uri) throw new Error('MONGODB_URI comes from the jest harness: run through jest');
    Runtime.install({ logger: new DefaultLogger('WARN') });
    await connectStore(uri);
    await seedDemoData();
    await seedCatalogue();
    const path = process.env.TEMPORAL_TEST_SERVER_PATH;
    const payloadCodec = payloadCodecFromEnvironment();
    const dataConverter = sealedDataConverter(payloadCodec);
    stack.env = await TestWorkflowEnvironment.createTimeSkipping({
      ...(path ? { server: { executable: { type: 'existing-path', path } } } : {}),
      client: { dataConverter },
    });
    worker = await createWorker(stack.env.nativeConnection, 'default', { payloadCodec });
    workerRun = worker.run();
    stack.temporal = new Client({
      connection: stack.env.connection,
      namespace: 'default',
      dataConverter,
      interceptors: { workflow: [withoutSearchAttributes] },
    });
    stack.app = createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false });
  });

  afterAll(async () => {
    worker?.shutdown();
    await workerRun;
    await stack.env?.teardown();
    await mongoose.connection.db?.dropDatabase();
    await disconnectStore();
  });

  return stack;
}

/** Starts requests as the API does, minus the search attributes the time-skipping server cannot take. */
const withoutSearchAttributes: WorkflowClientInterceptor = {
  async startUpdateWithStart(input, next) {
    const { typedSearchAttributes: _typed, searchAttributes: _untyped, ...options } = input.workflowStartOptions;
    const [workflowInput, ...rest] = options.args as [Record<string, unknown>, ...unknown[]];
    return next({
      ...input,
      workflowStartOptions: { ...options, args: [{ ...workflowInput, indexSearchAttributes: false }, ...rest] },
    });
  },
};
