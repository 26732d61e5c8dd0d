import { applyEvent, loanRenewalProcess, startProcess, type Party } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import {
  OrganisationModel,
  RequestNumberModel,
  RequestProjectionModel,
  TaskProjectionModel,
  WindowFilingModel,
} from '../models';
import { writeRequestProjection } from './write-request-projection';

useStore();

const applicant: Party = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐' };
const centre: Party = { userId: 'u-centre', displayName: '张科员', orgId: 'org-centre', orgName: '服务中心' };
const bank: Party = { userId: 'u-bank', displayName: '李行长', orgId: 'org-bank', orgName: '农商银行' };
const clerk: Party = { userId: 'u-clerk', displayName: '窗口刘', orgId: 'org-window', orgName: '政务服务大厅' };

beforeAll(async () => {
  await RequestNumberModel.createIndexes();
  await OrganisationModel.create([
    { _id: 'org-centre', name: '云梦县招商服务中心', kind: 'department', numberPrefix: '云梦招商' },
    { _id: 'org-window', name: '政务服务大厅', kind: 'department', numberPrefix: 'ZWDT' },
  ]);
});

/** A loan renewal submitted on 2026-12-02 (China), its first step held by the centre, then its second by the bank. */
function requestStates(requestId: string) {
  const started = startProcess({
    requestId,
    definition: loanRenewalProcess,
    applicant,
    data: { a: 1 },
    at: '2026-12-02T01:00:00.000Z',
  });
  const opened = applyEvent(started.state, {
    type: 'assigneesResolved',
    stepId: 'centre-verify',
    assignees: [centre],
    fallback: false,
    at: '2026-12-02T01:00:01.000Z',
  }).state;
  const approved = applyEvent(opened, {
    type: 'taskAction',
    taskId: `${requestId}.1`,
    action: 'approve',
    actor: centre,
    at: '2026-12-02T02:00:00.000Z',
  }).state;
  const atBank = applyEvent(approved, {
    type: 'assigneesResolved',
    stepId: 'bank-decision',
    assignees: [bank],
    fallback: false,
    at: '2026-12-02T02:00:01.000Z',
  }).state;
  return { opened, atBank };
}

describe('a projection’s 办件编号', () => {
  it('is allocated by the first write from the first step’s office, kept by later writes, and given to later tasks', async () => {
    const { opened, atBank } = requestStates('r-numbered');
    const first = await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-numbered.1'] });
    expect(first.number).toBe('云梦招商-20261202-0001');
    expect(await RequestProjectionModel.findById('r-numbered').lean()).toMatchObject({ number: first.number });
    expect(await TaskProjectionModel.findById('r-numbered.1').lean()).toMatchObject({ requestNumber: first.number });

    const bankTaskId = atBank.tasks.find((task) => task.assignee.userId === bank.userId)!.id;
    const later = await writeRequestProjection(atBank, {
      lookUpFiling: false,
      taskIds: ['r-numbered.1', bankTaskId],
      newTaskIds: [bankTaskId],
    });
    expect(later.number).toBe(first.number);
    expect(await TaskProjectionModel.findById(bankTaskId).lean()).toMatchObject({ requestNumber: first.number });
    expect((await RequestProjectionModel.findById('r-numbered').lean())?.number).toBe(first.number);
  });

  it('a first write repeated (a retried activity) keeps the number', async () => {
    const { opened } = requestStates('r-rewritten');
    const first = await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-rewritten.1'] });
    const again = await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-rewritten.1'] });
    expect(again.number).toBe(first.number);
    expect(first.number).toBe('云梦招商-20261202-0002');
  });

  it('is counted by the service window’s department when a clerk filed the request there (代办)', async () => {
    await WindowFilingModel.create({ _id: 'r-at-window', filedBy: clerk, applicant, createdAt: new Date() });
    const { opened } = requestStates('r-at-window');
    const { number } = await writeRequestProjection(opened, { newRequest: true, newTaskIds: ['r-at-window.1'] });
    expect(number).toBe('ZWDT-20261202-0001');
  });
});
