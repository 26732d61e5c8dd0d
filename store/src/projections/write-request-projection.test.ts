import { startProcess, applyEvent, loanRenewalProcess, type Party } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { RequestProjectionModel, TaskProjectionModel } from '../models';
import { writeRequestProjection } from './write-request-projection';

useStore();

const applicant: Party = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐' };
const handler: Party = { userId: 'u-handler', displayName: '张科员', orgId: 'org-centre', orgName: '服务中心' };

function requestStates(requestId: string) {
  const started = startProcess({
    requestId,
    definition: loanRenewalProcess,
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
