import path from 'node:path';
import {
  eventually,
  openApplication,
  requestIdOf,
  requestNumberOf,
  screenshot,
  SCREENSHOTS,
  signIn,
  useAppInBrowser,
} from './browser-session';

// Supervision in Chromium: a request goes through a step, then the supervisor reads the dashboard and the audit
// log, checks the hash chains and downloads the CSV; the enterprise prints the request sheet (办件单).
const app = useAppInBrowser();

// A 1×1 PNG: attachments are checked by their bytes, so the test sends a real image.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

it('the supervisor reads figures and the audit log; the enterprise prints its request sheet', async () => {
  // The handler's inbox is open before the request exists: it appears there live (SSE), without a reload.
  const handler = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang');
  await handler.getByRole('link', { name: '我的待办' }).first().click();
  await handler.getByRole('tab', { name: '待办' }).waitFor();
  await handler.waitForLoadState('networkidle');

  const applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await openApplication(applicant, '政银企续贷协调');
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  const requestUrl = applicant.url();
  // 附件: uploaded to the server with the request, listed, downloadable. The request page, not the
  // application form it replaces: that has an upload box of its own (近三个月财务报表).
  await applicant.getByTestId('request-status').waitFor();
  await applicant
    .locator('input[type=file]')
    .setInputFiles({ name: '营业执照.png', mimeType: 'image/png', buffer: PNG });
  await applicant.getByRole('link', { name: /营业执照\.png/ }).waitFor();

  // Other tests of this run may have left tasks (a full first page of them): the new one is found
  // by its 办件编号, newest first, as it arrives.
  const number = await requestNumberOf(applicant, requestIdOf(applicant));
  const newTask = handler.getByRole('row').filter({ hasText: number });
  await newTask.waitFor({ timeout: 15_000 });
  await newTask.getByRole('link', { name: '办理' }).click();
  await handler.getByRole('link', { name: /营业执照\.png/ }).waitFor();
  await handler.getByLabel('审批意见').fill('材料齐全，同意');
  await handler.getByRole('button', { name: '同意' }).click();
  await handler.getByRole('button', { name: '确定' }).click();
  await handler.getByText('已同意，办件已流转').waitFor();
  await handler.context().close();

  // 统计看板: the cards count the request, the charts draw.
  const supervisor = await signIn(app.browser, app.stack.baseUrl, 'duban');
  await supervisor.getByRole('link', { name: '统计看板' }).first().click();
  await supervisor.getByRole('heading', { name: '统计看板' }).waitFor();
  await supervisor.getByRole('img', { name: '办件状态' }).locator('canvas').waitFor();
  const total = Number(
    await supervisor.locator('.ant-statistic').first().locator('.ant-statistic-content-value').textContent(),
  );
  expect(total).toBeGreaterThanOrEqual(1);
  // The city's own counters: “321” projects and the growth-point reporting rate.
  await supervisor.getByText('“321”项目统计（按申报日）').waitFor();
  await supervisor.getByText('重大增长点月报报送率').waitFor();
  await screenshot(supervisor, 'dashboard.png');

  // 审计日志: entries of the request, the chain check, the CSV.
  await supervisor.getByRole('link', { name: '审计日志' }).first().click();
  await supervisor.getByRole('heading', { name: '审计日志' }).waitFor();
  await eventually(
    () => supervisor.locator('.ant-table-row').count(),
    (rows) => expect(rows).toBeGreaterThanOrEqual(2),
  );
  await supervisor.getByRole('button', { name: '校验全部哈希链' }).click();
  await supervisor
    .getByTestId('audit-verification')
    .getByText(/哈希链完好/)
    .waitFor();
  await screenshot(supervisor, 'audit-log.png');
  const csvHref = await supervisor.getByRole('link', { name: /导出 CSV/ }).getAttribute('href');
  const csv = await supervisor.context().request.get(`${app.stack.baseUrl}${csvHref}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\n').length).toBeGreaterThanOrEqual(3);
  await supervisor.context().close();

  // 办件单: the applicant's printable sheet, by field titles, with every decision; printed to PDF by Chromium.
  await applicant.goto(requestUrl);
  await applicant.getByRole('link', { name: '打印办件单' }).click();
  const sheet = applicant.getByTestId('print-sheet');
  await sheet.getByRole('heading', { name: '办件单' }).waitFor();
  await sheet.getByText('贷款合同编号').waitFor();
  await sheet.getByText('材料齐全，同意', { exact: false }).waitFor();
  await applicant.emulateMedia({ media: 'print' });
  expect(await applicant.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
  await screenshot(applicant, 'request-sheet.png');
  const pdf = await applicant.pdf({ path: path.join(SCREENSHOTS, 'request-sheet.pdf'), format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
  await applicant.context().close();
});

it('the dashboard, the audit log and the inbox fit a phone', async () => {
  for (const [username, paths] of [
    ['duban', ['/dashboard', '/audit']],
    ['zhaoshang', ['/inbox', '/inbox?tab=done']],
  ] as const) {
    const page = await signIn(app.browser, app.stack.baseUrl, username, { viewport: { width: 375, height: 812 } });
    for (const at of paths) {
      await page.goto(`${app.stack.baseUrl}${at}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
    await screenshot(page, `phone-${username}.png`);
    await page.context().close();
  }
});
