import {
  enterpriseDemandForm,
  equipmentRelendingCreditForm,
  equipmentRelendingDisbursementForm,
  equipmentRenewalRelendingForm,
  loanRenewalApplicationForm,
  loanRenewalConfirmationForm,
  loanRenewalRecordForm,
  loanRenewalSiteVisitForm,
  projectParallelApprovalForm,
  propertyRegistrationExpediteForm,
} from '@tongban/forms';
import { useTestStack } from '../../test/test-stack';
import { stepStatuses, useScenario } from './scenario-helpers';

// The seed catalogue's processes without deadlines, end to end through the
// HTTP API on the real Temporal server and database, by the seed's people:
// each the way the city runs it, and one way it goes wrong.
const stack = useTestStack();
const scenario = useScenario(stack);
const { submit, act, read } = scenario;

describe('政银企续贷协调 loan renewal (v4: v2 with uploaded statements and a checked 联系电话)', () => {
  it('runs centre → branch due diligence → upper-level 特批 → renewal → the enterprise confirms', async () => {
    const id = await submit('qiye', 'loan-renewal', loanRenewalApplicationForm.example);
    expect((await read('qiye', id)).processVersion).toBe(4);
    await act('zhaoshang', id, { action: 'approve', comment: '材料齐全，开通绿色通道' });
    const afterVisit = await act('yinhang', id, { action: 'approve', data: loanRenewalSiteVisitForm.example });
    expect(afterVisit.request.currentStepNames).toEqual(['上级行特批']);
    await act('nhxg', id, { action: 'approve', comment: '同意特批续贷 600 万元' });
    await act('yinhang', id, { action: 'approve', data: loanRenewalRecordForm.example });
    const done = await act('qiye', id, { action: 'approve', data: loanRenewalConfirmationForm.example });
    expect(done.request.status).toBe('completed');
    expect(stepStatuses(done.request)).toEqual({
      'centre-accept': 'approved',
      'bank-due-diligence': 'completed',
      'upper-branch-approval': 'approved',
      'renewal-record': 'completed',
      'applicant-confirm': 'completed',
    });
    expect(done.request.stepData['renewal-record']).toEqual(loanRenewalRecordForm.example);
    // What each 填报 step recorded comes with that step's form, so the request page can show it.
    const seen = await read('qiye', id);
    expect(Object.keys(seen.stepForms).sort()).toEqual(['applicant-confirm', 'bank-due-diligence', 'renewal-record']);
    expect(seen.stepForms['renewal-record']).toEqual({
      title: loanRenewalRecordForm.title.zh,
      schema: loanRenewalRecordForm.schema,
      uiSchema: loanRenewalRecordForm.uiSchema,
    });
    // 督办 reads every request in the city.
    expect((await read('duban', id)).status).toBe('completed');
  });

  it('ends rejected when the upper-level branch refuses the special approval', async () => {
    const id = await submit('qiye', 'loan-renewal', {
      ...loanRenewalApplicationForm.example,
      loanContractNo: 'NH-YM-2026-0909',
    });
    await act('zhaoshang', id, { action: 'approve' });
    await act('yinhang', id, { action: 'approve', data: loanRenewalSiteVisitForm.example });
    await act('nhxg', id, { action: 'reject', comment: '企业资产负债率超过分行授信政策上限' });
    const rejected = await read('qiye', id);
    expect(rejected.status).toBe('rejected');
    expect(stepStatuses(rejected)['renewal-record']).toBe('pending');
  });
});

describe('企业诉求专班 enterprise demand', () => {
  it('splits the demand into task forces that work in parallel, skips departments without items, then follows up', async () => {
    const id = await submit('qiye2', 'enterprise-demand', enterpriseDemandForm.example);
    const accepted = await act('gxq', id, { action: 'approve', comment: '按用工、融资、售后服务中心成立三个专班' });
    expect(accepted.request.currentStepNames.sort()).toEqual(
      ['高新区专班办理', '人社局用工专班办理', '经信局融资专班办理'].sort(),
    );
    await act('rsj', id, { action: 'approve', comment: '已组织两场专场招聘，到岗 180 人' });
    await act('jxj', id, { action: 'approve', comment: '已对接农行中长期贷款 3000 万元' });
    const zoneDone = await act('gxq', id, { action: 'approve', comment: '售后服务中心场地已选定' });
    expect(zoneDone.request.currentStepNames).toEqual(['高新区回访']);
    const done = await act('gxq-leader', id, { action: 'approve', comment: '回访企业，诉求均已解决' });
    expect(done.request.status).toBe('completed');
    expect(stepStatuses(done.request)).toMatchObject({ 'land-items': 'skipped', 'approval-items': 'skipped' });
  });

  it('reopens the matter when the firm is unsatisfied: the zone’s leader rectifies and the supervision office calls back', async () => {
    const id = await submit('qiye2', 'enterprise-demand', enterpriseDemandForm.example);
    expect((await read('qiye2', id)).deadline).toMatchObject({ level: 'on_time', paused: false });
    await act('gxq', id, { action: 'approve', comment: '成立专班' });
    await act('rsj', id, { action: 'approve', comment: '已组织招聘' });
    await act('jxj', id, { action: 'approve', comment: '已对接贷款' });
    await act('gxq', id, { action: 'approve', comment: '场地已选定' });
    await act('gxq-leader', id, { action: 'approve', comment: '回访企业' });
    const qiye2 = await stack.signIn('qiye2');
    const rated = await qiye2
      .post(`/api/v1/requests/${id}/actions`)
      .send({ action: 'rate', grade: 2, comment: '招聘人数不足，用工缺口仍有 120 人' })
      .expect(200);
    expect(rated.body.request).toMatchObject({ status: 'completed', aftercare: 'rectifying', rating: { grade: 2 } });
    await act('gxq-leader', id, { action: 'approve', comment: '追加两场定向招聘，缺口已补齐' });
    const closed = await act('duban', id, { action: 'approve', comment: '电话回访，企业表示满意' });
    expect(closed.request.aftercare).toBe('closed');
  });

  it('lets the enterprise withdraw while the task forces work, which closes their tasks', async () => {
    const id = await submit('qiye2', 'enterprise-demand', enterpriseDemandForm.example);
    await act('gxq', id, { action: 'approve' });
    const qiye2 = await stack.signIn('qiye2');
    await qiye2
      .post(`/api/v1/requests/${id}/actions`)
      .send({ action: 'withdraw', comment: '企业已自行解决' })
      .expect(200);
    expect((await read('qiye2', id)).status).toBe('withdrawn');
    await expect(scenario.openTask('rsj', id)).rejects.toThrow(/no open task/);
  });
});

describe('不动产登记加急 expedited property registration', () => {
  it('is returned for missing materials, corrected, and goes through survey, title review and certificates', async () => {
    const example = propertyRegistrationExpediteForm.example as Record<string, unknown>;
    const id = await submit('huarui', 'property-registration-expedite', example);
    await act('gxq', id, { action: 'approve', comment: '纳入加急办理，审核日期前办结' });
    await act('bdc', id, { action: 'return', to: 'applicant', comment: '请补充竣工验收备案材料和房产测绘报告' });
    expect((await read('huarui', id)).status).toBe('returned');
    const huarui = await stack.signIn('huarui');
    const corrected = {
      ...example,
      materials: { ...(example.materials as object), completionAcceptance: true, surveyReport: true },
    };
    await huarui.post(`/api/v1/requests/${id}/actions`).send({ action: 'resubmit', data: corrected }).expect(200);
    await act('bdc', id, { action: 'approve', comment: '材料齐全' });
    await act('zrzy', id, { action: 'approve', comment: '测绘及权籍调查完成' });
    await act('bdc-leader', id, { action: 'approve', comment: '审核通过，准予登簿' });
    const done = await act('bdc', id, { action: 'approve', comment: '六本不动产权证书已缮证发放' });
    expect(done.request.status).toBe('completed');
  });
});

describe('不动产登记加急: the audit date as the deadline', () => {
  it('warns at once when the working days left before the audit cannot hold the steps still to come', async () => {
    const example = propertyRegistrationExpediteForm.example as Record<string, unknown>;
    // Three days from now: the five steps' time limits add up to 9 working days.
    const auditDate = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    const id = await submit('huarui', 'property-registration-expedite', { ...example, auditDate });
    const request = await read('huarui', id);
    expect(request.deadline?.dueAt).toBe(`${auditDate}T16:00:00.000Z`);
    expect(request.timeline.map((entry: { action: string }) => entry.action)).toContain('deadline_at_risk');
    // The warning is on the request's clock too, so lists (我的办件) can show it without the timeline.
    expect(request.deadline?.atRisk).toBe(true);
    const listed = (await stack.signIn('huarui').then((agent) => agent.get('/api/v1/requests').expect(200))).body
      .items as { id: string; deadline?: { atRisk?: boolean } }[];
    expect(listed.find((item) => item.id === id)?.deadline?.atRisk).toBe(true);
  });
});

describe('项目并联审批 cross-department project approval', () => {
  it('has four departments review at once, then the development & reform leader signs off', async () => {
    const id = await submit('zhiqu', 'project-parallel-approval', projectParallelApprovalForm.example);
    const first = await read('zhiqu', id);
    expect(first.currentStepNames.sort()).toEqual(['发改委项目备案', '施工许可', '用地规划许可', '环评审批'].sort());
    // The lead department's (发改委, 牵头) review is marked as such; the others are not.
    expect(first.steps.filter((step) => step.lead).map((step) => step.name)).toEqual(['发改委项目备案']);
    await act('sthj', id, { action: 'approve', comment: '环评批复' });
    await act('zjj', id, { action: 'approve', comment: '施工许可证已核发' });
    await act('zrzy', id, { action: 'approve', comment: '用地规划许可证已核发' });
    const joined = await act('fgw', id, { action: 'approve', comment: '项目备案完成' });
    expect(joined.request.currentStepNames).toEqual(['发改委综合办结']);
    const done = await act('fgw-leader', id, { action: 'approve', comment: '并联审批办结' });
    expect(done.request.status).toBe('completed');
  });

  it('asks only the departments whose filings were ticked, and ends rejected when one refuses', async () => {
    const id = await submit('zhiqu', 'project-parallel-approval', {
      ...projectParallelApprovalForm.example,
      filings: ['ndrc-filing', 'eia'],
    });
    expect((await read('zhiqu', id)).currentStepNames.sort()).toEqual(['发改委项目备案', '环评审批'].sort());
    await act('sthj', id, { action: 'reject', comment: '项目选址位于饮用水水源保护区，环评不予批复' });
    const rejected = await read('zhiqu', id);
    expect(rejected.status).toBe('rejected');
    expect(stepStatuses(rejected)).toMatchObject({ 'land-planning': 'skipped', 'construction-permit': 'skipped' });
  });
});

describe('设备更新再贷款 equipment renewal relending', () => {
  it('goes from the bureau’s eligibility check to the bank’s credit and disbursement', async () => {
    const id = await submit('xinda', 'equipment-renewal-relending', equipmentRenewalRelendingForm.example);
    await act('jxj', id, { action: 'approve', comment: '符合设备更新重点领域，推送农行云梦支行' });
    await act('yinhang', id, { action: 'approve', comment: '已受理，安排客户经理对接' });
    await act('yinhang', id, { action: 'approve', data: equipmentRelendingCreditForm.example });
    const done = await act('yinhang', id, { action: 'approve', data: equipmentRelendingDisbursementForm.example });
    expect(done.request.status).toBe('completed');
    expect(done.request.stepData.disbursement).toEqual(equipmentRelendingDisbursementForm.example);
  });

  it('ends rejected when the bureau finds the project ineligible', async () => {
    const example = equipmentRenewalRelendingForm.example as Record<string, unknown>;
    const id = await submit('xinda', 'equipment-renewal-relending', {
      ...example,
      declarations: { ...(example.declarations as object), inKeyAreas: false },
    });
    await act('jxj', id, { action: 'reject', comment: '所购设备不属于设备更新重点支持领域' });
    expect((await read('xinda', id)).status).toBe('rejected');
  });
});
