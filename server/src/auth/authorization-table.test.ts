import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { subject } from '@casl/ability';
import { loanRenewalApplicationForm } from '@tongban/forms';
import {
  definitionVersionRecord,
  DictionaryVersionModel,
  dictionaryVersionId,
  OrganisationModel,
  NotificationModel,
  ProcessVersionModel,
  RequestProjectionModel,
  ROLES,
  SavedViewModel,
  TaskProjectionModel,
  UserModel,
} from '@tongban/store';
import { seedProcesses } from '@tongban/workflows';
import request from 'supertest';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { ERRORS, type ErrorCode } from '../errors/messages';
import { ENDPOINTS } from '../endpoints';
import { endpointRoutes } from '../http/mount-endpoints';
import { findOperation, operationErrors } from '../openapi/operations';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';
import { accessibleFilter } from './accessible-filter';
import { defineAbilityFor, type AbilityUser } from './define-abilities';

// Every endpoint of the table (endpoints.ts) × every kind of caller, on the real stack. The
// fixture: qiye's request R, waiting at its first step, whose task T is held
// by zhaoshang. A new route without a row here fails the completeness test.
const stack = useTestStack();

/** Who calls, in the table's column order. */
const ROLES_IN_ORDER = [
  'anonymous',
  'applicant of the request’s org',
  'applicant of another org',
  'handler holding the task',
  'handler not holding it',
  'bank officer',
  'admin',
  'supervisor',
  'auditor',
] as const;
type Caller = (typeof ROLES_IN_ORDER)[number];

const USERNAMES: Record<Exclude<Caller, 'anonymous'>, string> = {
  'applicant of the request’s org': 'qiye',
  'applicant of another org': 'qiye2',
  'handler holding the task': 'zhaoshang',
  'handler not holding it': 'jingxin',
  'bank officer': 'yinhang',
  admin: 'admin',
  supervisor: 'duban',
  auditor: 'shenji',
};

/** 2xx, or the refusal expected. */
const ok = 'ok';
type Outcome = typeof ok | 401 | 403 | 404 | 422;

interface Fixtures {
  requestId: string;
  taskId: string;
  /** An organisation and a user that only the administrator's cells change. */
  orgId: string;
  userId: string;
  /** A file qiye attached to the request. */
  attachmentId: string;
}
interface CallContext {
  /** The caller's signed-in agent (a bare client for anonymous). */
  agent: request.Agent | ReturnType<typeof request>;
  caller: Caller;
  /** A newly signed-in agent of the same caller, for calls that end the session. */
  freshAgent(): Promise<request.Agent | ReturnType<typeof request>>;
  fixtures: Fixtures;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  call(context: CallContext): PromiseLike<request.Response>;
  outcomes: Record<Caller, Outcome>;
}

function row(method: Row['method'], path: string, call: Row['call'], outcomes: Outcome[]): Row {
  if (outcomes.length !== ROLES_IN_ORDER.length) throw new Error(`${method} ${path}: one outcome per caller`);
  return {
    method,
    path,
    call,
    outcomes: Object.fromEntries(ROLES_IN_ORDER.map((caller, i) => [caller, outcomes[i]!])) as Row['outcomes'],
  };
}

const example = loanRenewalApplicationForm.example;
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

// prettier-ignore
//                                                                                   anon  appl  other hold  other bank  admin super audit
const TABLE: Row[] = [
  row('GET', '/health', ({ agent }) => agent.get('/api/v1/health'),                  [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/ready', ({ agent }) => agent.get('/api/v1/ready'),                    [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/metrics', ({ agent }) => agent.get('/api/v1/metrics'),                [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/openapi.json', ({ agent }) => agent.get('/api/v1/openapi.json'),      [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/auth/login', ({ caller }) =>
    request(stack.app).post('/api/v1/auth/login').send({
      username: caller === 'anonymous' ? 'qiye' : USERNAMES[caller],
      password: DEMO_PASSWORD,
    }),                                                                              [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/auth/logout', async ({ freshAgent }) =>
    (await freshAgent()).post('/api/v1/auth/logout'),                                [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/auth/me', ({ agent }) => agent.get('/api/v1/auth/me'),                [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/auth/providers', ({ agent }) => agent.get('/api/v1/auth/providers'),  [ok,  ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  // This stack has no provider: the sign-in itself, for anyone, is in auth/oidc/oidc-sign-in.test.ts.
  row('GET', '/auth/oidc/:provider/start', ({ agent }) =>
    agent.get('/api/v1/auth/oidc/city/start'),                                       [404, 404,  404,  404,  404,  404,  404,  404,  404]),
  row('GET', '/auth/oidc/:provider/callback', ({ agent }) =>
    agent.get('/api/v1/auth/oidc/city/callback?code=x&state=y'),                     [404, 404,  404,  404,  404,  404,  404,  404,  404]),
  row('POST', '/auth/oidc/:provider/backchannel-logout', ({ agent }) =>
    agent.post('/api/v1/auth/oidc/city/backchannel-logout').type('form').send({ logout_token: 'x' }), [404, 404,  404,  404,  404,  404,  404,  404,  404]),
  row('GET', '/processes', ({ agent }) => agent.get('/api/v1/processes'),            [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/processes/:key/route-preview', ({ agent }) =>
    agent.post('/api/v1/processes/loan-renewal/route-preview').send({ data: example }), [401, ok,   ok,   403,  403,  403,  ok,   403,  403]),
  // 沿用上次填写: always the caller's own organisation's data (server/src/requests/previous-application.test.ts).
  row('GET', '/processes/:key/previous-application', ({ agent }) =>
    agent.get('/api/v1/processes/loan-renewal/previous-application'),                [401, ok,   ok,   403,  403,  403,  ok,   403,  403]),
  row('POST', '/requests', ({ agent }) =>
    agent.post('/api/v1/requests').set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: example }),                          [401, ok,   ok,   403,  403,  403,  ok,   403,  403]),
  row('GET', '/requests', ({ agent }) => agent.get('/api/v1/requests'),              [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  // Each export is its list, whole: the same filter and permission as the list it sits beside.
  row('GET', '/requests/export.xlsx', ({ agent }) => agent.get('/api/v1/requests/export.xlsx'),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/requests/:id', ({ agent, fixtures }) =>
    agent.get(`/api/v1/requests/${fixtures.requestId}`),                             [401, ok,   404,  ok,   404,  404,  ok,   ok,   ok]),
  // Withdrawing ends a request, so each cell withdraws a fresh one filed by qiye (zhaoshang holds its first task).
  row('POST', '/requests/:id/actions', async ({ agent }) =>
    agent.post(`/api/v1/requests/${await freshRequest()}/actions`)
      .send({ action: 'withdraw', comment: '企业已自行解决' }),                       [401, ok,   404,  403,  404,  404,  403,  403,  403]),
  row('GET', '/tasks', ({ agent }) => agent.get('/api/v1/tasks?status=open'),        [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/tasks/counts', ({ agent }) => agent.get('/api/v1/tasks/counts'),     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/tasks/export.xlsx', ({ agent }) => agent.get('/api/v1/tasks/export.xlsx?status=open'),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/tasks/:id', ({ agent, fixtures }) =>
    agent.get(`/api/v1/tasks/${fixtures.taskId}`),                                   [401, 404,  404,  ok,   404,  404,  ok,   ok,   404]),
  // A comment leaves the task open, so every cell meets the same fixture; the engine refuses the admin (not the assignee).
  row('POST', '/tasks/:id/actions', ({ agent, fixtures }) =>
    agent.post(`/api/v1/tasks/${fixtures.taskId}/actions`)
      .send({ action: 'comment', comment: '请补充近三个月流水' }),                    [401, 404,  404,  ok,   404,  404,  403,  403,  404]),
  // Nothing changes, so every cell meets the same fixture; the engine refuses the admin (not the assignee).
  row('POST', '/tasks/:id/what-if', ({ agent, fixtures }) =>
    agent.post(`/api/v1/tasks/${fixtures.taskId}/what-if`)
      .send({ action: 'return', to: 'applicant', comment: '补正' }),                  [401, 404,  404,  ok,   404,  404,  403,  403,  404]),

  // Organisations and users: staff read the directory, administrators change it. Applicants read what a form's
  // pickers need: departments, banks, their own organisation (qiye's is org-yipule) and staff who hold tasks.
  row('GET', '/organisations', ({ agent }) => agent.get('/api/v1/organisations'),   [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   403]),
  row('POST', '/organisations', ({ agent }) =>
    agent.post('/api/v1/organisations').send({ name: `表格机构${randomUUID()}`, kind: 'department' }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/organisations/:id', ({ agent }) => agent.get('/api/v1/organisations/org-yipule'),
                                                                                     [401, ok,   404,  ok,   ok,   ok,   ok,   ok,   403]),
  row('PATCH', '/organisations/:id', ({ agent, fixtures }) =>
    agent.patch(`/api/v1/organisations/${fixtures.orgId}`).send({ nameEn: 'Renamed' }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  // Each cell deletes an organisation of its own, nobody in it.
  row('DELETE', '/organisations/:id', async ({ agent }) =>
    agent.delete(`/api/v1/organisations/${await freshOrganisation()}`),            [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/users', ({ agent }) => agent.get('/api/v1/users?q=张'),              [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/users', ({ agent }) =>
    agent.post('/api/v1/users').send({
      username: `t${randomUUID().slice(0, 8)}`, displayName: '新用户', orgId: 'org-yipule',
      roles: ['applicant'], password: 'a-long-passphrase',
    }),                                                                              [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  // The auditor finds people by name for the audit log's 操作人 filter (it was a 403).
  row('GET', '/users/:id', ({ agent }) => agent.get(`/api/v1/users/${demoUserId('zhaoshang')}`),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('PATCH', '/users/:id', ({ agent, fixtures }) =>
    agent.patch(`/api/v1/users/${fixtures.userId}`).send({ displayName: '改名' }), [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/me/notification-preferences', ({ agent }) => agent.get('/api/v1/me/notification-preferences'),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('PUT', '/me/notification-preferences', ({ agent }) =>
    agent.put('/api/v1/me/notification-preferences').send({ mutedKinds: ['reminder'] }),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/me/substitute', ({ agent }) => agent.get('/api/v1/me/substitute'),   [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  // Far in the future, so no engine that reads it sends today's tasks elsewhere. The fixture user is a
  // handler of 经信局: a colleague of jingxin's only, so the others are let in and then refused (422).
  row('PUT', '/me/substitute', ({ agent, fixtures }) =>
    agent.put('/api/v1/me/substitute').send({ userId: fixtures.userId, from: '2099-01-01', to: '2099-01-05' }),
                                                                                     [401, 403,  403,  422,  ok,   422,  422,  403,  403]),
  row('DELETE', '/me/substitute', ({ agent }) => agent.delete('/api/v1/me/substitute'),
                                                                                     [401, 403,  403,  ok,   ok,   ok,   ok,   403,  403]),

  // Form and process definitions: administrators design, supervisors read. Changes act on versions of their own.
  row('GET', '/definitions/:kind', ({ agent }) => agent.get('/api/v1/definitions/forms'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   403]),
  row('POST', '/definitions/:kind', ({ agent }) =>
    agent.post('/api/v1/definitions/processes').send({ definition: { ...loanRenewal, key: `t-${randomUUID()}` } }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('POST', '/definitions/:kind/import', ({ agent }) =>
    agent.post('/api/v1/definitions/processes/import')
      .send({ format: 'tongban.process/v1', definition: { ...loanRenewal, key: `t-${randomUUID()}` } }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/definitions/:kind/:key/versions/:version', ({ agent }) =>
    agent.get('/api/v1/definitions/processes/loan-renewal/versions/1'),             [401, 403,  403,  403,  403,  403,  ok,   ok,   403]),
  row('PUT', '/definitions/:kind/:key/versions/:version', async ({ agent }) => {
    const key = await freshDefinition('draft');
    return agent.put(`/api/v1/definitions/processes/${key}/versions/1`).set('If-Match', '"r1"')
      .send({ definition: { ...loanRenewal, key } });
  },                                                                                 [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('DELETE', '/definitions/:kind/:key/versions/:version', async ({ agent }) =>
    agent.delete(`/api/v1/definitions/processes/${await freshDefinition('draft')}/versions/1`).set('If-Match', '"r1"'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('POST', '/definitions/:kind/:key/versions/:version/publish', async ({ agent }) =>
    agent.post(`/api/v1/definitions/processes/${await freshDefinition('draft')}/versions/1/publish`)
      .set('If-Match', '"r1"'),                                                      [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('POST', '/definitions/:kind/:key/versions/:version/archive', async ({ agent }) =>
    agent.post(`/api/v1/definitions/processes/${await freshDefinition('published')}/versions/1/archive`)
      .set('If-Match', '"r1"'),                                                      [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/definitions/:kind/:key/versions/:version/export', ({ agent }) =>
    agent.get('/api/v1/definitions/forms/loan-renewal-application/versions/1/export'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   403]),
  row('GET', '/definitions/:kind/:key/versions/:version/used-by', ({ agent }) =>
    agent.get('/api/v1/definitions/forms/loan-renewal-application/versions/1/used-by'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   403]),

  // Dictionaries (数据字典): administrators write; everyone signed in reads what is published. Changes act on drafts of their own.
  row('GET', '/dictionaries', ({ agent }) => agent.get('/api/v1/dictionaries'),      [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/dictionaries', ({ agent }) =>
    agent.post('/api/v1/dictionaries').send({ key: `t-${randomUUID().slice(0, 8)}`, name: '测试', entries: [{ value: 'a', label: '甲' }] }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('GET', '/dictionaries/:key/versions/:version', ({ agent }) =>
    agent.get('/api/v1/dictionaries/industry/versions/1'),                           [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('PUT', '/dictionaries/:key/versions/:version', async ({ agent }) =>
    agent.put(`/api/v1/dictionaries/${await freshDictionaryDraft()}/versions/1`).set('If-Match', '"r1"')
      .send({ name: '测试', entries: [{ value: 'b', label: '乙' }] }),              [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('POST', '/dictionaries/:key/versions/:version/publish', async ({ agent }) =>
    agent.post(`/api/v1/dictionaries/${await freshDictionaryDraft()}/versions/1/publish`)
      .set('If-Match', '"r1"'),                                                      [401, 403,  403,  403,  403,  403,  ok,   403,  403]),

  // The audit log: supervisors, auditors and administrators.
  row('GET', '/audit', ({ agent }) => agent.get('/api/v1/audit'),                    [401, 403,  403,  403,  403,  403,  ok,   ok,   ok]),
  row('GET', '/audit/verify', ({ agent, fixtures }) =>
    agent.get(`/api/v1/audit/verify?requestId=${fixtures.requestId}`),              [401, 403,  403,  403,  403,  403,  ok,   ok,   ok]),
  row('GET', '/audit/export.csv', ({ agent }) => agent.get('/api/v1/audit/export.csv'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   ok]),
  row('GET', '/audit/export.xlsx', ({ agent }) => agent.get('/api/v1/audit/export.xlsx'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   ok]),
  // The Temporal codec: administrators only (every request's raw data in clear). An unsealed payload, so no cell
  // writes an audit entry; the codec test checks what a real sealed payload does.
  row('POST', '/temporal-codec/decode', ({ agent }) =>
    agent.post('/api/v1/temporal-codec/decode').send({ payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'MQ==' }] }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  row('POST', '/temporal-codec/encode', ({ agent }) =>
    agent.post('/api/v1/temporal-codec/encode').send({ payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'MQ==' }] }),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   403,  403]),
  // A batch answers 200 with each task's result; a reject without an opinion changes nothing.
  row('POST', '/tasks/batch-actions', ({ agent, fixtures }) =>
    agent.post('/api/v1/tasks/batch-actions').send({ action: 'reject', taskIds: [fixtures.taskId] }),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  // Saved views: everyone keeps their own; each cell acts on a view of the caller's.
  row('GET', '/me/views', ({ agent }) => agent.get('/api/v1/me/views'),             [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/me/views', ({ agent }) =>
    agent.post('/api/v1/me/views').send({ name: randomUUID(), list: 'tasks', filters: { status: 'done' } }),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('PUT', '/me/views/:id', async ({ agent, caller }) =>
    agent.put(`/api/v1/me/views/${await freshView(caller)}`).send({ name: randomUUID(), list: 'requests', filters: {} }),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('DELETE', '/me/views/:id', async ({ agent, caller }) =>
    agent.delete(`/api/v1/me/views/${await freshView(caller)}`),                    [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),  // Figures over what each caller may read.
  row('GET', '/stats', ({ agent }) => agent.get('/api/v1/stats'),                    [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),  // The stream stays open: the call reads its first bytes and hangs up.
  // Who has and has not reported: only those who read every report (督办, administrators).
  row('GET', '/stats/growth-point-reports/export.xlsx', ({ agent }) =>
    agent.get('/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=2026-10'),
                                                                                     [401, 403,  403,  403,  403,  403,  ok,   ok,   403]),
  row('GET', '/events', ({ agent }) => openEventStream(agent),                       [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/notifications', ({ agent }) => agent.get('/api/v1/notifications'),   [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('GET', '/notifications/unread-count', ({ agent }) => agent.get('/api/v1/notifications/unread-count'),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  row('POST', '/notifications/read-all', ({ agent }) => agent.post('/api/v1/notifications/read-all'),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),
  // Each cell marks a notification of the caller's own.
  row('POST', '/notifications/:id/read', async ({ agent, caller }) =>
    agent.post(`/api/v1/notifications/${await freshNotification(caller)}/read`),   [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   ok]),  // Attachments: those who work on the request attach; whoever may read it lists and downloads.
  row('POST', '/requests/:id/attachments', ({ agent, fixtures }) =>
    agent.post(`/api/v1/requests/${fixtures.requestId}/attachments?name=scan.pdf`)
      .set('Content-Type', 'application/pdf').send(PDF),                             [401, ok,   404,  ok,   404,  404,  ok,   403,  403]),
  // Uploading into a form not yet submitted: whoever fills forms (applicants, handlers of fill steps); the auditor only reads.
  row('POST', '/attachments', ({ agent }) =>
    agent.post('/api/v1/attachments?name=scan.pdf').set('Content-Type', 'application/pdf').send(PDF),
                                                                                     [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   403]),
  // Each cell takes back a file it just uploaded into a form; who cannot upload tries qiye's submitted one.
  row('DELETE', '/attachments/:id', async ({ agent, fixtures }) =>
    agent.delete(`/api/v1/attachments/${await waitingFileOf(agent, fixtures)}`),   [401, ok,   ok,   ok,   ok,   ok,   ok,   ok,   404]),
  row('GET', '/requests/:id/attachments', ({ agent, fixtures }) =>
    agent.get(`/api/v1/requests/${fixtures.requestId}/attachments`),                [401, ok,   404,  ok,   404,  404,  ok,   ok,   ok]),
  row('GET', '/attachments/:id', ({ agent, fixtures }) =>
    agent.get(`/api/v1/attachments/${fixtures.attachmentId}`),                      [401, ok,   404,  ok,   404,  404,  ok,   ok,   ok]),
];

const agents = new Map<Caller, request.Agent | ReturnType<typeof request>>();
const fixtures = {} as Fixtures;

async function signInAs(caller: Caller) {
  return caller === 'anonymous' ? request(stack.app) : stack.signIn(USERNAMES[caller]);
}

beforeAll(async () => {
  await createUser({ username: 'jingxin', displayName: '李明', roles: ['handler'] });
  await createUser({ username: 'duban', displayName: '督办员', roles: ['supervisor'] });
  await createUser({ username: 'shenji', displayName: '审计员', roles: ['auditor'] });
  fixtures.userId = demoUserId(await createUser({ username: 'daili', displayName: '代理人', roles: ['handler'] }));
  fixtures.orgId = (
    await OrganisationModel.create({ _id: 'org-table-fixture', name: '表格机构', kind: 'department' })
  )._id;
  for (const caller of ROLES_IN_ORDER) agents.set(caller, await signInAs(caller));
  const started = await agents
    .get('applicant of the request’s org')!
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: example })
    .expect(201);
  fixtures.requestId = started.body.id;
  const task = await TaskProjectionModel.findOne({
    requestId: fixtures.requestId,
    assigneeId: demoUserId('zhaoshang'),
    status: 'open',
  }).lean();
  if (!task) throw new Error('zhaoshang holds no open task of the fixture request');
  fixtures.taskId = task._id;
  const attached = await agents
    .get('applicant of the request’s org')!
    .post(`/api/v1/requests/${fixtures.requestId}/attachments?name=fixture.pdf`)
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(201);
  fixtures.attachmentId = attached.body.id;
});

const loanRenewal = seedProcesses.find((process) => process.key === 'loan-renewal')!;

/** Version 1 of a new process (a copy of loan renewal) in the given status; returns its key. */
async function freshDictionaryDraft(): Promise<string> {
  const key = `t-${randomUUID().slice(0, 8)}`;
  await DictionaryVersionModel.create({
    _id: dictionaryVersionId(key, 1),
    key,
    version: 1,
    status: 'draft',
    name: '测试',
    entries: [{ value: 'a', label: '甲' }],
    revision: 1,
  });
  return key;
}

async function freshDefinition(status: 'draft' | 'published'): Promise<string> {
  const key = `t-${randomUUID().slice(0, 8)}`;
  await ProcessVersionModel.create(definitionVersionRecord({ ...loanRenewal, key, version: 1 }, status));
  return key;
}

/** A notification of the caller's own (of the admin's for anonymous, who is refused first). */
/** A file the caller uploads into a form and has not submitted; the fixture's (submitted) file if they may not upload. */
async function waitingFileOf(agent: CallContext['agent'], fixtures: Fixtures): Promise<string> {
  const uploaded = await agent
    .post('/api/v1/attachments?name=draft.pdf')
    .set('Content-Type', 'application/pdf')
    .send(PDF);
  return uploaded.status === 201 ? (uploaded.body.id as string) : fixtures.attachmentId;
}

async function freshNotification(caller: Caller): Promise<string> {
  const userId = demoUserId(caller === 'anonymous' ? 'admin' : USERNAMES[caller]);
  const id = `n-${randomUUID()}`;
  await NotificationModel.create({
    _id: id,
    userId,
    requestId: 'req-x',
    kind: 'test',
    title: { zh: '测试' },
    createdAt: new Date(),
  });
  return id;
}

/**
 * `GET /events` never ends: read the status and the first bytes, then hang up.
 * An error answer (401) is read whole, as JSON.
 */
function openEventStream(agent: request.Agent | ReturnType<typeof request>): PromiseLike<request.Response> {
  return agent
    .get('/api/v1/events')
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (res.headers['content-type']?.startsWith('text/event-stream')) {
          // superagent types the parser's stream as its Response; it is Node's IncomingMessage.
          (res as unknown as IncomingMessage).destroy();
          done(null, text);
        }
      });
      res.on('end', () => done(null, res.headers['content-type']?.includes('json') ? JSON.parse(text) : text));
    })
    .then((response) =>
      Object.assign(response, { text: typeof response.body === 'string' ? response.body : response.text }),
    );
}

/** A saved view of the caller's own (of the admin's for anonymous, who is refused first). */
async function freshView(caller: Caller): Promise<string> {
  const userId = demoUserId(caller === 'anonymous' ? 'admin' : USERNAMES[caller]);
  const id = `view-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await SavedViewModel.create({ _id: id, userId, name: id, list: 'tasks', filters: {} });
  return id;
}

/** An organisation with nobody in it, for a delete. */
async function freshOrganisation(): Promise<string> {
  return (await OrganisationModel.create({ _id: `org-t-${randomUUID().slice(0, 8)}`, name: '待删除', kind: 'bank' }))
    ._id;
}

/** A new request of qiye's, for calls that change it. */
async function freshRequest(): Promise<string> {
  const started = await agents
    .get('applicant of the request’s org')!
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: example })
    .expect(201);
  return started.body.id;
}

const statusClass = (status: number): Outcome | number => (status >= 200 && status < 300 ? ok : status);

describe('the authorization table', () => {
  it('has a row for every endpoint of the table', () => {
    const registered = endpointRoutes(ENDPOINTS);
    const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;
    expect(TABLE.map(key).sort()).toEqual(registered.map(key).sort());
  });

  const cells = TABLE.flatMap((entry) =>
    ROLES_IN_ORDER.map((caller) => [entry.method, entry.path, caller, entry.outcomes[caller], entry] as const),
  );

  it.each(cells)('%s %s as %s → %s', async (method, path, caller, expected, entry) => {
    const response = await entry.call({
      agent: agents.get(caller)!,
      caller,
      freshAgent: () => signInAs(caller),
      fixtures,
    });
    expect(statusClass(response.status)).toBe(expected);

    // The answer is the one the OpenAPI document promises for this route.
    const operation = findOperation(method, path)!;
    if (response.status >= 400) {
      const code = response.body.error?.code as ErrorCode;
      expect(operationErrors(operation)).toContain(code);
      expect(ERRORS[code].status).toBe(response.status);
    } else {
      const documented = operation.responses[response.status];
      expect(documented).toBeDefined();
      if (documented?.schema) {
        const body = documented.contentType?.startsWith('text/') ? response.text : response.body;
        const parsed = documented.schema.safeParse(body);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      }
    }
  });
});

describe('what each caller finds in lists', () => {
  // prettier-ignore
  //                                              anon   appl   other  hold   other  bank   admin  super  audit
  const SEES_REQUEST_IN_LIST = /* GET /requests */ [false, true, false, true, false, false, true, true, true];
  // prettier-ignore
  const SEES_TASK_IN_INBOX = /* GET /tasks */    [false, false, false, true, false, false, false, false, false];

  it.each(ROLES_IN_ORDER.filter((caller) => caller !== 'anonymous'))('as %s', async (caller) => {
    const column = ROLES_IN_ORDER.indexOf(caller);
    const agent = agents.get(caller)!;
    const requests = (await agent.get('/api/v1/requests').expect(200)).body.items as { id: string }[];
    const inbox = (await agent.get('/api/v1/tasks?status=open').expect(200)).body.items as { id: string }[];
    expect({
      request: requests.some((item) => item.id === fixtures.requestId),
      task: inbox.some((item) => item.id === fixtures.taskId),
    }).toEqual({ request: SEES_REQUEST_IN_LIST[column], task: SEES_TASK_IN_INBOX[column] });
  });
});

it('gives a user with no role an empty list of requests, not a 500', async () => {
  // CASL's "nothing" query ($expr) is outside what FerretDB runs; see accessibleFilter.
  const username = await createUser({ username: 'wujuese', roles: [] });
  const agent = await stack.signIn(username);
  expect((await agent.get('/api/v1/requests').expect(200)).body.items).toEqual([]);
});

describe('CASL in memory agrees with the database query it generates', () => {
  /** Every role, on a user of its own; the demo users and one synthetic user per role they lack. */

  it('for requests: can(read) on each document equals membership in accessibleBy(read)', async () => {
    // A second request, from the other enterprise, so that no answer is trivially "all" or "none".
    await agents
      .get('applicant of another org')!
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: example })
      .expect(201);
    const documents = await RequestProjectionModel.find({}).lean();
    expect(new Set(documents.map((document) => document.applicantOrgId)).size).toBeGreaterThan(1);
    await expectCanMatchesQuery('Request', documents, (filter) =>
      RequestProjectionModel.find(filter, { _id: 1 }).lean(),
    );
  });

  it('for tasks: can(read) on each document equals membership in accessibleBy(read)', async () => {
    const documents = await TaskProjectionModel.find({}).lean();
    expect(new Set(documents.map((document) => document.assigneeId)).size).toBeGreaterThan(0);
    await expectCanMatchesQuery('Task', documents, (filter) => TaskProjectionModel.find(filter, { _id: 1 }).lean());
  });

  it('for users: can(read) on each document equals membership in accessibleBy(read)', async () => {
    // A deactivated handler, so that "active" decides something.
    await UserModel.updateOne({ _id: demoUserId('daili') }, { $set: { active: false } });
    const documents = await UserModel.find({}, { passwordHash: 0 }).lean();
    try {
      await expectCanMatchesQuery('User', documents, (filter) => UserModel.find(filter, { _id: 1 }).lean());
    } finally {
      await UserModel.updateOne({ _id: demoUserId('daili') }, { $set: { active: true } });
    }
  });

  it('for organisations: can(read) on each document equals membership in accessibleBy(read)', async () => {
    const documents = await OrganisationModel.find({}).lean();
    expect(new Set(documents.map((document) => document.kind))).toEqual(new Set(['department', 'bank', 'enterprise']));
    await expectCanMatchesQuery('Organisation', documents, (filter) =>
      OrganisationModel.find(filter, { _id: 1 }).lean(),
    );
  });
});

/** For every kind of user: the documents `can('read')` allows are exactly those `accessibleBy` finds. */
async function expectCanMatchesQuery(
  subjectType: 'Request' | 'Task' | 'User' | 'Organisation',
  documents: ({ _id: string } & Record<string, unknown>)[],
  find: (filter: Record<string, unknown>) => PromiseLike<{ _id: string }[]>,
): Promise<void> {
  const ids = documents.map((document) => document._id);
  for (const user of await abilityUsers()) {
    const ability = defineAbilityFor(user);
    const inMemory = documents
      .filter((document) => ability.can('read', subject(subjectType, { ...document }) as never))
      .map((document) => document._id)
      .sort();
    const fromQuery = (await find({ $and: [accessibleFilter(ability, 'read', subjectType), { _id: { $in: ids } }] }))
      .map((document) => document._id)
      .sort();
    expect({ user: user.id, roles: user.roles, ids: fromQuery }).toEqual({
      user: user.id,
      roles: user.roles,
      ids: inMemory,
    });
  }
}

/** The demo users and one user per role (and one with none): every kind of ability. */
async function abilityUsers(): Promise<AbilityUser[]> {
  const demo = await UserModel.find({}, { orgId: 1, roles: 1 }).lean();
  return [
    ...demo.map((user) => ({ id: user._id, orgId: user.orgId, roles: user.roles })),
    ...ROLES.map((role) => ({ id: `u-only-${role}`, orgId: 'org-yipule', roles: [role] })),
    { id: 'u-no-role', orgId: 'org-yipule', roles: [] },
  ];
}
