import { chooseOption, screenshot, signIn, useAppInBrowser } from './browser-session';

// 窗口受理 / 代办 in Chromium: the clerk at the service centre's window files for an enterprise,
// which then finds the request as its own.
const app = useAppInBrowser();

it('the window clerk chooses the enterprise first, files for it, and the enterprise owns the request', async () => {
  const clerk = await signIn(app.browser, app.stack.baseUrl, 'chuangkou');
  await clerk.getByRole('link', { name: '办事大厅' }).first().click();
  await clerk.getByRole('link', { name: '政银企续贷协调' }).click();
  await clerk.getByRole('heading', { name: '政银企续贷协调' }).waitFor();
  await clerk.getByRole('button', { name: '填充示例' }).click();
  await clerk.getByRole('button', { name: '提交', exact: true }).click();
  await clerk.getByText('请先选择代办的企业').waitFor();

  // The enterprise by name (or its 统一社会信用代码), then its contact: two contacts may share a name.
  await clerk.getByLabel('代办企业').click();
  await clerk.getByLabel('代办企业').fill('易普乐');
  await chooseOption(clerk, '易普乐生物科技');
  await clerk.getByLabel('企业联系人').click();
  await clerk.getByLabel('企业联系人').fill('王丽');
  await chooseOption(clerk, '王丽（易普乐生物科技）');
  await screenshot(clerk, 'window-filing.png');
  await clerk.getByRole('button', { name: '提交', exact: true }).click();
  await clerk.waitForURL(/\/requests\/req-/);
  const requestPath = new URL(clerk.url()).pathname;
  await clerk.getByText('易普乐生物科技').first().waitFor();
  await clerk.context().close();

  // The enterprise owns it, and withdraws it (leaving no task behind for the other tests of this run).
  const enterprise = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await enterprise.goto(`${app.stack.baseUrl}${requestPath}`);
  await enterprise.getByText('办理中').first().waitFor();
  await enterprise.getByRole('button', { name: '撤回' }).click();
  await enterprise.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await enterprise.getByTestId('request-status').filter({ hasText: '已撤回' }).waitFor();
  await enterprise.context().close();
});
