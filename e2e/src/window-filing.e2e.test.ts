import type { Locator } from 'playwright-core';
import { chooseOption, eventually, openApplication, screenshot, signIn, useAppInBrowser } from './browser-session';

// 窗口受理 / 代办 in Chromium: the clerk at the service centre's window files for an enterprise, whose
// fields fill in from its profile and must agree with it; the request and its 办件单 name the clerk;
// the enterprise then finds the request as its own.
const app = useAppInBrowser();

/** 易普乐生物科技's profile in the demo data (server/src/seed/demo-data.ts). */
const YIPULE = { name: '易普乐生物科技', creditCode: '91420923MA4C7YPL0G' };
/** 英联科技's code: another company's. */
const YINGLIAN_CREDIT_CODE = '91420902MA4D8LW6XW';
const CLERK = '陈晓（云梦县招商服务中心）';

it('the window clerk picks the enterprise, whose details fill in and must agree; the request and its 办件单 name the clerk', async () => {
  const clerk = await signIn(app.browser, app.stack.baseUrl, 'chuangkou');
  await openApplication(clerk, '奖补申请');
  // The example names another company (金盛纺织); no enterprise is picked yet.
  await clerk.getByRole('button', { name: '填充示例' }).click();
  await clerk.getByRole('button', { name: '提交', exact: true }).click();
  await clerk.getByText('请先选择代办的企业').waitFor();

  // The enterprise by name (or its 统一社会信用代码), then its contact: two contacts may share a name.
  await clerk.getByLabel('代办企业').click();
  await clerk.getByLabel('代办企业').fill('易普乐');
  // By its credit code, which tells apart two companies of one name.
  await chooseOption(clerk, `${YIPULE.name}（${YIPULE.creditCode}）`);
  // Its name and credit code replace the example's, from its profile.
  await clerk.getByTestId('prefill-notice').filter({ hasText: '易普乐生物科技' }).waitFor();
  const name = clerk.getByLabel('企业名称');
  const creditCode = clerk.getByLabel('统一社会信用代码');
  await expectValue(name, YIPULE.name);
  await expectValue(creditCode, YIPULE.creditCode);
  await clerk.getByLabel('企业联系人').click();
  await clerk.getByLabel('企业联系人').fill('王丽');
  await chooseOption(clerk, '王丽（易普乐生物科技）');
  await screenshot(clerk, 'window-filing.png');

  // Another company's credit code: the server refuses it on the field, and nothing is filed.
  await creditCode.fill(YINGLIAN_CREDIT_CODE);
  await clerk.getByRole('button', { name: '提交', exact: true }).click();
  await clerk.getByText('“统一社会信用代码”与所代办企业（易普乐生物科技）的登记信息不一致').waitFor();
  await screenshot(clerk, 'window-filing-mismatch.png');
  expect(new URL(clerk.url()).pathname).toMatch(/^\/apply\//);

  await creditCode.fill(YIPULE.creditCode);
  await clerk.getByRole('button', { name: '提交', exact: true }).click();
  await clerk.waitForURL(/\/requests\/req-/);
  const requestPath = new URL(clerk.url()).pathname;
  await clerk.getByTestId('filed-by').filter({ hasText: CLERK }).waitFor();
  await clerk.getByText('易普乐生物科技').first().waitFor();
  await screenshot(clerk, 'window-filing-request.png');

  // The printed 办件单 names the clerk as 代办人.
  await clerk.getByRole('link', { name: '打印办件单' }).click();
  const sheet = clerk.getByTestId('print-sheet');
  await sheet.getByRole('row').filter({ hasText: '代办人' }).filter({ hasText: CLERK }).waitFor();
  await screenshot(clerk, 'window-filing-print.png');
  await clerk.context().close();

  // The enterprise owns it, sees who filed it, and withdraws it (leaving no task behind for the other tests).
  const enterprise = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await enterprise.goto(`${app.stack.baseUrl}${requestPath}`);
  await enterprise.getByText('办理中').first().waitFor();
  await enterprise.getByTestId('filed-by').filter({ hasText: CLERK }).waitFor();
  await enterprise.getByRole('button', { name: '撤回' }).click();
  await enterprise.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await enterprise.getByTestId('request-status').filter({ hasText: '已撤回' }).waitFor();
  await enterprise.context().close();
});

it('an enterprise’s own application starts with its details and can reuse its last one', async () => {
  const enterprise = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await openApplication(enterprise, '奖补申请');
  await expectValue(enterprise.getByLabel('企业名称'), YIPULE.name);
  await expectValue(enterprise.getByLabel('统一社会信用代码'), YIPULE.creditCode);

  // The request the clerk filed above is its organisation's last one of this process.
  await enterprise.getByRole('button', { name: '沿用上次填写' }).click();
  await enterprise.getByText(/已沿用上次办件 .+ 的填写内容/).waitFor();
  await expectValue(enterprise.getByLabel('开户名称'), '大悟县金盛纺织有限公司');
  await expectValue(enterprise.getByLabel('企业名称'), YIPULE.name);
  await screenshot(enterprise, 'apply-prefilled.png');
  await enterprise.context().close();
});

/** Waits until an input holds `value` (a form refills once the profile has loaded). */
async function expectValue(input: Locator, value: string): Promise<void> {
  await eventually(
    () => input.inputValue(),
    (held) => expect(held).toBe(value),
  );
}
