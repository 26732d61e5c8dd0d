import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { connectStore, disconnectStore, OrganisationModel, requestNumberOf, UserModel } from '@tongban/store';
import { submittedUpdate, TASK_QUEUE, type ApprovalProcessInput, type ProcessDefinition } from '@tongban/workflows';
import mongoose from 'mongoose';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import { createWorker } from './create-worker';

// The whole way out, on the real Temporal server and database: a task opens, the worker writes
// the notification with the projection, and the person's group robot receives it once.
let robot: Server;
let robotUrl: string;
const received: { text: { content: string } }[] = [];

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await connectStore(process.env.MONGODB_URI!);
  robot = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end('{"errcode":0}');
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
  robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/robot/send`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => robot.close(() => resolve()));
  await mongoose.connection.db?.dropDatabase();
  await disconnectStore();
});

it('sends a new task to the handler’s group robot, once', async () => {
  await OrganisationModel.create({ _id: 'org-centre', name: '云梦县招商服务中心', kind: 'department' });
  await UserModel.create({
    _id: 'u-zhang',
    username: 'zhang',
    displayName: '张伟',
    orgId: 'org-centre',
    roles: ['handler'],
    passwordHash: 'x',
    active: true,
    notificationPreferences: { robot: { enabled: true, url: robotUrl }, mutedKinds: [] },
  });
  const definition: ProcessDefinition = {
    key: 'outgoing-test',
    version: 1,
    name: { zh: '通知外发测试' },
    form: { key: 'f', version: 1 },
    steps: [{ type: 'approval', id: 'review', name: { zh: '受理' }, assignees: { users: ['u-zhang'] } }],
  };
  const address = process.env.TEMPORAL_ADDRESS!;
  // The harness gives each run a random key, as `npm run up` gives the local stack one.
  const payloadCodec = payloadCodecFromEnvironment();
  const worker = await createWorker(await NativeConnection.connect({ address }), 'default', { payloadCodec });
  const client = new Client({
    connection: await Connection.connect({ address }),
    dataConverter: sealedDataConverter(payloadCodec),
  });
  await worker.runUntil(async () => {
    const requestId = `req-${randomUUID()}`;
    const applicant = { userId: 'u-qiye', displayName: '王丽', orgId: 'org-firm', orgName: '易普乐生物科技' };
    const args: [ApprovalProcessInput] = [{ requestId, definition, applicant, data: {}, indexSearchAttributes: false }];
    const handle = await client.workflow.start('approvalProcess', {
      workflowId: requestId,
      taskQueue: TASK_QUEUE,
      args,
    });
    await handle.executeUpdate(submittedUpdate);
    for (let waited = 0; received.length === 0 && waited < 30_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The message names the request by its 办件编号, as people read it.
    const number = await requestNumberOf(requestId);
    expect(number).toMatch(/-\d{8}-0001$/);
    expect(received).toEqual([
      { msgtype: 'text', text: { content: `【通办】新待办：通知外发测试「受理」（办件 ${number}）` } },
    ]);
    // Later writes of the same request ask again; nothing is sent twice.
    await handle.terminate('test over');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(received).toHaveLength(1);
  });
});
