import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { BARE_TASK_QUEUE } from '../bare/bare-workflow';
import { approveBare, runBareFlow, startBareFlow } from '../load/bare-flow';
import { profileApprove } from './approve-profile';
import { profiledUpdate, type ProfiledActivities } from './profile-test-workflows';

// The profile and the bare baseline read Temporal's real history and run on a real worker:
// the harness's Temporal server, a worker in this process on the bare flow's queue.
let connection: Connection;
let temporal: Client;
let workerConnection: NativeConnection;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run under the integration harness');
  connection = await Connection.connect({ address });
  temporal = new Client({ connection, namespace: 'default' });
  workerConnection = await NativeConnection.connect({ address });
  const activities: ProfiledActivities = {
    // Long enough to show in millisecond event times.
    recordRemotely: () => sleep(30),
    recordLocally: () => sleep(40),
    recordLocallyAgain: () => sleep(20),
  };
  worker = await Worker.create({
    connection: workerConnection,
    namespace: 'default',
    taskQueue: BARE_TASK_QUEUE,
    workflowsPath: require.resolve('./profile-test-workflows'),
    activities,
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await workerConnection?.close();
  await connection?.close();
});

it('lays out one Update: before its first event, each activity (local ones from their markers), after', async () => {
  const workflowId = `profiled-${randomUUID()}`;
  const handle = await temporal.workflow.start('profiledWorkflow', { workflowId, taskQueue: BARE_TASK_QUEUE });
  const sentAt = performance.timeOrigin + performance.now();
  expect(await handle.executeUpdate(profiledUpdate)).toBe('recorded');
  const receivedAt = performance.timeOrigin + performance.now();

  const profile = await profileApprove(temporal, { requestId: workflowId, sentAt, receivedAt });

  expect(profile.httpMs).toBeCloseTo(receivedAt - sentAt, 0);
  const [first, second] = profile.activities.filter((activity) => activity.local);
  const remote = profile.activities.find((activity) => !activity.local);
  expect(first).toMatchObject({ activity: 'recordLocally', queuedMs: 0 });
  expect(second).toMatchObject({ activity: 'recordLocallyAgain', queuedMs: 0 });
  expect(first!.runMs).toBeGreaterThanOrEqual(39);
  expect(second!.runMs).toBeGreaterThanOrEqual(19);
  // A local activity ends before its marker is written (when its workflow task completes): its run
  // time is its own, not counted from its task's start across the one before it.
  const markers = profile.events.filter((event) => event.event === 'MarkerRecorded');
  for (const [index, local] of [first!, second!].entries()) {
    expect(markers[index]?.activity).toBe(local.activity);
    expect(local.scheduledAtMs + local.runMs).toBeLessThanOrEqual(markers[index]!.atMs + 1);
  }
  expect(second!.scheduledAtMs).toBeGreaterThanOrEqual(first!.scheduledAtMs + first!.runMs - 1);
  expect(remote).toMatchObject({ activity: 'recordRemotely' });
  expect(remote!.runMs).toBeGreaterThanOrEqual(29);
  expect(remote!.scheduledAtMs).toBeGreaterThanOrEqual(second!.scheduledAtMs);
  const kinds = profile.events.map((event) => event.event);
  expect(kinds).toEqual(
    expect.arrayContaining([
      'WorkflowExecutionUpdateAccepted',
      'MarkerRecorded',
      'ActivityTaskScheduled',
      'ActivityTaskStarted',
      'ActivityTaskCompleted',
      'WorkflowExecutionUpdateCompleted',
    ]),
  );
  // The three parts add up to the whole call, none negative.
  for (const part of [profile.beforeFirstEventMs, profile.workflowMs, profile.afterUpdateCompletedMs])
    expect(part).toBeGreaterThanOrEqual(0);
  expect(profile.beforeFirstEventMs + profile.workflowMs + profile.afterUpdateCompletedMs).toBeCloseTo(
    profile.httpMs,
    0,
  );
});

it('runs the bare flow: started by Update-with-Start, done after two approvals, a decided task refused', async () => {
  await runBareFlow(temporal);

  const started = await startBareFlow(temporal);
  expect(started).toMatchObject({ status: 'in_progress', approved: 0, openTaskId: `${started.requestId}.1` });
  const afterFirst = await approveBare(temporal, started);
  expect(afterFirst).toMatchObject({ status: 'in_progress', approved: 1, openTaskId: `${started.requestId}.2` });
  // The first task again: the validator refuses it, as Tongban's refuses a decided task.
  await expect(approveBare(temporal, started)).rejects.toMatchObject({
    cause: { message: expect.stringMatching(/is not open/) },
  });
  expect(await approveBare(temporal, afterFirst)).toMatchObject({ status: 'completed', approved: 2 });
  expect(await temporal.workflow.getHandle(started.requestId).result()).toMatchObject({ status: 'completed' });
});
