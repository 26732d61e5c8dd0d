import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { OrganisationModel, RequestProjectionModel, type RequestProjection } from '@tongban/store';
import ExcelJS from 'exceljs';
import { ABC_BANK, CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// 办件查询: the request list's filters over HTTP on the real stack. Each narrows what the caller
// may read and never widens it; a supervisor or an auditor reads the whole city.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

const YIPULE = { _id: 'org-yipule', name: '易普乐生物科技', creditCode: '91420923MA4F5XK27X' };
const YINGLIAN = { _id: 'org-yinglian', name: '英联科技', creditCode: '91420900MA49KQ3U1Q' };
const SERVICE_CENTRE = {
  _id: 'org-yunmeng-government-service-centre',
  name: '云梦县政务服务中心',
  nameEn: 'Yunmeng County Government Service Centre',
  kind: 'department' as const,
};
const party = (org: { _id: string; name: string }, username: string) => ({
  userId: demoUserId(username),
  displayName: username,
  orgId: org._id,
  orgName: org.name,
});

/** A request as its projection stands, of the city's past (dates are UTC instants). */
function projection(id: string, fields: Partial<RequestProjection>): RequestProjection {
  return {
    _id: id,
    revision: 3,
    processKey: 'loan-renewal',
    processVersion: 1,
    processName: { zh: '政银企续贷协调' },
    formKey: 'loan-renewal-application',
    formVersion: 1,
    status: 'in_progress',
    applicant: party(YIPULE, 'qiye'),
    applicantOrgId: YIPULE._id,
    data: {},
    stepData: {},
    steps: [],
    currentStepIds: [],
    timeline: [],
    participantIds: [],
    createdAt: '2025-11-02T01:00:00.000Z',
    updatedAt: '2025-11-02T01:00:00.000Z',
    ...fields,
  };
}

/** Four requests whose every listed field differs somewhere, newest first in the list. */
const PAST = [
  projection('req-s1', {
    acceptingOrgId: CENTRE._id,
    deadlineLevel: 'red',
    number: '云梦招商-20251102-0001',
    handlingOrgIds: [CENTRE._id],
  }),
  projection('req-s2', {
    processKey: 'subsidy-application',
    status: 'completed',
    acceptingOrgId: ABC_BANK._id,
    applicant: party(YINGLIAN, 'qiye2'),
    applicantOrgId: YINGLIAN._id,
    createdAt: '2025-11-10T01:00:00.000Z',
  }),
  projection('req-s3', {
    acceptingOrgId: ABC_BANK._id,
    applicant: party(YINGLIAN, 'qiye2'),
    applicantOrgId: YINGLIAN._id,
    deadlineLevel: 'yellow',
    number: '农行云梦-20251120-0001',
    // 并联: the bank and the centre each hold a step of it.
    handlingOrgIds: [ABC_BANK._id, CENTRE._id],
    createdAt: '2025-11-20T01:00:00.000Z',
  }),
  projection('req-s4', {
    status: 'returned',
    acceptingOrgId: CENTRE._id,
    deadlineLevel: 'on_time',
    participantIds: [demoUserId('zhaoshang')],
    handlingOrgIds: [],
    createdAt: '2025-10-01T01:00:00.000Z',
  }),
];
const PAST_IDS = new Set(PAST.map((request) => request._id));

let duban: Agent;
let shenji: Agent;
let qiye: Agent;
let zhaoshang: Agent;
let clerk: Agent;

beforeAll(async () => {
  for (const org of [YIPULE, YINGLIAN])
    await OrganisationModel.updateOne({ _id: org._id }, { $set: { creditCode: org.creditCode } });
  await RequestProjectionModel.create(PAST as never);
  duban = await stack.signIn(await createUser({ username: 'duban', roles: ['supervisor'] }));
  shenji = await stack.signIn(await createUser({ username: 'shenji', roles: ['auditor'] }));
  clerk = await stack.signIn(await createUser({ username: 'chuangkou', roles: ['window'], org: SERVICE_CENTRE }));
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
});

/** The list's answer: the ids of a page (100 a page unless the query says) and the total. */
async function list(agent: Agent, query: string): Promise<{ ids: string[]; total: number }> {
  const paged = query.includes('pageSize=') ? query : `pageSize=100&${query}`;
  const body = (await agent.get(`/api/v1/requests?${paged}`).expect(200)).body;
  return { ids: (body.items as { id: string }[]).map((item) => item.id), total: body.total };
}
const past = async (agent: Agent, query: string) => (await list(agent, query)).ids.filter((id) => PAST_IDS.has(id));

it('narrows the city-wide list by process, status, accepting office, applicant, handling department, deadline level and dates', async () => {
  for (const reader of [duban, shenji]) {
    expect(await past(reader, '')).toEqual(['req-s3', 'req-s2', 'req-s1', 'req-s4']);
    expect(await past(reader, 'processKey=subsidy-application')).toEqual(['req-s2']);
    expect(await past(reader, 'status=in_progress')).toEqual(['req-s3', 'req-s1']);
    expect(await past(reader, `orgId=${ABC_BANK._id}`)).toEqual(['req-s3', 'req-s2']);
    expect(await past(reader, `applicantOrgId=${YINGLIAN._id}`)).toEqual(['req-s3', 'req-s2']);
    expect(await past(reader, 'deadline=red')).toEqual(['req-s1']);
    expect(await past(reader, 'deadline=overdue')).toEqual(['req-s3', 'req-s1']);
    expect(await past(reader, 'deadline=on_time')).toEqual(['req-s4']);
    expect(await past(reader, 'from=2025-11-05T00:00:00Z&to=2025-11-15T00:00:00Z')).toEqual(['req-s2']);
    expect(await past(reader, `status=in_progress&orgId=${CENTRE._id}`)).toEqual(['req-s1']);
    expect(await past(reader, `handlingOrgId=${CENTRE._id}`)).toEqual(['req-s3', 'req-s1']);
    expect(await past(reader, `handlingOrgId=${ABC_BANK._id}`)).toEqual(['req-s3']);
    expect(await past(reader, `handlingOrgId=${CENTRE._id}&deadline=red`)).toEqual(['req-s1']);
    expect(await past(reader, `handlingOrgId=${CENTRE._id}&orgId=${CENTRE._id}`)).toEqual(['req-s1']);
  }
  // Filters that reach only the past requests: the total counts them exactly, and pages go by the server.
  const overdue = await list(duban, 'deadline=overdue&pageSize=1&page=2');
  expect([overdue.total, overdue.ids]).toEqual([2, ['req-s1']]);
});

it('finds by 办件编号 (whole or its start), 统一社会信用代码 or any part of the enterprise’s name', async () => {
  const search = (q: string) => past(duban, `q=${encodeURIComponent(q)}`);
  expect(await search('农行云梦-20251120-0001')).toEqual(['req-s3']);
  expect(await search('云梦招商-2025')).toEqual(['req-s1']);
  expect(await search(YINGLIAN.creditCode)).toEqual(['req-s3', 'req-s2']);
  expect(await search(YIPULE.creditCode.toLowerCase())).toEqual(['req-s1', 'req-s4']);
  expect(await search('英联')).toEqual(['req-s3', 'req-s2']);
  expect(await search('易普乐生物')).toEqual(['req-s1', 'req-s4']);
  // People leave out the start of a name (a city, a trade name they do not say).
  expect(await search('普乐生物')).toEqual(['req-s1', 'req-s4']);
  expect(await search('生物科技')).toEqual(['req-s1', 'req-s4']);
  expect(await search('科技')).toEqual(['req-s3', 'req-s2', 'req-s1', 'req-s4']);
  expect(await search('req-s2')).toEqual(['req-s2']);
  expect((await list(duban, `q=${encodeURIComponent('不存在的企业')}`)).total).toBe(0);
  expect((await list(duban, 'q=91420900MA49KQ3U1X')).total).toBe(0);
});

it('never widens what a caller may read: every filter is within their own list', async () => {
  const queries = [
    '',
    `applicantOrgId=${YINGLIAN._id}`,
    `orgId=${ABC_BANK._id}`,
    'deadline=overdue',
    'status=in_progress',
    `q=${YINGLIAN.creditCode}`,
    `q=${encodeURIComponent('英联')}`,
    'filedBy=me',
    `handlingOrgId=${CENTRE._id}`,
  ];
  for (const agent of [qiye, zhaoshang, clerk]) {
    const own = new Set((await list(agent, '')).ids);
    for (const query of queries) {
      const { ids, total } = await list(agent, query);
      expect(ids.filter((id) => !own.has(id))).toEqual([]);
      expect(total).toBeLessThanOrEqual(own.size);
    }
  }
  // The enterprise asking for another's requests, by filter or by its credit code, gets none.
  expect((await list(qiye, `applicantOrgId=${YINGLIAN._id}`)).total).toBe(0);
  expect((await list(qiye, `q=${YINGLIAN.creditCode}`)).total).toBe(0);
  // The handler sees of the past only the request they took part in, whatever the filter.
  expect(await past(zhaoshang, '')).toEqual(['req-s4']);
  expect(await past(zhaoshang, `orgId=${CENTRE._id}`)).toEqual(['req-s4']);
  expect(await past(zhaoshang, 'deadline=red')).toEqual([]);
  expect(await past(zhaoshang, `handlingOrgId=${CENTRE._id}`)).toEqual([]);
});

it('gives a real request its accepting office, and the window clerk a list of what they filed (我代办的)', async () => {
  const own = await qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  const filed = await clerk
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({
      processKey: 'loan-renewal',
      data: loanRenewalApplicationForm.example,
      onBehalfOf: { userId: demoUserId('qiye') },
    })
    .expect(201);
  // The centre holds the first step of qiye's own request; the window's department accepted the one filed there.
  expect((await list(duban, `orgId=${CENTRE._id}`)).ids).toContain(own.body.id);
  expect((await list(duban, `orgId=${SERVICE_CENTRE._id}`)).ids).toEqual([filed.body.id]);
  expect(await list(clerk, 'filedBy=me')).toEqual({ ids: [filed.body.id], total: 1 });
  // The enterprise sees both as its own, and filed neither at a window.
  expect((await list(qiye, '')).ids).toEqual(expect.arrayContaining([own.body.id, filed.body.id]));
  expect((await list(qiye, 'filedBy=me')).total).toBe(0);
  // A running loan renewal has no time limit on its first step: not late at any level.
  expect((await list(duban, 'deadline=on_time')).ids).not.toContain(own.body.id);
});

it('exports the rows the filtered list shows', async () => {
  const query = `handlingOrgId=${CENTRE._id}&to=2026-01-01T00:00:00Z`;
  const response = await duban
    .get(`/api/v1/requests/export.xlsx?${query}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body as ArrayBuffer);
  const numbers = workbook.worksheets[0]!.getColumn(1).values.slice(2);
  const listed = (await duban.get(`/api/v1/requests?${query}`).expect(200)).body;
  expect(listed.total).toBe(2);
  expect(numbers).toEqual(listed.items.map((item: { id: string; number?: string }) => item.number ?? item.id));
});
