import type { Page } from 'playwright-core';
import {
  approveOpenTask,
  expectRequestStatus,
  fillDate,
  openApplication,
  openTaskOf,
  requestIdOf,
  screenshot,
  signIn,
  submitFilledTask,
  useAppInBrowser,
} from './browser-session';

// The seed catalogue's processes run to the end in Chromium by the seed's people, step by step as
// server/src/scenarios/seed-processes.test.ts drives them over HTTP. Each handler opens the task of
// this test's own request (other test files share the database and file requests of their own).
const app = useAppInBrowser();

/** The applicant opens the process from 办事大厅 and fills the form with its example. */
async function applyWithExample(username: string, processName: string): Promise<Page> {
  const page = await signIn(app.browser, app.stack.baseUrl, username);
  await openApplication(page, processName);
  await page.getByRole('button', { name: '填充示例' }).click();
  return page;
}

async function submitApplication(page: Page): Promise<string> {
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/requests\/req-/);
  await expectRequestStatus(page, '办理中');
  return requestIdOf(page);
}

/** The handlers signed in during one test: one who acts twice (the bank officer) stays signed in, as people do. */
const handlers = new Map<string, Page>();

afterEach(async () => {
  await Promise.all([...handlers.values()].map((page) => page.context().close()));
  handlers.clear();
});

/** `username` opens their task on the request from 我的待办 and does `act` there. */
async function handle(
  username: string,
  requestId: string,
  act: (page: Page) => Promise<void>,
  stepName?: string,
): Promise<void> {
  let page = handlers.get(username);
  if (!page) {
    page = await signIn(app.browser, app.stack.baseUrl, username);
    handlers.set(username, page);
  }
  await openTaskOf(page, requestId, stepName);
  await act(page);
}

const approve = (opinion: string) => (page: Page) => approveOpenTask(page, opinion);

it('企业诉求专班: two items go to their task forces in parallel, the zone leading; the firm rates the closed demand', async () => {
  const applicant = await applyWithExample('qiye2', '企业诉求专班');
  // Two items: labour (人社局) and the after-sales centre (the zone's own, lead task force); financing is dropped.
  await applicant.getByRole('button', { name: '删除', exact: true }).nth(1).click();
  await applicant.getByText('生产线设备采购资金缺口').waitFor({ state: 'detached' });
  const requestId = await submitApplication(applicant);

  await handle('gxq', requestId, approve('按用工、售后服务中心成立两个专班，高新区牵头'));
  // Both task forces are open at once; the financing one, with no item, is skipped.
  await applicant.reload();
  const progress = applicant.getByLabel('办理进度');
  for (const taskForce of ['高新区专班办理', '人社局用工专班办理'])
    await progress.locator('.ant-steps-item-process', { hasText: taskForce }).waitFor();
  await progress.locator('.ant-steps-item', { hasText: '经信局融资专班办理' }).getByText('已跳过').waitFor();
  await screenshot(applicant, 'process-enterprise-demand-parallel.png');

  await handle('rsj', requestId, approve('已组织两场专场招聘，到岗 180 人'));
  await handle('gxq', requestId, approve('售后服务中心场地已选定，手续已办结'), '高新区专班办理');
  await handle('gxq-leader', requestId, approve('回访企业，诉求均已解决'));

  // 好差评 on the closed request.
  await applicant.reload();
  await expectRequestStatus(applicant, '办结');
  const rating = applicant.locator('.ant-card', { hasText: '服务评价' });
  await rating.getByRole('radio').nth(4).click();
  await rating.getByLabel('评价意见').fill('专班响应迅速，招聘和选址都在一个月内落实。');
  await rating.getByRole('button', { name: '提交评价' }).click();
  const given = applicant.getByTestId('rating');
  await given.getByText('非常满意').waitFor();
  await given.getByText('专班响应迅速').waitFor();
  await screenshot(applicant, 'process-enterprise-demand.png');
  await applicant.context().close();
});

it('项目并联审批: four departments approve in parallel, then the final sign-off; the 321 stage shows', async () => {
  const applicant = await applyWithExample('zhiqu', '项目并联审批');
  const requestId = await submitApplication(applicant);
  // All four reviews are open at once.
  const progress = applicant.getByLabel('办理进度');
  for (const review of ['发改委项目备案', '用地规划许可', '环评审批', '施工许可'])
    await progress.locator('.ant-steps-item-process', { hasText: review }).waitFor();
  // 发改委 leads (牵头): its review, and only it, carries the mark.
  const lead = progress.locator('.ant-steps-item', { has: applicant.getByTestId('lead-step') });
  expect(await lead.allInnerTexts()).toEqual([expect.stringContaining('发改委项目备案')]);

  await handle('fgw', requestId, approve('项目备案完成'));
  await handle('zrzy', requestId, approve('用地规划许可证已核发'));
  await handle('sthj', requestId, approve('环评批复'));
  await handle('zjj', requestId, approve('施工许可证已核发'));
  await handle('fgw-leader', requestId, approve('并联审批办结'));

  await applicant.reload();
  await expectRequestStatus(applicant, '办结');
  await applicant.getByText('项目阶段（“321”）').waitFor();
  // The read-only form shows all three stages; the project's is the one ticked.
  const stage = (name: string) => applicant.getByRole('radio', { name, exact: true }).isChecked();
  expect([await stage('签约'), await stage('开工'), await stage('投产')]).toEqual([true, false, false]);
  await screenshot(applicant, 'process-project-parallel-approval.png');
  await applicant.context().close();
});

it('设备更新再贷款: the bureau checks eligibility and pushes to the bank, which records credit and disbursement', async () => {
  const applicant = await applyWithExample('xinda', '设备更新再贷款');
  const requestId = await submitApplication(applicant);

  await handle('jxj', requestId, approve('符合设备更新重点领域，推送农行云梦支行'));
  await handle('yinhang', requestId, approve('已受理，安排客户经理对接'));
  await handle('yinhang', requestId, (page) =>
    submitFilledTask(page, async (form) => {
      await form.getByLabel('授信金额（元）').fill('10000000');
      await fillDate(form, '授信日期', '2026-12-10');
      await form.getByLabel('贷款期限（月）').fill('36');
      await form.getByLabel('年利率（%）').fill('2.9');
      await form.getByLabel('借款合同编号').fill('NH-YM-SB-2026-031');
    }),
  );
  await handle('yinhang', requestId, (page) =>
    submitFilledTask(page, async (form) => {
      await form.getByLabel('放款金额（元）').fill('10000000');
      await fillDate(form, '放款日期', '2026-12-15');
      await form.getByLabel('备注').fill('首笔放款，按设备到货进度支付');
    }),
  );

  await applicant.reload();
  await expectRequestStatus(applicant, '办结');
  await screenshot(applicant, 'process-equipment-renewal-relending.png');
  await applicant.context().close();
});

it('不动产登记加急: an audit date too close for the steps still to come warns at once, on the request and the zone’s task', async () => {
  const applicant = await applyWithExample('huarui', '不动产登记加急');
  // Three days from today in China: the five steps' time limits add up to 9 working days.
  const auditDate = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  await fillDate(applicant, '审核日期（办结期限）', auditDate);
  const requestId = await submitApplication(applicant);
  const warning = '办结时限预警：剩余工作日不足';
  await applicant.getByText(warning).waitFor();
  // Beside the days left, which alone would read as comfortably on time.
  await applicant.getByTestId('deadline-at-risk').waitFor();
  await screenshot(applicant, 'process-property-registration-warning.png');
  // And in 我的办件, on the request's row.
  await applicant.getByRole('link', { name: '我的办件' }).first().click();
  await applicant.locator(`tr[data-row-key="${requestId}"]`).getByTestId('deadline-at-risk').waitFor();
  await applicant.goBack();

  // The zone's handler sees the same warning on the task before accepting it.
  await handle('gxq', requestId, (page) => page.getByText(warning).waitFor());

  // Withdrawn, so no open task of this test waits in anyone's inbox.
  await applicant.getByRole('button', { name: '撤回' }).click();
  await applicant.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expectRequestStatus(applicant, '已撤回');
  await applicant.context().close();
});
