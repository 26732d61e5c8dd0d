import {
  startProcess,
  applyEvent,
  loanRenewalProcess,
  type Party,
  type ProcessDefinition,
  type StepDefinition,
} from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { RequestProjectionModel, TaskProjectionModel } from '../models';
import { toRequestProjection, toTaskProjection, writeRequestProjection } from './write-request-projection';

useStore();

const applicant: Party = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐' };
const handler: Party = { userId: 'u-handler', displayName: '张科员', orgId: 'org-centre', orgName: '服务中心' };

function requestStates(requestId: string, definition: ProcessDefinition = loanRenewalProcess) {
  const started = startProcess({
    requestId,
    definition,
    applicant,
    data: { a: 1 },
    at: '2026-01-05T01:00:00.000Z',
  });
  const opened = applyEvent(started.state, {
    type: 'assigneesResolved',
    stepId: 'centre-verify',
    assignees: [handler],
    fallback: false,
    at: '2026-01-05T01:00:01.000Z',
  });
  const approved = applyEvent(opened.state, {
    type: 'taskAction',
    taskId: `${requestId}.1`,
    action: 'approve',
    actor: handler,
    at: '2026-01-05T02:00:00.000Z',
  });
  return [started.state, opened.state, approved.state] as const;
}

describe('writeRequestProjection', () => {
  it('writes a revision again with what its retried workflow task computed (a worker died before the task completed)', async () => {
    const [, opened, approved] = requestStates('r-retried');
    await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-retried.1'] });
    // The dead attempt's write of the approval, then the retry's: the same revision, later times.
    await writeRequestProjection(approved, { taskIds: ['r-retried.1'] });
    const retried = applyEvent(opened, {
      type: 'taskAction',
      taskId: 'r-retried.1',
      action: 'approve',
      actor: handler,
      at: '2026-01-05T02:00:09.000Z',
    }).state;
    expect(retried.revision).toBe(approved.revision);
    await writeRequestProjection(retried, { taskIds: ['r-retried.1'] });
    expect((await TaskProjectionModel.findById('r-retried.1').lean())?.decidedAt).toBe('2026-01-05T02:00:09.000Z');
    expect((await RequestProjectionModel.findById('r-retried').lean())?.updatedAt).toBe(retried.updatedAt);

    // A new task inserted by the dead attempt is written again too; an older revision never lands.
    await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-retried.1'] });
    expect((await TaskProjectionModel.findById('r-retried.1').lean())?.revision).toBe(retried.revision);
  });

  it('records the figures the dashboard counts: working days to 办结 and to each decision, the grade as text', () => {
    const [, , approved] = requestStates('r-figures');
    // Filed Mon 5 Jan 09:00 China, 办结 Fri 9 Jan 18:00: the 6th, 7th and 8th have ended.
    const finished = {
      ...approved,
      status: 'completed' as const,
      completedAt: '2026-01-09T10:00:00.000Z',
      rating: { grade: 4 as const, at: '2026-01-10T01:00:00.000Z', by: applicant },
    };
    expect(toRequestProjection(finished)).toMatchObject({ completedWorkingDays: '00003', ratingGrade: '4' });
    // A request filed under a local closure on the 7th counts in its own calendar.
    const closed = {
      ...finished,
      calendarOverrides: [{ days: [{ date: '2026-01-07', kind: 'holiday' as const, name: { zh: '停工' } }] }],
    };
    expect(toRequestProjection(closed).completedWorkingDays).toBe('00002');
    expect(toRequestProjection(approved)).not.toHaveProperty('completedWorkingDays');
    expect(toRequestProjection(approved)).not.toHaveProperty('ratingGrade');
    const [decided] = approved.tasks;
    expect(toTaskProjection(approved, decided!).decidedWorkingDays).toBe('00000');
    const [, opened] = requestStates('r-figures-open');
    expect(toTaskProjection(opened, opened.tasks[0]!)).not.toHaveProperty('decidedWorkingDays');
  });

  it('writes the request and its tasks', async () => {
    const [, opened] = requestStates('r-write');
    await writeRequestProjection(opened);
    const request = await RequestProjectionModel.findById('r-write').lean();
    expect(request).toMatchObject({
      status: 'in_progress',
      applicantOrgId: 'org-firm',
      currentStepIds: ['centre-verify'],
    });
    const inbox = await TaskProjectionModel.find({ assigneeId: 'u-handler', status: 'open' }).lean();
    expect(inbox.map((task) => task._id)).toEqual(['r-write.1']);
  });

  it('records who holds the request now (办理部门): the organisations of its open tasks', async () => {
    const [started, opened, approved] = requestStates('r-held');
    await writeRequestProjection(started);
    expect((await RequestProjectionModel.findById('r-held').lean())?.handlingOrgIds).toEqual([]);
    await writeRequestProjection(opened, { lookUpFiling: false });
    expect(
      await RequestProjectionModel.find({ _id: 'r-held', handlingOrgIds: 'org-centre' }, { _id: 1 }).lean(),
    ).toEqual([{ _id: 'r-held' }]);
    // Approved: the centre holds it no more (the bank's step waits for its assignees).
    await writeRequestProjection(approved, { lookUpFiling: false });
    const held = (await RequestProjectionModel.findById('r-held').lean())?.handlingOrgIds;
    expect(held).not.toContain('org-centre');
    expect(held).toEqual(approved.tasks.filter((task) => task.status === 'open').map((task) => task.assignee.orgId));
  });

  it("gives each task its step's deadline, so the inbox sorts 待办 by it", async () => {
    const withSla = (step: StepDefinition) =>
      step.id === 'centre-verify' && step.type === 'approval' ? { ...step, sla: { workingDays: 5 } } : step;
    const [, opened] = requestStates('r-due', { ...loanRenewalProcess, steps: loanRenewalProcess.steps.map(withSla) });
    await writeRequestProjection(opened);
    const clock = opened.steps.find((step) => step.id === 'centre-verify')!.clock!;
    const task = await TaskProjectionModel.findById('r-due.1').lean();
    expect(task).toMatchObject({ dueAt: clock.dueAt, redAt: clock.redAt });
    expect(task?.remindAt).toBe(clock.remindAt);
  });

  it('records the accepting office once, and how late the running request is (the worst clock under way)', async () => {
    const withSla = (step: StepDefinition) =>
      step.id === 'centre-verify' && step.type === 'approval' ? { ...step, sla: { workingDays: 5 } } : step;
    const [, opened] = requestStates('r-late', { ...loanRenewalProcess, steps: loanRenewalProcess.steps.map(withSla) });
    await writeRequestProjection(opened);
    expect(await RequestProjectionModel.findById('r-late').lean()).toMatchObject({
      acceptingOrgId: 'org-centre',
      deadlineLevel: 'on_time',
    });
    const clock = opened.steps.find((step) => step.id === 'centre-verify')!.clock!;
    const red = applyEvent(opened, { type: 'tick', at: clock.redAt }).state;
    await writeRequestProjection(red, { lookUpFiling: false, taskIds: [] });
    expect(await RequestProjectionModel.findById('r-late').lean()).toMatchObject({
      acceptingOrgId: 'org-centre',
      deadlineLevel: 'red',
    });
    const rejected = applyEvent(red, {
      type: 'taskAction',
      taskId: 'r-late.1',
      action: 'reject',
      comment: '材料不符',
      actor: handler,
      at: clock.redAt,
    }).state;
    await writeRequestProjection(rejected, { lookUpFiling: false });
    const ended = await RequestProjectionModel.findById('r-late').lean();
    expect(ended?.status).toBe('rejected');
    expect(ended?.deadlineLevel).toBeUndefined();
  });

  it('is idempotent and never goes back to an older revision', async () => {
    const [started, opened, approved] = requestStates('r-order');
    await writeRequestProjection(approved);
    await writeRequestProjection(opened);
    await writeRequestProjection(started);
    await writeRequestProjection(approved);
    const request = await RequestProjectionModel.findById('r-order').lean();
    expect(request?.revision).toBe(approved.revision);
    const task = await TaskProjectionModel.findById('r-order.1').lean();
    expect(task?.status).toBe('approved');
    expect(await RequestProjectionModel.countDocuments({ _id: 'r-order' })).toBe(1);
  });
});
