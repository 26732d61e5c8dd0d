import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { holderSlots, RequestProjectionModel, type RequestProjection } from '@tongban/store';
import { ABC_BANK, CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// Every figure the dashboard shows of requests opens the 办件查询 list with the filters that
// reproduce it: for the same period and process, the figure and the list's 共 N 条 agree.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
type Query = Record<string, string>;

const applicant = { userId: demoUserId('qiye'), displayName: '王丽', orgId: 'org-yipule', orgName: '易普乐生物科技' };
const STATUSES = ['in_progress', 'returned', 'completed', 'rejected', 'withdrawn'] as const;
const LEVELS = ['on_time', 'reminded', 'yellow', 'red'] as const;
const PROCESSES = ['loan-renewal', 'subsidy-application', 'enterprise-demand'];
const OFFICES = [CENTRE._id, ABC_BANK._id, 'org-volume-office'];
/** Who holds a running request now (办理部门): none, one, or two departments at once (并联). */
const HOLDERS = [[], [CENTRE._id], [ABC_BANK._id], [CENTRE._id, 'org-volume-office']];

/** Who holds a request, as the projection writer records it (the list's field and the dashboard's). */
const holdersOf = (orgIds: string[]) => ({ handlingOrgIds: orgIds, ...holderSlots(orgIds) });

/** Requests of the past, spread over statuses, levels, processes, offices and two months. */
function pastRequests(): RequestProjection[] {
  return Array.from({ length: 40 }, (_, index) => {
    const status = STATUSES[index % STATUSES.length]!;
    const running = status === 'in_progress' || status === 'returned';
    return {
      _id: `req-figure-${index}`,
      revision: 2,
      processKey: PROCESSES[index % PROCESSES.length]!,
      processVersion: 1,
      processName: { zh: `事项${index % PROCESSES.length}` },
      formKey: 'loan-renewal-application',
      formVersion: 1,
      status,
      applicant,
      applicantOrgId: applicant.orgId,
      data: {},
      stepData: {},
      steps: [],
      currentStepIds: [],
      timeline: [],
      participantIds: [],
      createdAt: new Date(Date.UTC(2025, 9, 1) + index * 36 * 3_600_000).toISOString(),
      updatedAt: '2025-12-01T00:00:00.000Z',
      ...(status === 'completed' ? { completedAt: '2025-12-01T00:00:00.000Z' } : {}),
      // Every seventh has no office: projected before offices were recorded.
      ...(index % 7 === 6 ? {} : { acceptingOrgId: OFFICES[index % OFFICES.length] }),
      ...(running && index % 3 !== 0 ? { deadlineLevel: LEVELS[index % LEVELS.length] } : {}),
      // Every eleventh running one was projected before handling departments were recorded.
      ...(index % 11 === 10 ? {} : holdersOf(running ? HOLDERS[index % HOLDERS.length]! : [])),
    };
  });
}

let duban: Agent;

beforeAll(async () => {
  await RequestProjectionModel.create(pastRequests() as never);
  duban = await stack.signIn(await createUser({ username: 'duban', roles: ['supervisor'] }));
  const qiye = await stack.signIn('qiye');
  for (let i = 0; i < 2; i++)
    await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
      .expect(201);
});

const search = (query: Query) => new URLSearchParams(query).toString();

async function listed(query: Query): Promise<number> {
  return (await duban.get(`/api/v1/requests?pageSize=1&${search(query)}`).expect(200)).body.total;
}

interface Stats {
  requests: { total: number; byStatus: Record<string, number>; byDeadline: Record<string, number> };
  processes: { processKey: string; total: number; completed: number }[];
  acceptingOrgs: { orgId: string; total: number; inProgress: number }[];
  departments: { orgId: string; inProgress: number; overdue: number }[];
}

/** Each request figure and the list filters the dashboard opens for it (its period and process added). */
function figures(stats: Stats): [string, number, Query][] {
  const overdue = (stats.requests.byDeadline.yellow ?? 0) + (stats.requests.byDeadline.red ?? 0);
  return [
    ['total', stats.requests.total, {}],
    ...STATUSES.map((status): [string, number, Query] => [status, stats.requests.byStatus[status] ?? 0, { status }]),
    ...LEVELS.map((level): [string, number, Query] => [
      level,
      stats.requests.byDeadline[level] ?? 0,
      { deadline: level },
    ]),
    ['overdue', overdue, { deadline: 'overdue' }],
    ...stats.processes.flatMap((process): [string, number, Query][] => [
      [process.processKey, process.total, { processKey: process.processKey }],
      [`${process.processKey} completed`, process.completed, { processKey: process.processKey, status: 'completed' }],
    ]),
    ...stats.acceptingOrgs.flatMap((office): [string, number, Query][] => [
      [office.orgId, office.total, { orgId: office.orgId }],
      [`${office.orgId} in progress`, office.inProgress, { orgId: office.orgId, status: 'in_progress' }],
    ]),
    ...stats.departments.flatMap((department): [string, number, Query][] => [
      [`${department.orgId} handling`, department.inProgress, { handlingOrgId: department.orgId }],
      [
        `${department.orgId} handling overdue`,
        department.overdue,
        { handlingOrgId: department.orgId, deadline: 'overdue' },
      ],
    ]),
  ];
}

it.each([
  ['the whole city', {}],
  ['one process', { processKey: 'loan-renewal' }],
  ['a period', { from: '2025-10-20T00:00:00.000Z', to: '2025-11-20T00:00:00.000Z' }],
  [
    'a process in a period',
    { processKey: 'subsidy-application', from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z' },
  ],
])('shows for %s the same count as the list the figure opens', async (_, narrow: Query) => {
  const stats = (await duban.get(`/api/v1/stats?${search(narrow)}`).expect(200)).body as Stats;
  expect(stats.requests.total).toBeGreaterThan(0);
  // The two requests filed here wait at the centre; the past ones are held by up to three departments.
  expect(stats.departments.length).toBeGreaterThan(0);
  const shown = figures(stats);
  const counted = await Promise.all(shown.map(([, , query]) => listed({ ...narrow, ...query })));
  expect(shown.map(([name], index) => [name, counted[index]])).toEqual(shown.map(([name, count]) => [name, count]));
});
