import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import {
  definitionVersionRecord,
  holderSlots,
  ProcessVersionModel,
  RequestProjectionModel,
  TaskProjectionModel,
  workingDaysKey,
  type RequestProjection,
} from '@tongban/store';
import { loanRenewalProcess } from '@tongban/workflows';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// GET /stats over real requests and a few finished ones from last month (as the worker would have projected them).
const stack = useTestStack();
const CENTRE = 'org-yunmeng-investment-centre';
const qiyeParty = { userId: demoUserId('qiye'), displayName: '王丽', orgId: 'org-yipule', orgName: '易普乐生物科技' };

/** A request of the `history` process as its projection stands; dates are UTC instants. */
function historical(id: string, fields: Partial<RequestProjection>): RequestProjection {
  return {
    _id: id,
    revision: 9,
    processKey: 'history',
    processVersion: 1,
    processName: { zh: '历史事项', en: 'Past process' },
    formKey: 'loan-renewal-application',
    formVersion: 1,
    status: 'completed',
    applicant: qiyeParty,
    applicantOrgId: 'org-yipule',
    data: {},
    stepData: {},
    steps: [],
    currentStepIds: [],
    timeline: [],
    participantIds: [demoUserId('zhaoshang')],
    createdAt: '2026-11-02T01:00:00.000Z',
    updatedAt: '2026-11-02T01:00:00.000Z',
    ...fields,
  };
}

beforeAll(async () => {
  // The past process is archived: its requests still count, named as its last version names it.
  await ProcessVersionModel.create(
    definitionVersionRecord(
      { ...loanRenewalProcess, key: 'history', name: { zh: '历史事项', en: 'Past process' } },
      'archived',
    ),
  );
  // Mon 2 Nov 09:00 China → Fri 6 Nov 18:00: three working days have ended (3rd, 4th, 5th); → Fri 13 Nov: eight.
  await RequestProjectionModel.create([
    historical('req-h1', {
      completedAt: '2026-11-06T10:00:00.000Z',
      completedWorkingDays: workingDaysKey(3),
      rating: { grade: 5, at: '2026-11-07T01:00:00.000Z', by: qiyeParty },
      ratingGrade: '5',
    }),
    historical('req-h2', {
      completedAt: '2026-11-13T10:00:00.000Z',
      completedWorkingDays: workingDaysKey(8),
      rating: { grade: 2, at: '2026-11-14T01:00:00.000Z', by: qiyeParty },
      ratingGrade: '2',
    }),
    historical('req-h3', {
      status: 'in_progress',
      steps: [
        {
          id: 'review',
          name: { zh: '审核' },
          type: 'approval',
          status: 'active',
          clock: { dueAt: '2026-11-05T16:00:00.000Z', redAt: '2026-11-09T16:00:00.000Z', level: 'red' },
        },
      ],
      currentStepIds: ['review'],
      deadlineLevel: 'red',
      handlingOrgIds: [CENTRE],
      ...holderSlots([CENTRE]),
    }),
  ] as never);
  await TaskProjectionModel.create({
    _id: 'req-h3.1',
    revision: 9,
    requestId: 'req-h3',
    stepId: 'review',
    stepName: { zh: '审核' },
    processKey: 'history',
    processName: { zh: '历史事项' },
    assigneeId: demoUserId('zhaoshang'),
    assigneeOrgId: CENTRE,
    status: 'open',
    applicantOrgName: '易普乐生物科技',
    createdAt: '2026-11-02T01:00:00.000Z',
  });
});

it('counts requests by status, working days per process and department, overdue and ratings', async () => {
  const qiye = await stack.signIn('qiye');
  const zhaoshang = await stack.signIn('zhaoshang');
  const started = await qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  const task = (await zhaoshang.get('/api/v1/tasks').expect(200)).body.items.find(
    (candidate: { requestId: string }) => candidate.requestId === started.body.id,
  );
  await zhaoshang.post(`/api/v1/tasks/${task.id}/actions`).send({ action: 'approve' }).expect(200);

  const admin = await stack.signIn('admin');
  const stats = (await admin.get('/api/v1/stats').expect(200)).body;
  expect(stats.requests.total).toBe(4);
  expect(stats.requests.byStatus).toEqual({ completed: 2, in_progress: 2 });
  expect(stats.processes.find((process: { processKey: string }) => process.processKey === 'history')).toEqual({
    processKey: 'history',
    processName: '历史事项',
    total: 3,
    completed: 2,
    medianWorkingDays: 3,
    p95WorkingDays: 8,
    ratings: { count: 2, average: 3.5 },
  });
  expect(stats.ratings).toEqual({ count: 2, average: 3.5, byGrade: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 } });
  const centre = stats.departments.find((department: { orgId: string }) => department.orgId === CENTRE);
  expect(centre).toEqual({
    orgId: CENTRE,
    orgName: '云梦县招商服务中心',
    decided: 1,
    medianWorkingDays: 0,
    p95WorkingDays: 0,
    // Of the requests under way, the centre holds the past one (红牌); the bank holds the new one now.
    inProgress: 1,
    overdue: 1,
  });
  expect(stats.departments[0].orgId).toBe(CENTRE); // most overdue first

  const english = (await admin.get('/api/v1/stats?processKey=history').set('Accept-Language', 'en').expect(200)).body;
  expect(english.processes).toEqual([expect.objectContaining({ processName: 'Past process' })]);
  expect(english.departments[0].orgName).toBe('Yunmeng County Investment Service Centre');
  const later = (await admin.get('/api/v1/stats?from=2026-11-03T00:00:00Z').expect(200)).body;
  expect(later.requests.total).toBe(1);
});

it('counts “321” projects per stage and day, and the growth-point reporting rate per month', async () => {
  await RequestProjectionModel.create([
    historical('req-p1', { processKey: 'project-parallel-approval', data: { stage: 'signed' } }),
    historical('req-p2', { processKey: 'project-parallel-approval', data: { stage: 'started' } }),
    historical('req-p3', {
      processKey: 'project-parallel-approval',
      data: { stage: 'in-production' },
      createdAt: '2026-11-03T02:00:00.000Z',
    }),
    historical('req-gp-2026-10-a', {
      processKey: 'growth-point-monitoring',
      data: { reportMonth: '2026-10' },
      stepData: { 'monthly-report': { output: 1 } },
    }),
    historical('req-gp-2026-10-b', { processKey: 'growth-point-monitoring', data: { reportMonth: '2026-10' } }),
    historical('req-gp-2026-10-c', {
      processKey: 'growth-point-monitoring',
      data: { reportMonth: '2026-10' },
      stepData: { 'monthly-report': { output: 2 } },
    }),
    historical('req-gp-2026-11-a', { processKey: 'growth-point-monitoring', data: { reportMonth: '2026-11' } }),
  ] as never);
  const stats = (await (await stack.signIn('admin')).get('/api/v1/stats').expect(200)).body;
  expect(stats.projects321).toEqual({
    byStage: { signed: 1, started: 1, inProduction: 1 },
    byDay: [
      { date: '2026-11-02', signed: 1, started: 1, inProduction: 0 },
      { date: '2026-11-03', signed: 0, started: 0, inProduction: 1 },
    ],
  });
  expect(stats.growthPointReporting).toEqual([
    { month: '2026-11', expected: 1, reported: 0, rate: 0 },
    { month: '2026-10', expected: 3, reported: 2, rate: 0.67 },
  ]);
  await RequestProjectionModel.deleteMany({
    processKey: { $in: ['project-parallel-approval', 'growth-point-monitoring'] },
  });
});

it('counts only what the caller may read', async () => {
  const other = (await (await stack.signIn('qiye2')).get('/api/v1/stats').expect(200)).body;
  expect(other.requests.total).toBe(0);
  expect(other.departments).toEqual([]);
  const bank = (await (await stack.signIn('yinhang')).get('/api/v1/stats').expect(200)).body;
  expect(bank.requests.byStatus).toEqual({ in_progress: 1 });
  expect(bank.departments.map((department: { orgId: string }) => department.orgId)).toEqual(['org-abc-yunmeng']);
});
