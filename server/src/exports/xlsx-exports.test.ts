import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { OrganisationModel, RequestProjectionModel, UserModel, type RequestProjection } from '@tongban/store';
import { growthPointRequestId } from '@tongban/workflows';
import ExcelJS from 'exceljs';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';
import { XLSX_TYPE } from './stream-xlsx';

// Every list's Excel export, downloaded over HTTP from the real stack and opened with ExcelJS: the
// headers in the caller's language, the rows the list would show, its filters and permissions.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

let qiye: Agent;
let zhaoshang: Agent;
let yinhang: Agent;
let duban: Agent;
/** qiye's two requests (易普乐) and qiye2's one (英联), in the order they were filed. */
const yipule: string[] = [];
let yinglian: string;

async function submit(agent: Agent): Promise<string> {
  const response = await agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error('the projections did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface Sheet {
  name: string;
  header: unknown[];
  rows: unknown[][];
}

/** Downloads an export and reads its one sheet: the header row and the rows under it. */
async function download(agent: Agent, url: string, language?: 'en'): Promise<Sheet> {
  let call = agent.get(url);
  if (language) call = call.set('Accept-Language', language);
  const response = await call
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  expect(response.headers['content-type']).toContain(XLSX_TYPE);
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="?[\w-]+\.xlsx"?$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const [header = [], ...rows] = sheet
    .getRows(1, sheet.rowCount)!
    .map((row) => Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? undefined));
  return { name: sheet.name, header, rows };
}

const column = (sheet: Sheet, name: string) => sheet.rows.map((row) => row[sheet.header.indexOf(name)]);

beforeAll(async () => {
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
  yinhang = await stack.signIn('yinhang');
  duban = await stack.signIn(await createUser({ username: 'duban', displayName: '督办', roles: ['supervisor'] }));
  yipule.push(await submit(qiye), await submit(qiye));
  yinglian = await submit(await stack.signIn('qiye2'));
  // The centre verifies qiye's first request: it moves on to the bank.
  const tasks = await waitFor(
    async () => (await zhaoshang.get('/api/v1/tasks?status=open').expect(200)).body.items,
    (items: unknown[]) => items.length === 3,
  );
  const first = (tasks as { id: string; requestId: string }[]).find((task) => task.requestId === yipule[0])!;
  await zhaoshang
    .post(`/api/v1/tasks/${first.id}/actions`)
    .send({ action: 'approve', comment: '核实无误' })
    .expect(200);
  await waitFor(
    async () => (await yinhang.get('/api/v1/tasks?status=open').expect(200)).body.total as number,
    (total) => total === 1,
  );
});

describe('GET /requests/export.xlsx', () => {
  it('exports what the list shows, with Chinese headers, China times and status labels', async () => {
    const sheet = await download(duban, '/api/v1/requests/export.xlsx');
    expect(sheet.name).toBe('办件');
    expect(sheet.header).toEqual([
      '办件编号',
      '办理事项',
      '状态',
      '当前环节',
      '申请单位',
      '申请人',
      '代办窗口',
      '提交时间',
      '更新时间',
      '办结时间',
    ]);
    const list = (await duban.get('/api/v1/requests?pageSize=100').expect(200)).body;
    // The list's rows in the list's order, by 办件编号.
    expect(column(sheet, '办件编号')).toEqual(
      list.items.map((item: { number?: string; id: string }) => item.number ?? item.id),
    );
    expect(new Set(column(sheet, '状态'))).toEqual(new Set(['办理中']));
    const submitted = column(sheet, '提交时间')[0] as string;
    const chinaClock = new Date(Date.parse(list.items[0].createdAt) + 8 * 3_600_000).toISOString();
    expect(submitted).toBe(`${chinaClock.slice(0, 10)} ${chinaClock.slice(11, 19)}`);
  });

  it('applies the list’s filters and the caller’s visibility', async () => {
    // An applicant sees their own organisation's requests only.
    const own = await download(qiye, '/api/v1/requests/export.xlsx');
    expect(new Set(column(own, '申请单位'))).toEqual(new Set(['易普乐生物科技']));
    expect(own.rows).toHaveLength(yipule.length);
    // The supervisor's search for 英联 finds that request alone; a status nobody has, none.
    const search = await download(duban, `/api/v1/requests/export.xlsx?q=${encodeURIComponent('英联')}`);
    expect(column(search, '申请单位')).toEqual(['英联科技']);
    const numbers = (await duban.get(`/api/v1/requests/${yinglian}`).expect(200)).body;
    expect(column(search, '办件编号')).toEqual([numbers.number ?? yinglian]);
    expect((await download(duban, '/api/v1/requests/export.xlsx?status=completed')).rows).toEqual([]);
    // The list's schema refuses what the list refuses.
    await duban.get('/api/v1/requests/export.xlsx?status=lost').expect(400);
  });

  it('answers in English for Accept-Language: en', async () => {
    const sheet = await download(qiye, '/api/v1/requests/export.xlsx', 'en');
    expect(sheet.name).toBe('Requests');
    expect(sheet.header.slice(0, 3)).toEqual(['Request number', 'Process', 'Status']);
    expect(new Set(column(sheet, 'Status'))).toEqual(new Set(['In progress']));
  });
});

describe('GET /tasks/export.xlsx', () => {
  it('exports only the caller’s own tasks, view by view', async () => {
    const bank = await download(yinhang, '/api/v1/tasks/export.xlsx?status=open');
    expect(bank.name).toBe('待办');
    expect(bank.header.slice(0, 5)).toEqual(['办件编号', '办理事项', '环节', '申请单位', '状态']);
    expect(column(bank, '申请单位')).toEqual(['易普乐生物科技']);
    expect(column(bank, '状态')).toEqual(['待办']);

    const centre = await download(zhaoshang, '/api/v1/tasks/export.xlsx?status=open&sort=due');
    expect(centre.rows).toHaveLength(2);
    const done = await download(zhaoshang, '/api/v1/tasks/export.xlsx?status=done');
    expect(done.name).toBe('已办');
    expect(column(done, '状态')).toEqual(['已同意']);
    expect(column(done, '办理时间')[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    // The list's filters: only 英联's task.
    const filtered = await download(zhaoshang, `/api/v1/tasks/export.xlsx?q=${encodeURIComponent('英联')}`);
    expect(column(filtered, '申请单位')).toEqual(['英联科技']);
    // An applicant holds no task of these: an empty sheet under the header.
    expect((await download(qiye, '/api/v1/tasks/export.xlsx')).rows).toEqual([]);
  });
});

describe('GET /audit/export.xlsx', () => {
  it('exports the CSV’s columns for auditors and refuses applicants', async () => {
    const sheet = await download(duban, `/api/v1/audit/export.xlsx?requestId=${yipule[0]}`);
    expect(sheet.header.slice(0, 5)).toEqual(['时间', '办件编号', '事项', '序号', '操作']);
    expect(column(sheet, '操作')).toEqual(['提交', '同意']);
    expect(new Set(column(sheet, '办件编号'))).toEqual(new Set([yipule[0]]));
    await qiye.get('/api/v1/audit/export.xlsx').expect(403);
  });
});

describe('GET /stats/growth-point-reports/export.xlsx', () => {
  const reportMonth = '2026-10';
  const group = { _id: 'org-gp-group-test', name: '重大增长点包保测试组', kind: 'department' as const };
  const enterprise = (n: number) => ({
    _id: `org-gp-test-${n}`,
    name: `增长点测试企业${n}`,
    kind: 'enterprise' as const,
    creditCode: `91420900MAGPT0000${n}`,
    growthPoint: { groupId: group._id },
  });
  const report = (n: number, fields: Partial<RequestProjection>): RequestProjection => ({
    _id: growthPointRequestId(reportMonth, `org-gp-test-${n}`),
    revision: 3,
    processKey: 'growth-point-monitoring',
    processVersion: 1,
    processName: { zh: '重大增长点监测', en: 'Growth-point monitoring' },
    formKey: 'growth-point-report-notice',
    formVersion: 1,
    status: 'in_progress',
    applicant: { userId: `user-gp-test-${n}`, displayName: '报送人', orgId: `org-gp-test-${n}`, orgName: '' },
    applicantOrgId: `org-gp-test-${n}`,
    data: { reportMonth },
    stepData: {},
    steps: [],
    currentStepIds: [],
    timeline: [],
    participantIds: [],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  });

  beforeAll(async () => {
    await OrganisationModel.create([group, enterprise(1), enterprise(2), enterprise(3)]);
    await UserModel.create({
      _id: demoUserId('baobao-test'),
      username: 'baobao-test',
      displayName: '包保测试官',
      orgId: group._id,
      roles: ['leader'],
      passwordHash: 'not used',
      active: true,
    });
    // 1 reported on Tue 3 Nov 10:30 China time; 2 has its request but has not reported; 3 has none.
    await RequestProjectionModel.create([
      report(1, {
        status: 'completed',
        completedAt: '2026-11-03T02:30:00.000Z',
        steps: [
          {
            id: 'monthly-report',
            name: { zh: '企业报送月报' },
            type: 'fill',
            status: 'approved',
            startedAt: '2026-11-01T00:00:00.000Z',
            endedAt: '2026-11-03T02:30:00.000Z',
          },
        ],
      }),
      report(2, {
        currentStepIds: ['monthly-report'],
        steps: [
          {
            id: 'monthly-report',
            name: { zh: '企业报送月报' },
            type: 'fill',
            status: 'active',
            startedAt: '2026-11-01T00:00:00.000Z',
          },
        ],
      }),
    ] as never);
  });

  it('lists every monitored enterprise, reported or not, with its 包保 group and official', async () => {
    const sheet = await download(duban, `/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=${reportMonth}`);
    expect(sheet.header).toEqual([
      '企业名称',
      '统一社会信用代码',
      '包保组',
      '包保责任人',
      '报送月份',
      '是否已报送',
      '报送时间',
      '办件编号',
      '办件状态',
    ]);
    expect(sheet.rows).toEqual([
      [
        '增长点测试企业1',
        '91420900MAGPT00001',
        '重大增长点包保测试组',
        '包保测试官',
        reportMonth,
        '已报送',
        '2026-11-03 10:30:00',
        growthPointRequestId(reportMonth, 'org-gp-test-1'),
        '办结',
      ],
      [
        '增长点测试企业2',
        '91420900MAGPT00002',
        '重大增长点包保测试组',
        '包保测试官',
        reportMonth,
        '未报送',
        undefined,
        growthPointRequestId(reportMonth, 'org-gp-test-2'),
        '办理中',
      ],
      [
        '增长点测试企业3',
        '91420900MAGPT00003',
        '重大增长点包保测试组',
        '包保测试官',
        reportMonth,
        '未报送',
        undefined,
        undefined,
        '未开启',
      ],
    ]);
    // Another month: nobody has reported, every enterprise is still listed.
    const next = await download(duban, '/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=2026-11');
    expect(column(next, '是否已报送')).toEqual(['未报送', '未报送', '未报送']);
  });

  it('is for supervisors and administrators only', async () => {
    await qiye.get(`/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=${reportMonth}`).expect(403);
    await zhaoshang.get(`/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=${reportMonth}`).expect(403);
    await duban.get('/api/v1/stats/growth-point-reports/export.xlsx?reportMonth=2026-13').expect(400);
  });
});
