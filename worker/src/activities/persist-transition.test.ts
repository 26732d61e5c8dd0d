import { randomUUID } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import {
  appendAuditBatch,
  AuditEventModel,
  connectStore,
  disconnectStore,
  findProjectionDrift,
  NotificationModel,
  OrganisationModel,
  TaskProjectionModel,
  UserModel,
  verifyAuditChain,
  writeRequestProjection,
} from '@tongban/store';
import {
  actUpdate,
  applyEvent,
  startProcess,
  submittedUpdate,
  TASK_QUEUE,
  type ApprovalProcessInput,
  type Party,
  type ProcessActivities,
  type ProcessDefinition,
} from '@tongban/workflows';
import mongoose from 'mongoose';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import { createWorker } from '../create-worker';
import { processActivities } from '.';
import { persistTransitionWith } from './persist-transition';

// A transition's writes, together, on the real database; and on the real
// Temporal server, a worker that dies half-way through them.

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await connectStore(process.env.MONGODB_URI!);
  await OrganisationModel.create({ _id: 'org-centre', name: '云梦县招商服务中心', kind: 'department' });
  await UserModel.create(
    ['u-zhang', 'u-li'].map((userId) => ({
      _id: userId,
      username: userId,
      displayName: userId,
      orgId: 'org-centre',
      roles: ['handler'],
      passwordHash: 'x',
      active: true,
    })),
  );
});
afterAll(async () => {
  await mongoose.connection.db?.dropDatabase();
  await disconnectStore();
});

const party = (userId: string, orgId: string): Party => ({ userId, displayName: userId, orgId, orgName: orgId });
const applicant = party('u-qiye', 'org-firm');
const zhang = party('u-zhang', 'org-centre');
const li = party('u-li', 'org-centre');
const definition: ProcessDefinition = {
  key: 'persist-test',
  version: 1,
  name: { zh: '写入测试' },
  form: { key: 'f', version: 1 },
  steps: [
    { type: 'approval', id: 'review', name: { zh: '受理' }, assignees: { users: ['u-zhang'] } },
    { type: 'approval', id: 'sign', name: { zh: '签发' }, assignees: { users: ['u-li'] } },
  ],
};
const notificationsOf = async (requestId: string) =>
  (await NotificationModel.find({ requestId }).lean()).map((notice) => `${notice.kind}>${notice.userId}`).sort();

it('writes the request, only the tasks that changed, the new audit entries and the notices', async () => {
  const persist = persistTransitionWith(async () => undefined);
  const requestId = `req-${randomUUID()}`;
  const at = '2026-03-02T01:00:00.000Z';
  // 会签: both must approve, so one approval changes only its own task.
  const jointReview: ProcessDefinition = {
    ...definition,
    steps: [{ type: 'approval', id: 'review', name: { zh: '受理' }, assignees: { org: 'org-centre' }, mode: 'all' }],
  };
  const started = startProcess({ requestId, definition: jointReview, applicant, data: {}, at });
  const assigned = applyEvent(started.state, {
    type: 'assigneesResolved',
    stepId: 'review',
    assignees: [zhang, li],
    fallback: false,
    at,
  });
  const first = await persist({
    state: assigned.state,
    taskIds: assigned.state.tasks.map((task) => task.id),
    newTaskIds: assigned.state.tasks.map((task) => task.id),
    auditEntries: assigned.state.timeline,
    notices: [...started.notices, ...assigned.notices],
    firstWrite: true,
  });
  const [zhangTask, liTask] = assigned.state.tasks;
  const approved = applyEvent(assigned.state, {
    type: 'taskAction',
    taskId: zhangTask!.id,
    action: 'approve',
    actor: zhang,
    at,
  });
  expect(
    approved.state.tasks
      .filter((task) => JSON.stringify(task) !== JSON.stringify(assigned.state.tasks.find((t) => t.id === task.id)))
      .map((task) => task.id),
  ).toEqual([zhangTask!.id]);
  await persist({
    state: approved.state,
    taskIds: [zhangTask!.id],
    newTaskIds: [],
    auditEntries: approved.state.timeline.slice(1),
    previousHash: first.auditHash!,
    notices: approved.notices,
    firstWrite: false,
  });
  expect(await verifyAuditChain(requestId)).toEqual({ ok: true, entries: approved.state.timeline.length });
  const stored = await Promise.all([zhangTask!, liTask!].map((task) => TaskProjectionModel.findById(task.id).lean()));
  expect(stored.map((task) => [task?.status, task?.revision])).toEqual([
    ['approved', approved.state.revision],
    // Unchanged, so not written again: it stays at the revision that last changed it.
    ['open', assigned.state.revision],
  ]);
  expect(await notificationsOf(requestId)).toEqual(['assignment>u-li', 'assignment>u-zhang']);
});

it('leaves one chain, the whole projection and each notification once when a worker dies mid-write', async () => {
  const address = process.env.TEMPORAL_ADDRESS!;
  // The harness gives each run a random key, as `npm run up` gives the local stack one.
  const payloadCodec = payloadCodecFromEnvironment();
  const crashes: string[] = [];
  // The first attempt of each write dies: the request's first write after half of it landed
  // (the projection and one audit entry), every later one after all of it.
  const dyingOnce: ProcessActivities['persistTransition'] = async (write) => {
    if (Context.current().info.attempt > 1) return processActivities.persistTransition(write);
    crashes.push(write.firstWrite ? 'partial' : 'whole');
    if (write.firstWrite) {
      await writeRequestProjection(write.state, {
        taskIds: write.taskIds,
        newTaskIds: write.newTaskIds,
        newRequest: true,
      });
      await appendAuditBatch({
        requestId: write.state.requestId,
        processKey: write.state.definition.key,
        entries: write.auditEntries.slice(0, 1),
      });
    } else {
      await processActivities.persistTransition(write);
    }
    throw new Error('worker lost after writing');
  };
  const worker = await createWorker(await NativeConnection.connect({ address }), 'default', {
    payloadCodec,
    activities: { ...processActivities, persistTransition: dyingOnce },
  });
  const client = new Client({
    connection: await Connection.connect({ address }),
    dataConverter: sealedDataConverter(payloadCodec),
  });
  await worker.runUntil(async () => {
    const requestId = `req-${randomUUID()}`;
    const args: [ApprovalProcessInput] = [{ requestId, definition, applicant, data: {}, indexSearchAttributes: false }];
    const handle = await client.workflow.start('approvalProcess', {
      workflowId: requestId,
      taskQueue: TASK_QUEUE,
      args,
    });
    const submitted = await handle.executeUpdate(submittedUpdate);
    const reviewed = await handle.executeUpdate(actUpdate, {
      args: [{ taskId: submitted.tasks[0]!.id, action: 'approve', actor: zhang }],
    });
    const signed = await handle.executeUpdate(actUpdate, {
      args: [{ taskId: reviewed.tasks.at(-1)!.id, action: 'approve', actor: li }],
    });
    expect(signed.status).toBe('completed');
    expect(crashes).toEqual(['partial', 'whole', 'whole']);

    expect(await verifyAuditChain(requestId)).toEqual({ ok: true, entries: signed.timeline.length });
    expect(await AuditEventModel.countDocuments({ requestId })).toBe(signed.timeline.length);
    expect(await findProjectionDrift(signed)).toEqual([]);
    expect(await notificationsOf(requestId)).toEqual(['assignment>u-li', 'assignment>u-zhang', 'complete>u-qiye']);
    await handle.terminate('test over');
  });
});
