import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loanRenewalApplicationFormV2 } from '@tongban/forms';
import { definitionVersionRecord, organisationSearchGrams, ProcessVersionModel, searchGramsOf } from '@tongban/store';
import { loanRenewalProcess } from '@tongban/workflows';
import mongoose from 'mongoose';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../app';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';
import { openEventStream, type EventStreamClient } from '../../test/sse-client';
import { useTestStack } from '../../test/test-stack';
import {
  insertCopies,
  insertRequestClones,
  randomSessionId,
  readRequestTemplate,
  type CloneSpec,
  type RequestTemplate,
} from './city-volume';
import { commandOrigin, originOfActivities, recordCommands, type CommandRecording } from './command-recorder';
import {
  describeFailure,
  judge,
  SMALL_TABLES,
  SORTED_AMONG_OWN_ROWS,
  writeTable,
  type Verdict,
} from './query-plan-verdicts';

// Issue 11: every read and write of the hot path goes by `_id` or an index. A working session
// runs over HTTP against the API and the in-process worker on a database holding a city's worth
// of requests, people and sessions; every command they send is recorded (driver command
// monitoring), and each distinct query shape is explained by FerretDB, whose answer carries
// PostgreSQL's plan. A plan that reads a collection's table whole fails, unless the shape is in
// SMALL_TABLES (query-plan-verdicts.ts); a paged list must sort, limit and count in PostgreSQL.

/** How much the database holds besides the session's own documents. */
const CLONED_REQUESTS = 3_000;
/** Every OPEN_EVERY-th cloned request is still open (待办). */
const OPEN_EVERY = 5;
/** Enterprises, each with one applicant and a session. */
const ENTERPRISES = 1_500;
/** Handlers besides the demo ones: the demo handler and bank officer hold 2 in 10 of the cloned requests. */
const OTHER_HANDLERS = 10;
/** The demo enterprise files one in a hundred cloned requests. */
const DEMO_ENTERPRISE_EVERY = 100;

const PROCESS_KEY = 'statements-upload';
/** 云梦县招商服务中心, which accepts the loan renewals (its first step). */
const CENTRE_ID = 'org-yunmeng-investment-centre';
/** The demo enterprise's 统一社会信用代码, given to it once the city's enterprises are copied from it. */
const YIPULE_CREDIT_CODE = '91420923MA4F5XK27X';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// Before the stack connects: the driver emits command events only on a client made with monitorCommands.
beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI comes from the jest harness: run through jest');
  await mongoose.connect(uri, { monitorCommands: true, autoIndex: false, serverSelectionTimeoutMS: 10_000 });
});
const stack = useTestStack({ worker: { interceptors: { activity: [originOfActivities] } } });

type Agent = ReturnType<typeof request.agent>;
let server: http.Server;
let base: string;
let recording: CommandRecording;
let verdicts: Verdict[];

beforeAll(async () => {
  // The API on a real port (the events stream needs one), marking each request's commands with its route.
  const app = createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false, eventPollMs: 200 });
  server = http.createServer((req, res) => commandOrigin.run(routeOf(req), () => app(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Loan renewal on the application form with 近三个月财务报表, so files ride with the form.
  await ProcessVersionModel.create(
    definitionVersionRecord(
      {
        ...loanRenewalProcess,
        key: PROCESS_KEY,
        form: { key: 'loan-renewal-application', version: 2 },
        // The centre has five working days: 待办 can be sorted by deadline.
        steps: loanRenewalProcess.steps.map((step) =>
          step.id === 'centre-verify' && step.type === 'approval' ? { ...step, sla: { workingDays: 5 } } : step,
        ),
      },
      'published',
    ),
  );
  await fillTheCity();

  recording = recordCommands(mongoose.connection.getClient());
  try {
    await workingSession();
  } finally {
    recording.stop();
  }
  verdicts = await withSequentialScansDisfavoured(() => judge(recording.queries));
  writeTable(verdicts, recording);
}, 900_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('records the queries of every part of the session', () => {
  const phases = new Set(recording.queries.map((query) => query.phase));
  expect([...SESSION_PHASES].filter((phase) => !phases.has(phase))).toEqual([]);
  expect(recording.queries.some((query) => query.origin.startsWith('activity '))).toBe(true);
});

it('reads no table whole: every query goes by _id or an index', () => {
  const failures = verdicts.filter((verdict) => verdict.scans && !verdict.allowed);
  expect(failures.map(describeFailure('scans'))).toEqual([]);
});

it('sorts, limits and counts paged lists in PostgreSQL', () => {
  const failures = verdicts.filter(
    (verdict) => verdict.notPushedDown && !verdict.allowed && !SORTED_AMONG_OWN_ROWS.has(verdict.shape),
  );
  expect(failures.map(describeFailure('notPushedDown'))).toEqual([]);
});

it('allows whole reads, and sorting in FerretDB, only of shapes the session makes', () => {
  const seen = new Set(verdicts.map((verdict) => verdict.shape));
  expect([...SMALL_TABLES.keys(), ...SORTED_AMONG_OWN_ROWS.keys()].filter((shape) => !seen.has(shape))).toEqual([]);
});

/** The route of an HTTP request with ids taken out: `GET /api/v1/tasks/:id`, query keys kept. */
function routeOf(req: http.IncomingMessage): string {
  const [pathname = '', search] = (req.url ?? '').split('?');
  const route = pathname.replace(/\/(?!v1(?:\/|$))(req-[^/]+|u-[^/]+|att-[^/]+|[^/]*\d[^/]*)(?=\/|$)/g, '/:id');
  const keys = search
    ? [...new URLSearchParams(search)].map(([key, value]) => (key === 'status' ? `${key}=${value}` : key))
    : [];
  return `${req.method} ${route}${keys.length ? `?${keys.join('&')}` : ''}`;
}

// --- the city ---------------------------------------------------------------------------------

/** Two real requests as templates (one open at the service centre, one 办结), then the clones. */
async function fillTheCity(): Promise<void> {
  const qiye = await signIn('qiye');
  const open = await startRequest(qiye);
  const openTemplate = await readRequestTemplate(open);
  await approve(await signIn('zhaoshang'), open);
  await approve(await signIn('yinhang'), open);
  const doneTemplate = await readRequestTemplate(open);

  const specs: { spec: CloneSpec; template: RequestTemplate }[] = [];
  for (let index = 0; index < CLONED_REQUESTS; index++) {
    const replaceValues = new Map<string, string>();
    if (index % DEMO_ENTERPRISE_EVERY !== 0) {
      replaceValues.set(demoUserId('qiye'), `u-volume-applicant-${index % ENTERPRISES}`);
      replaceValues.set('org-yipule', `org-volume-${index % ENTERPRISES}`);
    }
    if (index % 10 >= 2) {
      replaceValues.set(demoUserId('zhaoshang'), `u-volume-handler-${index % OTHER_HANDLERS}`);
      replaceValues.set(demoUserId('yinhang'), `u-volume-bank-${index % OTHER_HANDLERS}`);
    }
    specs.push({
      template: index % OPEN_EVERY === 0 ? openTemplate : doneTemplate,
      spec: {
        requestId: `req-volume-${String(index).padStart(6, '0')}`,
        // A minute apart from 2025-01-01: older than the session's requests, in a stable order.
        createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
        replaceValues,
      },
    });
  }
  for (const template of [openTemplate, doneTemplate])
    await insertRequestClones(
      template,
      specs.filter((entry) => entry.template === template).map((entry) => entry.spec),
    );

  const db = mongoose.connection.db!;
  // Every other open clone of the demo handler's is of a step without a time limit: 待办 by
  // deadline then reads both its index ranges (with a deadline, then without).
  await db
    .collection('tasks')
    .updateMany(
      { requestId: { $regex: /^req-volume-\d{4}[02468]0$/ } },
      { $unset: { dueAt: '', remindAt: '', redAt: '' } },
    );
  const organisation = await db.collection('organisations').findOne({ _id: 'org-yipule' as never });
  const user = (username: string) => db.collection('users').findOne({ username });
  const [applicant, handler, banker, session] = await Promise.all([
    user('qiye'),
    user('zhaoshang'),
    user('yinhang'),
    db.collection('sessions').findOne({ userId: demoUserId('qiye') }),
  ]);
  if (!organisation || !applicant || !handler || !banker || !session) throw new Error('the seed data is missing');
  await insertCopies('organisations', organisation, ENTERPRISES, (index) => ({
    _id: `org-volume-${index}`,
    name: `企业${index}`,
    // Each enterprise its own code: the template's would make every copy a match for part of 易普乐's.
    creditCode: `VOLUME${index}`,
    searchGrams: searchGramsOf(`企业${index}`, `VOLUME${index}`),
  }));
  await insertCopies('users', applicant, ENTERPRISES, (index) => ({
    _id: `u-volume-applicant-${index}`,
    username: `volume-applicant-${index}`,
    displayName: `申请人${index}`,
    orgId: `org-volume-${index}`,
  }));
  for (const [template, kind] of [
    [handler, 'handler'],
    [banker, 'bank'],
  ] as const)
    await insertCopies('users', template, OTHER_HANDLERS, (index) => ({
      _id: `u-volume-${kind}-${index}`,
      username: `volume-${kind}-${index}`,
    }));
  await insertCopies('sessions', session, ENTERPRISES, (index) => ({
    _id: randomSessionId(),
    userId: `u-volume-applicant-${index}`,
  }));
  await db.collection('organisations').updateOne(
    { _id: 'org-yipule' as never },
    {
      $set: {
        creditCode: YIPULE_CREDIT_CODE,
        searchGrams: organisationSearchGrams({ name: organisation.name as string, creditCode: YIPULE_CREDIT_CODE }),
      },
    },
  );
  // 办件查询's readers: a supervisor, and a window clerk of the centre (who has filed nothing: an empty 我代办的).
  for (const [username, roles] of [
    ['duban', ['supervisor']],
    ['chuangkou', ['window']],
  ] as const)
    await insertCopies('users', handler, 1, () => ({
      _id: demoUserId(username),
      username,
      displayName: username,
      roles,
    }));
  // Failed sign-ins of the last quarter hour across the city: a slot per failure (login-attempts.ts).
  await db.collection('login_attempts').insertMany(
    Array.from({ length: ENTERPRISES }, (_, index) => ({
      _id: `user:volume-applicant-${index}#1` as never,
      at: new Date(),
    })),
  );
  await refreshPlannerStatistics();
}

/**
 * PostgreSQL plans from statistics its autovacuum gathers a while after data arrives; right
 * after the bulk load it would still guess, as a running city's database never does. So the
 * test gathers them at once, as autovacuum would (only when the harness runs FerretDB on its
 * own PostgreSQL; MongoDB keeps no such statistics).
 */
async function refreshPlannerStatistics(): Promise<void> {
  await onPostgres((client) => client.query('ANALYZE'));
}

/**
 * Runs `judge` while PostgreSQL avoids sequential scans wherever an index can serve a query
 * (`enable_seqscan = off`, for every session, FerretDB's pooled ones included, until reset).
 * A small table is rightly read whole by the planner however it is indexed; with scans
 * disfavoured, a Seq Scan left in a plan means that no index can serve the query at all, which
 * is what the test is after, whatever the volume the session ran on.
 */
async function withSequentialScansDisfavoured<T>(judge: () => Promise<T>): Promise<T> {
  await onPostgres(async (client) => {
    await client.query('ALTER SYSTEM SET enable_seqscan = off');
    await client.query('SELECT pg_reload_conf()');
  });
  try {
    return await judge();
  } finally {
    await onPostgres(async (client) => {
      await client.query('ALTER SYSTEM RESET enable_seqscan');
      await client.query('SELECT pg_reload_conf()');
    });
  }
}

/** Runs `work` on the PostgreSQL beneath FerretDB, when the harness started one. */
async function onPostgres(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const url = process.env.TONGBAN_TEST_POSTGRESQL_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

// --- the session ------------------------------------------------------------------------------

const SESSION_PHASES = [
  'sign in',
  'catalogue',
  'start a request with a file',
  'inbox',
  'open a task',
  'approve',
  "the bank's inbox and approve",
  'request detail with timeline',
  '我的办件',
  '办件查询',
  'notifications',
  'audit',
  'attachments',
  'withdraw',
  '导出 Excel',
  'events catch-up',
] as const;

async function phase(name: (typeof SESSION_PHASES)[number], run: () => Promise<void>): Promise<void> {
  recording.setPhase(name);
  await run();
}

/** What people do in a day, over HTTP, each step named so a query says where it came from. */
async function workingSession(): Promise<void> {
  let qiye: Agent;
  let stream: EventStreamClient | undefined;
  let requestId = '';
  let zhaoshang: Agent;
  let taskId = '';
  try {
    await phase('sign in', async () => {
      qiye = await signIn('qiye');
      await qiye.get('/api/v1/auth/me').expect(200);
      stream = await openEventStream(base, { cookie: cookieOf(qiye) });
    });
    await phase('catalogue', async () => {
      await qiye.get('/api/v1/processes').expect(200);
      // 沿用上次填写: the enterprise's latest request of the process, among the city's.
      const previous = await qiye.get(`/api/v1/processes/${PROCESS_KEY}/previous-application`).expect(200);
      expect(previous.body.previous).toBeTruthy();
    });
    await phase('start a request with a file', async () => {
      requestId = await startRequest(qiye);
    });
    await phase('inbox', async () => {
      zhaoshang = await signIn('zhaoshang');
      const open = await zhaoshang.get('/api/v1/tasks?status=open&page=1&pageSize=20').expect(200);
      expect(open.body.total).toBeGreaterThan(20);
      await zhaoshang.get('/api/v1/tasks?status=open&page=2&pageSize=20').expect(200);
      // 待办 by deadline, across the end of the tasks that have one; the tab counts and the 待办 badge.
      const due = await zhaoshang.get('/api/v1/tasks?status=open&sort=due&page=1&pageSize=20').expect(200);
      const lastPage = Math.ceil(due.body.total / 20);
      await zhaoshang.get(`/api/v1/tasks?status=open&sort=due&page=${lastPage}&pageSize=20`).expect(200);
      await zhaoshang.get('/api/v1/tasks/counts').expect(200);
      await zhaoshang.get('/api/v1/tasks?status=done').expect(200);
      await zhaoshang.get('/api/v1/tasks?status=cc').expect(200);
      await zhaoshang.get(`/api/v1/tasks?status=open&q=${encodeURIComponent('易普乐')}`).expect(200);
      await zhaoshang.get(`/api/v1/tasks?status=open&processKey=${PROCESS_KEY}`).expect(200);
      taskId = await openTaskOf(zhaoshang, requestId);
    });
    await phase('open a task', async () => {
      await zhaoshang.get(`/api/v1/tasks/${taskId}`).expect(200);
    });
    await phase('approve', async () => {
      await zhaoshang
        .post(`/api/v1/tasks/${taskId}/actions`)
        .set('Idempotency-Key', randomUUID())
        .send({ action: 'approve', comment: '材料齐全' })
        .expect(200);
    });
    await phase("the bank's inbox and approve", async () => {
      const yinhang = await signIn('yinhang');
      const bankTask = await openTaskOf(yinhang, requestId);
      await yinhang.get(`/api/v1/tasks/${bankTask}`).expect(200);
      await yinhang
        .post(`/api/v1/tasks/${bankTask}/actions`)
        .set('Idempotency-Key', randomUUID())
        .send({ action: 'approve', comment: '同意续贷' })
        .expect(200);
    });
    await phase('request detail with timeline', async () => {
      const detail = await qiye.get(`/api/v1/requests/${requestId}`).expect(200);
      expect(detail.body.status).toBe('completed');
    });
    await phase('我的办件', async () => {
      await qiye.get('/api/v1/requests?started=me').expect(200);
      await qiye.get('/api/v1/requests').expect(200);
      await qiye.get('/api/v1/requests?status=in_progress&page=1&pageSize=20').expect(200);
      await zhaoshang.get(`/api/v1/requests?q=${encodeURIComponent('易普乐')}`).expect(200);
      // A whole 办件编号 is one equality, which the index serves.
      const { number } = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body as { number: string };
      await zhaoshang.get(`/api/v1/requests?q=${encodeURIComponent(number)}`).expect(200);
      await zhaoshang.get(`/api/v1/tasks?status=done&q=${encodeURIComponent(number)}`).expect(200);
    });
    await phase('办件查询', async () => {
      // The supervisor's city-wide list: each filter alone and together, paged and counted, and its export.
      const duban = await signIn('duban');
      const { number } = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body as { number: string };
      const city = await duban.get('/api/v1/requests?page=1&pageSize=20').expect(200);
      expect(city.body.total).toBeGreaterThan(CLONED_REQUESTS);
      for (const filter of [
        `processKey=${PROCESS_KEY}`,
        'status=in_progress',
        `orgId=${CENTRE_ID}`,
        'applicantOrgId=org-yipule',
        'deadline=on_time',
        'deadline=overdue',
        'from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z',
        `status=in_progress&orgId=${CENTRE_ID}&processKey=${PROCESS_KEY}`,
        // 办理部门, as a dashboard bar opens it: what the centre holds now, and of that the overdue.
        // handlingOrgIds is an array: explain shows the exact plan, but at run time the patch's guard
        // finds arrays and the stock path answers, through the field's GIN index (never the whole
        // table), sorting and counting in FerretDB among the requests that organisation holds now.
        `handlingOrgId=${CENTRE_ID}`,
        `handlingOrgId=${CENTRE_ID}&deadline=overdue`,
        `q=${encodeURIComponent(number)}`,
        `q=${encodeURIComponent(number.slice(0, -3))}`,
        `q=${YIPULE_CREDIT_CODE}`,
        `q=${encodeURIComponent('易普乐')}`,
        // Any part of the name, as people type it without the start.
        `q=${encodeURIComponent('普乐生物')}`,
      ])
        await duban.get(`/api/v1/requests?${filter}&page=2&pageSize=20`).expect(200);
      await duban.get(`/api/v1/requests/export.xlsx?status=in_progress&orgId=${CENTRE_ID}`).expect(200);
      // The dashboard the supervisor lands on, for the city, one process and a period: every figure an index count.
      for (const scope of ['', `?processKey=${PROCESS_KEY}`, '?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z'])
        await duban.get(`/api/v1/stats${scope}`).expect(200);
      // 我代办的: what the window clerk filed; the enterprise they file for, by part of its name or code.
      const chuangkou = await signIn('chuangkou');
      await chuangkou.get('/api/v1/requests?filedBy=me&page=1&pageSize=20').expect(200);
      for (const q of ['普乐', '易普乐生物科技', YIPULE_CREDIT_CODE.slice(2, 10)]) {
        const found = await chuangkou
          .get(`/api/v1/organisations?kind=enterprise&q=${encodeURIComponent(q)}&page=1&pageSize=20`)
          .expect(200);
        expect(found.body.items.map((org: { id: string }) => org.id)).toContain('org-yipule');
      }
    });
    await phase('导出 Excel', async () => {
      // Each export reads its list's filter through one cursor in the list's index order.
      await qiye.get('/api/v1/requests/export.xlsx?status=in_progress').expect(200);
      await zhaoshang.get('/api/v1/tasks/export.xlsx?status=open&sort=due').expect(200);
      await zhaoshang.get('/api/v1/tasks/export.xlsx?status=done').expect(200);
      await (await signIn('admin')).get(`/api/v1/audit/export.xlsx?requestId=${requestId}`).expect(200);
    });
    await phase('notifications', async () => {
      const list = await zhaoshang.get('/api/v1/notifications').expect(200);
      await zhaoshang.get('/api/v1/notifications/unread-count').expect(200);
      const first = (list.body.items as { id: string }[])[0];
      if (!first) throw new Error('the handler has no notification');
      await zhaoshang.post(`/api/v1/notifications/${first.id}/read`).expect(204);
      await zhaoshang.post('/api/v1/notifications/read-all').expect(200);
    });
    await phase('audit', async () => {
      const admin = await signIn('admin');
      await admin.get('/api/v1/audit').expect(200);
      await admin.get(`/api/v1/audit?requestId=${requestId}`).expect(200);
      const { number } = (await admin.get(`/api/v1/requests/${requestId}`).expect(200)).body as { number: string };
      await admin.get(`/api/v1/audit?requestId=${encodeURIComponent(number)}`).expect(200);
      await admin.get(`/api/v1/audit/verify?requestId=${requestId}`).expect(200);
    });
    await phase('attachments', async () => {
      const added = await zhaoshang
        .post(`/api/v1/requests/${requestId}/attachments?name=${encodeURIComponent('现场照片.pdf')}`)
        .set('Content-Type', 'application/pdf')
        .send(PDF)
        .expect(201);
      const listed = await qiye.get(`/api/v1/requests/${requestId}/attachments`).expect(200);
      expect(listed.body.items).toHaveLength(2);
      await qiye.get(`/api/v1/attachments/${added.body.id}`).expect(200);
    });
    let lastEventId: string | undefined;
    let withdrawn = '';
    await phase('withdraw', async () => {
      withdrawn = await startRequest(qiye);
      lastEventId = stream?.lastEventId;
      stream?.close();
      await qiye
        .post(`/api/v1/requests/${withdrawn}/actions`)
        .set('Idempotency-Key', randomUUID())
        .send({ action: 'withdraw', comment: '已与银行达成一致' })
        .expect(200);
    });
    await phase('events catch-up', async () => {
      // Reconnecting with the last id replays what changed since: the withdrawal.
      stream = await openEventStream(base, { cookie: cookieOf(qiye), ...(lastEventId ? { lastEventId } : {}) });
      await stream.waitFor((event) => event.event === 'request' && event.data.requestId === withdrawn);
    });
  } finally {
    stream?.close();
  }
}

/** The session cookie of each signed-in agent, for the events stream (which is not supertest's). */
const cookies = new WeakMap<Agent, string>();

async function signIn(username: string): Promise<Agent> {
  const agent = request.agent(base);
  const response = await agent.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
  cookies.set(agent, (response.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!);
  return agent;
}

function cookieOf(agent: Agent): string {
  const cookie = cookies.get(agent);
  if (!cookie) throw new Error('that agent never signed in');
  return cookie;
}

/** The application form with one statement uploaded into it, as the browser files it. */
async function startRequest(agent: Agent): Promise<string> {
  const upload = await agent
    .post(`/api/v1/attachments?name=${encodeURIComponent('2026年10月资产负债表.pdf')}`)
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(201);
  const statement = {
    id: upload.body.id,
    name: '2026年10月资产负债表.pdf',
    size: PDF.length,
    contentType: 'application/pdf',
  };
  const started = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({
      processKey: PROCESS_KEY,
      data: { ...loanRenewalApplicationFormV2.example, financialStatements: [statement] },
    })
    .expect(201);
  return started.body.id as string;
}

async function openTaskOf(agent: Agent, requestId: string): Promise<string> {
  const inbox = await agent.get('/api/v1/tasks?status=open&page=1&pageSize=20').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
  if (!task) throw new Error(`no open task for ${requestId} on the first page`);
  return task.id;
}

async function approve(agent: Agent, requestId: string): Promise<void> {
  await agent
    .post(`/api/v1/tasks/${await openTaskOf(agent, requestId)}/actions`)
    .set('Idempotency-Key', randomUUID())
    .send({ action: 'approve' })
    .expect(200);
}
