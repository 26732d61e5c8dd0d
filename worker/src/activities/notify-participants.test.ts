import { connectStore, disconnectStore, NotificationModel, UserModel } from '@tongban/store';
import {
  applyEvent,
  startProcess,
  type NotificationDelivery,
  type Party,
  type ProcessDefinition,
} from '@tongban/workflows';
import mongoose from 'mongoose';
import { notifyParticipants } from './notify-participants';

beforeAll(async () => {
  await connectStore(process.env.MONGODB_URI!);
});
afterAll(async () => {
  await mongoose.connection.db?.dropDatabase();
  await disconnectStore();
});

const party = (userId: string, orgId: string): Party => ({ userId, displayName: userId, orgId, orgName: orgId });
const applicant = party('u-qiye', 'org-firm');
const alice = party('u-alice', 'org-centre');
const definition: ProcessDefinition = {
  key: 'notice-test',
  version: 1,
  name: { zh: '通知测试', en: 'Notice test' },
  form: { key: 'f', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'review',
      name: { zh: '审查', en: 'Review' },
      assignees: { org: 'org-centre' },
      sla: { workingDays: 2 },
    },
  ],
};

const mine = (userId: string) => NotificationModel.find({ userId }).sort({ _id: 1 }).lean();

it('tells the assignee of a new task, the holders of a reminder, and the applicant of a return, each once', async () => {
  const at = '2026-03-02T01:00:00.000Z';
  let state = startProcess({ requestId: 'req-n1', definition, applicant, data: {}, at }).state;
  state = applyEvent(state, {
    type: 'assigneesResolved',
    stepId: 'review',
    assignees: [alice],
    fallback: false,
    at,
  }).state;
  await notifyParticipants(state);
  await notifyParticipants(state);
  expect((await mine(alice.userId)).map((notice) => [notice.kind, notice.title.zh])).toEqual([
    ['assignment', '新待办：通知测试「审查」'],
  ]);

  state = applyEvent(state, { type: 'tick', at: '2026-03-03T16:00:00.000Z' }).state;
  await notifyParticipants(state);
  expect((await mine(alice.userId)).map((notice) => notice.kind).sort()).toEqual(['assignment', 'remind']);

  state = applyEvent(state, {
    type: 'taskAction',
    taskId: state.tasks[0]!.id,
    action: 'return',
    to: 'applicant',
    comment: '补正',
    actor: alice,
    at: '2026-03-04T01:00:00.000Z',
  }).state;
  await notifyParticipants(state);
  await notifyParticipants(state);
  const applicantNews = await mine(applicant.userId);
  expect(applicantNews).toEqual([
    expect.objectContaining({
      kind: 'return',
      requestId: 'req-n1',
      title: { zh: '办件被退回，请补正：通知测试', en: 'Returned for correction: Notice test' },
    }),
  ]);
});

it('asks for a delivery on each channel a person chose, except the kinds they keep in the app', async () => {
  const bob = party('u-bob', 'org-centre');
  await UserModel.create({
    _id: bob.userId,
    username: 'bob',
    displayName: 'bob',
    orgId: 'org-centre',
    roles: ['handler'],
    passwordHash: 'x',
    active: true,
    notificationPreferences: {
      email: { enabled: true, address: 'bob@centre.example' },
      sms: { enabled: false, phone: '13800000000' },
      robot: { enabled: true, url: 'https://oapi.dingtalk.com/robot/send?access_token=t' },
      mutedKinds: ['remind'],
    },
  });
  const at = '2026-03-02T01:00:00.000Z';
  let state = startProcess({ requestId: 'req-n2', definition, applicant, data: {}, at }).state;
  state = applyEvent(state, {
    type: 'assigneesResolved',
    stepId: 'review',
    assignees: [bob],
    fallback: false,
    at,
  }).state;
  state = applyEvent(state, { type: 'tick', at: '2026-03-03T16:00:00.000Z' }).state;
  const asked: NotificationDelivery[] = [];
  await notifyParticipants(state, async (delivery) => {
    asked.push(delivery);
  });
  expect(asked.map((delivery) => `${delivery.channel}:${delivery.target}`)).toEqual([
    'email:bob@centre.example',
    'robot:https://oapi.dingtalk.com/robot/send?access_token=t',
  ]);
  expect(asked[0]).toMatchObject({ requestId: 'req-n2', title: { zh: '新待办：通知测试「审查」' } });
});
