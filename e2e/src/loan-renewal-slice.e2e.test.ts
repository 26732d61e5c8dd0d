import type { Locator } from 'playwright-core';
import {
  approveOpenTask,
  eventually,
  expectRequestStatus,
  fillDate,
  openApplication,
  openTaskOf,
  requestIdOf,
  screenshot,
  signIn as signInAt,
  submitFilledTask,
  useAppInBrowser,
} from './browser-session';

// The loan-renewal slice in a real browser, as the people of the demo data do it. Every handler
// opens the task of this test's own request by its 办件编号: the browser tests share one database.
/** A real (tiny) PDF: the server reads the bytes, not the name, to decide what a file is. */
const STATEMENT_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const STATEMENT_NAME = '2026年10月财务报表.pdf';

const app = useAppInBrowser();

const signIn = (username: string) => signInAt(app.browser, app.stack.baseUrl, username);

/** Signs in as `username`, approves their task on the request with an opinion, signs out. */
async function approveAs(username: string, requestId: string, opinion: string, screenshotName?: string) {
  const page = await signIn(username);
  await openTaskOf(page, requestId);
  if (screenshotName) {
    await page.getByLabel('审批意见').fill(opinion);
    await screenshot(page, screenshotName);
  }
  await approveOpenTask(page, opinion);
  await page.context().close();
}

/** Signs in as `username`, fills their 填报 task on the request with `fill`, submits it, signs out. */
async function fillAs(username: string, requestId: string, fill: (form: Locator) => Promise<void>) {
  const page = await signIn(username);
  await openTaskOf(page, requestId);
  await submitFilledTask(page, fill);
  await page.context().close();
}

it('an enterprise applies, the centre, the branch and its upper-level branch handle it, and the enterprise confirms 办结', async () => {
  const applicant = await signIn('qiye');
  await openApplication(applicant, '政银企续贷协调');

  // Submitting empty shows zh-CN messages that name the fields by their titles.
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.getByText('请填写“贷款合同编号”').first().waitFor();
  await screenshot(applicant, 'apply-form-errors.png');

  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0101');
  // The financial statements go up with the application, into the form's own attachment field;
  // a file chosen by mistake and taken out again is deleted from the server.
  const statements = applicant.locator('[id$="financialStatements"] input[type=file]');
  await statements.setInputFiles({ name: '选错的文件.pdf', mimeType: 'application/pdf', buffer: STATEMENT_PDF });
  const mistakeUrl = await applicant.getByRole('link', { name: '选错的文件.pdf' }).getAttribute('href');
  await applicant.getByRole('button', { name: '移除 选错的文件.pdf' }).click();
  await waitForCount(applicant.getByTestId('form-attachment'), 0);
  await eventually(
    async () => (await applicant.request.get(new URL(mistakeUrl!, app.stack.baseUrl).href)).status(),
    (status) => expect(status).toBe(404),
  );
  await statements.setInputFiles({ name: STATEMENT_NAME, mimeType: 'application/pdf', buffer: STATEMENT_PDF });
  await applicant.getByTestId('form-attachment').filter({ hasText: STATEMENT_NAME }).waitFor();
  await screenshot(applicant, 'apply-form.png');
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  await expectRequestStatus(applicant, '办理中');
  const requestUrl = applicant.url();
  const requestId = requestIdOf(applicant);

  const centre = await signIn('zhaoshang');
  await centre.getByRole('link', { name: '我的待办' }).first().click();
  await centre.getByRole('link', { name: '办理' }).first().waitFor();
  await screenshot(centre, 'inbox.png');
  // The centre reads the statements the enterprise uploaded, as the file it uploaded.
  await openTaskOf(centre, requestId);
  const statement = centre.getByRole('link', { name: STATEMENT_NAME });
  const download = await centre.request.get(new URL((await statement.getAttribute('href'))!, app.stack.baseUrl).href);
  expect([download.status(), download.headers()['content-type']]).toEqual([200, 'application/pdf']);
  expect(Buffer.compare(await download.body(), STATEMENT_PDF)).toBe(0);
  await centre.context().close();
  await approveAs('zhaoshang', requestId, '材料齐全，同意开通绿色通道', 'task.png');
  // The seed catalogue's loan renewal: due diligence, 特批, the renewal, the enterprise's confirmation.
  await fillAs('yinhang', requestId, async (form) => {
    await fillDate(form, '实地核查日期', '2026-12-14');
    await form.getByLabel('实地核查记录').fill('企业生产正常，近三个月用电量稳定，纳税无欠缴，原抵押厂房状况良好。');
    await form.getByRole('radio', { name: '建议续贷，报上级行特批' }).check();
  });
  await approveAs('nhxg', requestId, '经实地核查，同意特批续贷 600 万元');
  await fillAs('yinhang', requestId, async (form) => {
    await form.getByLabel('新借款合同编号', { exact: true }).fill('NH-YM-2026-1203');
    await form.getByLabel('续贷金额（元）', { exact: true }).fill('6000000');
    await fillDate(form, '续贷发放日期', '2026-12-18');
    await fillDate(form, '新贷款到期日', '2027-12-17');
    await form.getByLabel('年利率（%）', { exact: true }).fill('3.45');
  });
  await fillAs('qiye', requestId, async (form) => {
    await form.getByLabel('续贷资金已到账').check();
    await fillDate(form, '到账日期', '2026-12-18');
  });

  await applicant.goto(requestUrl);
  await expectRequestStatus(applicant, '办结');
  // submit, centre, due diligence, 特批, renewal, confirmation, 办结
  await waitForCount(applicant.getByTestId('timeline-entry'), 7);
  await applicant.getByText('经实地核查，同意特批续贷 600 万元').waitFor();
  // What the bank recorded at its 填报 steps shows on the request, in the order of the process.
  const filled = applicant.getByTestId('filled-step');
  await waitForCount(filled, 3);
  const record = filled.filter({ hasText: '办理续贷' });
  expect(await record.getByLabel('新借款合同编号', { exact: true }).inputValue()).toBe('NH-YM-2026-1203');
  const visit = filled.filter({ hasText: '支行尽职调查' });
  expect(await visit.getByRole('radio', { name: '建议续贷，报上级行特批' }).isChecked()).toBe(true);
  await screenshot(applicant, 'request-completed.png');

  await applicant.getByRole('link', { name: '我的办件' }).first().click();
  await applicant.getByRole('table').getByText('办结').first().waitFor();
});

it('the service centre comments and returns a request, the enterprise corrects and resubmits it, then withdraws it', async () => {
  const applicant = await signIn('qiye');
  await openApplication(applicant, '政银企续贷协调');
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0202');
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  const requestUrl = applicant.url();

  const centre = await signIn('zhaoshang');
  await openTaskOf(centre, requestIdOf(applicant));
  await centre.getByLabel('审批意见').fill('请问贷款到期日是否已与银行确认？');
  await centre.getByRole('button', { name: '评论' }).click();
  await centre.getByText('已发表意见').waitFor();
  await centre.getByRole('button', { name: '退回' }).click();
  const dialog = centre.getByRole('dialog');
  await dialog.getByLabel('退回意见').fill('请补充近三个月财务报表');
  await dialog.getByRole('button', { name: '确定' }).click();
  await centre.getByText('已退回').first().waitFor();
  await centre.context().close();

  await applicant.goto(requestUrl);
  await expectRequestStatus(applicant, '退回补正');
  await applicant.getByText('退回原因：请补充近三个月财务报表').waitFor();
  await screenshot(applicant, 'request-returned.png');
  const correction = applicant.locator('.ant-card', { hasText: '修改后重新提交' });
  await correction.getByLabel('贷款用途').fill('购置原材料及支付职工工资，已补充近三个月财务报表');
  await applicant.getByRole('button', { name: '重新提交' }).click();
  await applicant.getByText('已重新提交，办件继续办理').waitFor();
  await expectRequestStatus(applicant, '办理中');

  await applicant.getByRole('button', { name: '撤回' }).click();
  await applicant.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expectRequestStatus(applicant, '已撤回');
  // submit, comment, return, 办结时限 paused, resubmit, resumed, withdraw
  await waitForCount(applicant.getByTestId('timeline-entry'), 7);
});

/** Playwright's web-first count assertion without its test runner: poll until it holds. */
async function waitForCount(locator: Locator, count: number): Promise<void> {
  await eventually(
    () => locator.count(),
    (found) => expect(found).toBe(count),
  );
}
