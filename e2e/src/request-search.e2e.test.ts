import type { Page } from 'playwright-core';
import {
  chooseOption,
  eventually,
  requestIdOf,
  requestNumberOf,
  screenshot,
  signIn,
  useAppInBrowser,
} from './browser-session';

// 办件查询 and 我的办件 in Chromium: the supervisor goes from a dashboard figure to the list it
// counts and sees the same number (共 N 条); the enterprise, on a phone, finds its requests as
// cards, filtered by status and searched by 编号.
const app = useAppInBrowser();
const PHONE = { width: 390, height: 844 };
/** 云梦县招商服务中心: it accepts loan renewals and handles their first step. */
const CENTRE_ID = 'org-yunmeng-investment-centre';

/** The server's count under the list: the N of 共 N 条. */
async function listedTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^共 \d+ 条$/).textContent();
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

/** Files a loan renewal through the application form, and returns its request id. */
async function fileLoanRenewal(page: Page): Promise<string> {
  await page.goto(`${app.stack.baseUrl}/catalogue`);
  await page.getByRole('link', { name: '政银企续贷协调' }).click();
  await page.getByRole('button', { name: '填充示例' }).click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/requests\/req-/);
  await page.getByTestId('request-status').waitFor();
  return requestIdOf(page);
}

const filed: { id: string; number: string }[] = [];

beforeAll(async () => {
  const qiye = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  for (let i = 0; i < 2; i++) {
    const id = await fileLoanRenewal(qiye);
    filed.push({ id, number: await requestNumberOf(qiye, id) });
  }
  await qiye.context().close();
});

it('takes the supervisor from a dashboard figure to the list it counts, with the same count', async () => {
  const supervisor = await signIn(app.browser, app.stack.baseUrl, 'duban');
  await supervisor.getByRole('link', { name: '统计看板' }).first().click();
  await supervisor.getByRole('heading', { name: '统计看板' }).waitFor();

  for (const figure of ['figure-total', 'figure-inProgress']) {
    await supervisor.goto(`${app.stack.baseUrl}/dashboard`);
    const link = supervisor.getByTestId(figure);
    const shown = Number(await link.textContent());
    expect(shown).toBeGreaterThanOrEqual(filed.length);
    await link.click();
    await supervisor.getByRole('heading', { name: '办件查询' }).waitFor();
    await eventually(
      () => listedTotal(supervisor),
      (total) => expect(total).toBe(shown),
    );
    if (figure === 'figure-inProgress')
      expect(new URL(supervisor.url()).searchParams.get('status')).toBe('in_progress');
  }
  await screenshot(supervisor, 'request-search.png');

  // The accepting office's row: the centre accepted both requests.
  await supervisor.goto(`${app.stack.baseUrl}/dashboard`);
  const centre = supervisor.getByRole('row').filter({ hasText: '云梦县招商服务中心' }).first();
  const accepted = Number(await centre.getByRole('link').first().textContent());
  expect(accepted).toBeGreaterThanOrEqual(filed.length);
  await centre.getByRole('link').first().click();
  await eventually(
    () => listedTotal(supervisor),
    (total) => expect(total).toBe(accepted),
  );

  // The search box finds one request by its 办件编号, and the enterprise's by its name.
  const search = supervisor.getByRole('searchbox', { name: '搜索' });
  await search.fill(filed[0]!.number);
  await search.press('Enter');
  await eventually(
    () => listedTotal(supervisor),
    (total) => expect(total).toBe(1),
  );
  await supervisor.getByRole('row').filter({ hasText: filed[0]!.number }).waitFor();
  await supervisor.getByRole('button', { name: '清除筛选' }).click();
  await search.fill('易普乐');
  await search.press('Enter');
  await supervisor.getByRole('row').filter({ hasText: filed[1]!.number }).waitFor();
  await screenshot(supervisor, 'request-search-filtered.png');

  // The department table: the centre handles both requests now (办理部门); its figure and its overdue
  // one open the list of exactly those, which shows the filter and clears it.
  for (const [testId, deadline] of [
    [`figure-handling-${CENTRE_ID}`, null],
    [`figure-handling-overdue-${CENTRE_ID}`, 'overdue'],
  ] as const) {
    await supervisor.goto(`${app.stack.baseUrl}/dashboard`);
    const link = supervisor.getByTestId(testId);
    const shown = Number(await link.textContent());
    if (!deadline) expect(shown).toBeGreaterThanOrEqual(filed.length);
    await link.click();
    await supervisor.getByRole('heading', { name: '办件查询' }).waitFor();
    // None overdue (a loan renewal's first step has no time limit): the list says so, with no 共 N 条.
    if (shown === 0) await supervisor.getByText('没有符合条件的办件').waitFor();
    else
      await eventually(
        () => listedTotal(supervisor),
        (total) => expect(total).toBe(shown),
      );
    const params = new URL(supervisor.url()).searchParams;
    expect([params.get('handlingOrgId'), params.get('deadline')]).toEqual([CENTRE_ID, deadline]);
  }
  await supervisor.getByTestId('request-search-filters').getByText('云梦县招商服务中心').first().waitFor();
  await supervisor.getByRole('button', { name: '清除筛选' }).click();
  await eventually(
    async () => new URL(supervisor.url()).searchParams.get('handlingOrgId'),
    (handlingOrgId) => expect(handlingOrgId).toBeNull(),
  );
  await supervisor.context().close();
});

it('shows the enterprise its requests as cards on a phone, filtered by status and found by 编号', async () => {
  const qiye = await signIn(app.browser, app.stack.baseUrl, 'qiye', { viewport: PHONE });
  await qiye.goto(`${app.stack.baseUrl}/requests`);
  await qiye.getByRole('heading', { name: '我的办件' }).waitFor();
  await qiye.getByTestId('request-card').first().waitFor();
  expect(await qiye.locator('.ant-table').count()).toBe(0);
  const cards = qiye.getByTestId('request-card');
  // The card says what a row would: 编号, status and the step it is at.
  const first = cards.filter({ hasText: filed[1]!.number });
  await first.getByTestId('request-status').waitFor();
  await first.getByText(/当前环节：/).waitFor();

  await qiye.getByRole('combobox', { name: '按状态筛选' }).click();
  await chooseOption(qiye, '办理中');
  await eventually(
    () => cards.getByTestId('request-status').allTextContents(),
    (statuses) => {
      expect(statuses.length).toBeGreaterThanOrEqual(filed.length);
      expect(new Set(statuses)).toEqual(new Set(['办理中']));
    },
  );
  const search = qiye.getByRole('searchbox', { name: '搜索办件' });
  await search.fill(filed[0]!.number);
  await search.press('Enter');
  await eventually(
    () => cards.count(),
    (count) => expect(count).toBe(1),
  );
  await cards.filter({ hasText: filed[0]!.number }).waitFor();
  expect(await qiye.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await screenshot(qiye, 'phone-my-requests.png');
  await cards.first().click();
  await qiye.waitForURL(new RegExp(`/requests/${filed[0]!.id}`));
  await qiye.context().close();
});
