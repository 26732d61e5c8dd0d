import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startAppStack, type AppStack } from './app-stack';

// The loan-renewal slice in a real browser, as the people of the demo data do it.
const screenshots = path.resolve(__dirname, '..', 'screenshots');
const PASSWORD = 'tongban123';
/** A real (tiny) PDF: the server reads the bytes, not the name, to decide what a file is. */
const STATEMENT_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const STATEMENT_NAME = '2026年10月财务报表.pdf';

let stack: AppStack;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  stack = await startAppStack();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function approveFirstTask(username: string, opinion: string, screenshot?: string): Promise<void> {
  const page = await signIn(username);
  await page.getByRole('link', { name: '我的待办' }).first().click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  await page.getByRole('link', { name: '办理' }).first().click();
  await page.getByLabel('审批意见').fill(opinion);
  if (screenshot) await page.screenshot({ path: path.join(screenshots, screenshot), fullPage: true });
  await page.getByRole('button', { name: '同意' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('已同意，办件已流转').waitFor();
  await page.context().close();
}

/** Opens the user's first task, a 填报 step, fills its form with `fill` and submits it. */
async function fillFirstTask(username: string, fill: (page: Page) => Promise<void>): Promise<void> {
  const page = await signIn(username);
  await page.getByRole('link', { name: '我的待办' }).first().click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  await page.getByRole('link', { name: '办理' }).first().click();
  await fill(page);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('已提交，办件已流转').waitFor();
  await page.context().close();
}

/** antd's date picker takes a typed date when it loses focus (Enter would also submit the form). */
async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

it('an enterprise applies, the centre, the branch and its upper-level branch handle it, and the enterprise confirms 办结', async () => {
  const applicant = await signIn('qiye');
  await applicant.getByRole('link', { name: '办事大厅' }).first().click();
  await applicant.getByRole('link', { name: '政银企续贷协调' }).click();
  await applicant.getByRole('heading', { name: '政银企续贷协调' }).waitFor();

  // Submitting empty shows zh-CN messages that name the fields by their titles.
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.getByText('请填写“贷款合同编号”').first().waitFor();
  await applicant.screenshot({ path: path.join(screenshots, 'apply-form-errors.png'), fullPage: true });

  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0101');
  // The financial statements go up with the application, into the form's own attachment field;
  // a file chosen by mistake and taken out again is deleted from the server.
  const statements = applicant.locator('[id$="financialStatements"] input[type=file]');
  await statements.setInputFiles({ name: '选错的文件.pdf', mimeType: 'application/pdf', buffer: STATEMENT_PDF });
  const mistakeUrl = await applicant.getByRole('link', { name: '选错的文件.pdf' }).getAttribute('href');
  await applicant.getByRole('button', { name: '移除 选错的文件.pdf' }).click();
  await waitForCount(applicant.getByTestId('form-attachment'), 0);
  await expectEventually(
    async () => (await applicant.request.get(new URL(mistakeUrl!, stack.baseUrl).href)).status(),
    404,
  );
  await statements.setInputFiles({ name: STATEMENT_NAME, mimeType: 'application/pdf', buffer: STATEMENT_PDF });
  await applicant.getByTestId('form-attachment').filter({ hasText: STATEMENT_NAME }).waitFor();
  await applicant.screenshot({ path: path.join(screenshots, 'apply-form.png'), fullPage: true });
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  await expectStatus(applicant, '办理中');
  const requestUrl = applicant.url();

  const centre = await signIn('zhaoshang');
  await centre.getByRole('link', { name: '我的待办' }).first().click();
  await centre.getByRole('link', { name: '办理' }).first().waitFor();
  await centre.screenshot({ path: path.join(screenshots, 'inbox.png'), fullPage: true });
  // The centre reads the statements the enterprise uploaded, as the file it uploaded.
  await centre.getByRole('link', { name: '办理' }).first().click();
  const statement = centre.getByRole('link', { name: STATEMENT_NAME });
  const download = await centre.request.get(new URL((await statement.getAttribute('href'))!, stack.baseUrl).href);
  expect([download.status(), download.headers()['content-type']]).toEqual([200, 'application/pdf']);
  expect(Buffer.compare(await download.body(), STATEMENT_PDF)).toBe(0);
  await centre.context().close();
  await approveFirstTask('zhaoshang', '材料齐全，同意开通绿色通道', 'task.png');
  // Loan renewal version 2 (the seed catalogue): due diligence, 特批, the renewal, the enterprise's confirmation.
  await fillFirstTask('yinhang', async (page) => {
    await fillDate(page, '实地核查日期', '2026-12-14');
    await page.getByLabel('实地核查记录').fill('企业生产正常，近三个月用电量稳定，纳税无欠缴，原抵押厂房状况良好。');
    await page.getByRole('radio', { name: '建议续贷，报上级行特批' }).check();
  });
  await approveFirstTask('nhxg', '经实地核查，同意特批续贷 600 万元');
  await fillFirstTask('yinhang', async (page) => {
    await page.getByLabel('新借款合同编号', { exact: true }).fill('NH-YM-2026-1203');
    await page.getByLabel('续贷金额（元）', { exact: true }).fill('6000000');
    await fillDate(page, '续贷发放日期', '2026-12-18');
    await fillDate(page, '新贷款到期日', '2027-12-17');
    await page.getByLabel('年利率（%）', { exact: true }).fill('3.45');
  });
  await fillFirstTask('qiye', async (page) => {
    await page.getByLabel('续贷资金已到账').check();
    await fillDate(page, '到账日期', '2026-12-18');
  });

  await applicant.goto(requestUrl);
  await expectStatus(applicant, '办结');
  // submit, centre, due diligence, 特批, renewal, confirmation, 办结
  await waitForCount(applicant.getByTestId('timeline-entry'), 7);
  await applicant.getByText('经实地核查，同意特批续贷 600 万元').waitFor();
  await applicant.screenshot({ path: path.join(screenshots, 'request-completed.png'), fullPage: true });

  await applicant.getByRole('link', { name: '我的办件' }).first().click();
  await applicant.getByRole('table').getByText('办结').first().waitFor();
});

it('the service centre comments and returns a request, the enterprise corrects and resubmits it, then withdraws it', async () => {
  const applicant = await signIn('qiye');
  await applicant.getByRole('link', { name: '办事大厅' }).first().click();
  await applicant.getByRole('link', { name: '政银企续贷协调' }).click();
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0202');
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  const requestUrl = applicant.url();

  const centre = await signIn('zhaoshang');
  await centre.getByRole('link', { name: '我的待办' }).first().click();
  await centre.getByRole('link', { name: '办理' }).first().click();
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
  await expectStatus(applicant, '退回补正');
  await applicant.getByText('退回原因：请补充近三个月财务报表').waitFor();
  await applicant.screenshot({ path: path.join(screenshots, 'request-returned.png'), fullPage: true });
  const correction = applicant.locator('.ant-card', { hasText: '修改后重新提交' });
  await correction.getByLabel('贷款用途').fill('购置原材料及支付职工工资，已补充近三个月财务报表');
  await applicant.getByRole('button', { name: '重新提交' }).click();
  await applicant.getByText('已重新提交，办件继续办理').waitFor();
  await expectStatus(applicant, '办理中');

  await applicant.getByRole('button', { name: '撤回' }).click();
  await applicant.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expectStatus(applicant, '已撤回');
  // submit, comment, return, 办结时限 paused, resubmit, resumed, withdraw
  await waitForCount(applicant.getByTestId('timeline-entry'), 7);
});

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('request-status').filter({ hasText: status }).waitFor();
}

/** Playwright's web-first count assertion without its test runner: poll until it holds. */
async function waitForCount(
  locator: ReturnType<Page['getByTestId']>,
  count: number,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} elements, found ${await locator.count()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls `read` until it gives `expected` (the server's answer to something the page started in the background). */
async function expectEventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected) {
    if (Date.now() > deadline) throw new Error(`expected ${String(expected)}, still ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
}
