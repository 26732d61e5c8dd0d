import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { connectStore, disconnectStore, findProjectionDrift, verifyAuditChain } from '@tongban/store';
import { stateQuery, type ProcessState } from '@tongban/workflows';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import mongoose from 'mongoose';
import { signIn, type ApiResponse, type ApiSession } from '../load/api-client';
import { publishBenchProcess, type FlowSessions } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';
import { startAppStack, type AppStack, type AppStackOptions } from '../stack/app-stack';

export interface FaultStack {
  stack: AppStack;
  temporal: Client;
  sessions: FlowSessions;
}

/**
 * The built worker and API as child processes on the harness's Temporal
 * server, for one test file. `ownDatabase` starts a FerretDB of the file's
 * own (the harness's cannot be killed from a test); otherwise the harness's
 * database is used.
 */
export function useFaultStack(options: { ownDatabase?: boolean } & Pick<AppStackOptions, 'workers' | 'servers'> = {}) {
  const context = {} as FaultStack;
  let connection: Connection | undefined;
  beforeAll(async () => {
    const { TEMPORAL_ADDRESS, MONGODB_URI, TONGBAN_TEST_TMP } = process.env;
    if (!TEMPORAL_ADDRESS || !MONGODB_URI)
      throw new Error('run through jest: the harness starts Temporal and the database');
    const dir = path.join(TONGBAN_TEST_TMP ?? os.tmpdir(), `faults-${expect.getState().testPath?.replace(/.*\//, '')}`);
    context.stack = await startAppStack({
      dir,
      temporalAddress: TEMPORAL_ADDRESS,
      ...(options.ownDatabase ? {} : { mongodbUri: MONGODB_URI }),
      workers: options.workers,
      servers: options.servers,
    });
    connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    // The harness's payload key, which the built worker and API it starts seal with too.
    context.temporal = new Client({
      connection,
      namespace: 'default',
      dataConverter: sealedDataConverter(payloadCodecFromEnvironment()),
    });
    // The test reads projections and the audit chain straight from the database, with the driver's
    // default patience: a killed database is back within seconds.
    await connectStore(context.stack.mongodbUri);
    await publishBenchProcess();
    context.sessions = await signInAll(context.stack.servers[0]!.baseUrl!);
  });
  afterAll(async () => {
    await disconnectStore();
    await connection?.close();
    await context.stack?.stop();
  });
  return context;
}

async function signInAll(baseUrl: string): Promise<FlowSessions> {
  return {
    applicant: await signIn(baseUrl, 'qiye'),
    centre: await signIn(baseUrl, 'zhaoshang'),
    bank: await signIn(baseUrl, 'yinhang'),
  };
}

/**
 * Calls until the API gives an answer that is not an outage: a refused or cut
 * connection, a 5xx. The caller repeats its Idempotency-Key, so a retry of a
 * call that did land applies nothing twice. Returns the answer and how many attempts it took.
 */
export async function callThroughOutage(
  call: () => Promise<ApiResponse>,
  timeoutMs = 180_000,
): Promise<ApiResponse & { attempts: number }> {
  const deadline = Date.now() + timeoutMs;
  for (let attempts = 1; ; attempts++) {
    let last: string;
    try {
      const response = await call();
      if (response.status < 500) return { ...response, attempts };
      last = `${response.status} ${JSON.stringify(response.body)}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`no answer through the outage after ${attempts} attempts: ${last}`);
    await sleep(250);
  }
}

/**
 * Runs `count` jobs `concurrency` at a time and injects the fault once the
 * first job has finished (the system is warm) while the others are still in
 * flight; resolves when both are done, with how many jobs were in flight when
 * the fault struck. A fault that strikes nothing proves nothing: it throws.
 */
export async function withFault(
  jobs: { count: number; concurrency: number; job: (index: number) => Promise<void> },
  inject: () => Promise<void>,
): Promise<{ inFlightAtFault: number }> {
  let started = 0;
  let finished = 0;
  let firstDone!: () => void;
  const warm = new Promise<void>((resolve) => (firstDone = resolve));
  const load = runBounded(jobs.count, jobs.concurrency, async (index) => {
    started += 1;
    try {
      await jobs.job(index);
    } finally {
      finished += 1;
      firstDone();
    }
  });
  const struck = warm.then(async () => {
    const inFlightAtFault = started - finished;
    await inject();
    return inFlightAtFault;
  });
  const [, inFlightAtFault] = await Promise.all([load, struck]);
  if (inFlightAtFault === 0) throw new Error('the fault struck when no job was in flight: it proved nothing');
  return { inFlightAtFault };
}

/** What a finished request should show, and what was wrong with any that did not. */
export async function verifyRequests(
  temporal: Client,
  ids: readonly string[],
  approvalsPerStep = 1,
): Promise<string[]> {
  const problems: string[] = [];
  await runBounded(ids.length, 8, async (index) => {
    const id = ids[index]!;
    const state: ProcessState = await temporal.workflow.getHandle(id).query(stateQuery);
    if (state.status !== 'completed') problems.push(`${id}: ${state.status}, not completed`);
    const decisions = new Map<string, number>();
    for (const entry of state.timeline) {
      if (entry.action !== 'approve' && entry.action !== 'reject') continue;
      decisions.set(entry.stepId ?? '-', (decisions.get(entry.stepId ?? '-') ?? 0) + 1);
    }
    for (const [step, count] of decisions)
      if (count !== approvalsPerStep) problems.push(`${id}: ${count} decisions on ${step}`);
    if (decisions.size !== 2) problems.push(`${id}: decisions on ${decisions.size} steps, not 2`);
    const drift = await findProjectionDrift(state);
    if (drift.length > 0) problems.push(`${id}: projection drift ${JSON.stringify(drift)}`);
    const audit = await verifyAuditChain(id);
    if (!audit.ok) problems.push(`${id}: audit chain broken ${JSON.stringify(audit)}`);
    else if (audit.entries !== state.timeline.length)
      problems.push(`${id}: ${audit.entries} audit entries for ${state.timeline.length} timeline entries`);
  });
  return problems;
}

/** Whether the test's own connection can reach the database again (after a restart). */
export async function waitForDatabase(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mongoose.connection.db!.admin().ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

export type { ApiSession };
