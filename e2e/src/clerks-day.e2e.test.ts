import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { request as playwrightRequest, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import {
  approveOpenTask,
  chooseOption,
  DEMO_PASSWORD,
  eventually,
  fillDate,
  openApplication,
  openSection,
  openTaskOf,
  requestIdOf,
  requestNumberOf,
  screenshot,
  SCREENSHOTS,
  signIn as signInAt,
  submitFilledTask,
  useAppInBrowser,
} from './browser-session';

// The clerk's day (issue 12): each demo role signs in through the login page in Chinese and does
// one real job, on an office screen and on a phone. Each test files the requests it needs itself
// (through the API, as the enterprise would) and finds them by their 办件编号: all e2e files share
// one database, so counts are compared before and after, never taken as absolute.
const app = useAppInBrowser();

const VIEWPORTS = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, phone: true },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

/** 英联科技 in the demo data (server/src/seed/demo-data.ts), whose person is qiye2 (周强). */
const YINGLIAN = { name: '英联科技', creditCode: '91420902MA4D8LW6XW', contact: '周强（英联科技）' };
const CLERK = '陈晓（云梦县招商服务中心）';
/** The demo enterprises' profiles (server/src/seed/demo-data.ts), by their person's username. */
const PROFILES: Record<string, Record<string, string>> = {
  qiye: {
    name: '易普乐生物科技',
    creditCode: '91420923MA4C7YPL0G',
    address: '湖北省孝感市云梦县经济开发区曲阳大道 18 号',
    legalRepresentative: '王建国',
    contactPhone: '0712-4337108',
  },
  qiye2: {
    name: YINGLIAN.name,
    creditCode: YINGLIAN.creditCode,
    address: '湖北省孝感市孝南区长征路 236 号',
    legalRepresentative: '周明远',
    contactPhone: '0712-2856619',
  },
};
const DOCS_SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** The screenshots the root README shows (`<role>-<screen>-<viewport>`): one per role on a desktop, three phones. */
const IN_README = new Set([
  'enterprise-my-requests-desktop',
  'window-clerk-filed-desktop',
  'handler-inbox-desktop',
  'leader-task-desktop',
  'bank-due-diligence-desktop',
  'supervisor-dashboard-desktop',
  'auditor-audit-log-desktop',
  'admin-organisation-profile-desktop',
  'enterprise-my-requests-phone',
  'handler-inbox-phone',
  'supervisor-search-phone',
]);

/**
 * Saves `day-<role>-<screen>-<viewport>.png` under e2e/screenshots and copies the ones the README
 * shows into docs/screenshots (`day-<role>-<screen>.png`, the phone ones with `-phone`).
 */
async function dayScreenshot(page: Page, role: string, screen: string, viewport: ViewportName): Promise<void> {
  const name = `day-${role}-${screen}`;
  // What passes: a toast, a list still loading, a dropdown or tooltip closing.
  const passing = page.locator(
    '.ant-message-notice, .ant-spin-spinning, .ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-tooltip:not(.ant-tooltip-hidden)',
  );
  await eventually(
    () => passing.count(),
    (count) => expect(count).toBe(0),
  );
  await screenshot(page, `${name}-${viewport}.png`);
  if (!IN_README.has(`${role}-${screen}-${viewport}`)) return;
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  copyFileSync(
    path.join(SCREENSHOTS, `${name}-${viewport}.png`),
    path.join(DOCS_SCREENSHOTS, viewport === 'phone' ? `${name}-phone.png` : `${name}.png`),
  );
}

const signIn = (username: string, viewport: ViewportName) =>
  signInAt(app.browser, app.stack.baseUrl, username, VIEWPORTS[viewport]);

/** The 待办 badge of the menu (behind 打开菜单 on a phone), 0 when it shows none. */
async function inboxBadge(page: Page): Promise<number> {
  const menuButton = page.getByRole('button', { name: '打开菜单' });
  const phone = await menuButton.isVisible();
  if (phone) await menuButton.click();
  const menu = page.getByRole('menu', { name: '主导航' });
  await menu.getByRole('link', { name: '我的待办', exact: true }).waitFor();
  const badge = menu.getByTestId('inbox-badge').locator('.ant-badge-count');
  const count = (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('title'));
  if (phone) {
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  }
  return count;
}

/** The N of 共 N 条 under the list on screen. */
async function listedTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^共 \d+ 条$/).textContent();
  return Number(/\d+/.exec(text ?? '')?.[0]);
}

/** The count a tab shows, e.g. 3 of "待办 (3)". */
async function tabCount(tab: Locator): Promise<number> {
  return Number(/\((\d+)\)/.exec((await tab.textContent()) ?? '')?.[1]);
}

const apiContexts = new Map<string, APIRequestContext>();
afterAll(async () => {
  for (const context of apiContexts.values()) await context.dispose();
});

/** A demo user's API session, signed in with the demo password (one per user, kept for the file). */
async function apiAs(username: string): Promise<APIRequestContext> {
  const known = apiContexts.get(username);
  if (known) return known;
  const context = await playwrightRequest.newContext({
    baseURL: app.stack.baseUrl,
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
  });
  const login = await context.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!login.ok()) throw new Error(`login ${username}: ${login.status()} ${await login.text()}`);
  apiContexts.set(username, context);
  return context;
}

interface Filed {
  id: string;
  number: string;
}

/** Files a request of a seed process with its form's example, as `username` (an enterprise person). */
async function fileByApi(username: string, processKey: string): Promise<Filed> {
  const api = await apiAs(username);
  const catalogue = (await (await api.get('/api/v1/processes')).json()) as {
    items: {
      key: string;
      form: { example?: Record<string, unknown>; uiSchema?: Record<string, { 'ui:options'?: { prefill?: string } }> };
    }[];
  };
  const process = catalogue.items.find((item) => item.key === processKey);
  if (!process?.form.example) throw new Error(`${processKey} has no example in ${username}'s catalogue`);
  // The enterprise's own fields from its profile, as its application page fills them in.
  const data = { ...process.form.example };
  for (const [field, ui] of Object.entries(process.form.uiSchema ?? {})) {
    const source = ui['ui:options']?.prefill?.replace(/^org\./, '');
    const value = source ? PROFILES[username]?.[source] : undefined;
    if (value) data[field] = value;
  }
  const started = await api.post('/api/v1/requests', { data: { processKey, data } });
  if (started.status() !== 201) throw new Error(`start ${processKey}: ${started.status()} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  const detail = (await (await api.get(`/api/v1/requests/${encodeURIComponent(id)}`)).json()) as { number?: string };
  if (!detail.number) throw new Error(`${id} has no 办件编号`);
  return { id, number: detail.number };
}

/** Approves `username`'s open task on a request through the API, as a colleague does before the test's role. */
async function approveByApi(username: string, requestId: string, comment: string): Promise<void> {
  const api = await apiAs(username);
  const taskId = await openTaskIdOf(username, requestId);
  const acted = await api.post(`/api/v1/tasks/${encodeURIComponent(taskId)}/actions`, {
    data: { action: 'approve', comment },
  });
  if (!acted.ok()) throw new Error(`approve ${taskId}: ${acted.status()} ${await acted.text()}`);
}

/** `username`'s open task on a request, as the API lists their 待办. */
async function openTaskIdOf(username: string, requestId: string): Promise<string> {
  const api = await apiAs(username);
  let taskId: string | undefined;
  await eventually(
    async () => {
      const inbox = `/api/v1/tasks?status=open&pageSize=100&q=${encodeURIComponent(requestId)}`;
      const tasks = (await (await api.get(inbox)).json()) as {
        items: { id: string; requestId: string }[];
      };
      return tasks.items.find((task) => task.requestId === requestId)?.id;
    },
    (found) => {
      expect(found).toBeDefined();
      taskId = found;
    },
    15_000,
  );
  return taskId!;
}

/** The cells of one column of the table on screen, found by its header. */
async function columnTexts(page: Page, title: string): Promise<string[]> {
  const headers = await page.locator('.ant-table-thead th').allTextContents();
  const index = headers.findIndex((header) => header.trim() === title);
  if (index < 0) throw new Error(`no column ${title} among ${headers.join(', ')}`);
  return page.locator(`.ant-table-tbody tr.ant-table-row > td:nth-child(${index + 1})`).allTextContents();
}

/** Clicks an 导出 Excel button, and returns the workbook the browser saved, read back with ExcelJS. */
async function exportedWorkbook(page: Page, button: Locator): Promise<ExcelJS.Worksheet> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no worksheet');
  return sheet;
}

/** A worksheet's rows as text cells (row 1 is the header). */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}

/** Waits until an input holds `value` (a form refills once the profile has loaded). */
async function expectValue(input: Locator, value: string): Promise<void> {
  await eventually(
    () => input.inputValue(),
    (held) => expect(held).toBe(value),
  );
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('on a %s', (viewport) => {
  it('企业: applies with its details filled in, sees the new 办件编号, finds it in 我的办件 by 编号 and status', async () => {
    const page = await signIn('qiye', viewport);
    await openApplication(page, '奖补申请');
    // The enterprise's own fields come from its organisation's profile, before anything is typed.
    await expectValue(page.getByLabel('企业名称'), '易普乐生物科技');
    await expectValue(page.getByLabel('统一社会信用代码'), '91420923MA4C7YPL0G');
    await page.getByRole('button', { name: '填充示例' }).click();
    await expectValue(page.getByLabel('企业名称'), '易普乐生物科技');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.waitForURL(/\/requests\/req-/);
    const number = await requestNumberOf(page, requestIdOf(page));
    expect(number).toMatch(/^\S+-\d{8}-\d{4,}$/);
    await page.getByText(number, { exact: true }).first().waitFor();

    await openSection(page, '我的办件');
    await page.getByRole('combobox', { name: '按状态筛选' }).click();
    await chooseOption(page, '办理中');
    const search = page.getByRole('searchbox', { name: '搜索办件' });
    await search.fill(number);
    await search.press('Enter');
    await eventually(
      () => listedTotal(page),
      (total) => expect(total).toBe(1),
    );
    // 编号, status and the step it is at: a row on a desktop, a card on a phone.
    const entry =
      viewport === 'phone'
        ? page.getByTestId('request-card').filter({ hasText: number })
        : page.getByRole('row').filter({ hasText: number });
    await entry.getByTestId('request-status').filter({ hasText: '办理中' }).waitFor();
    await entry.getByText('经信局初审').waitFor();
    if (viewport === 'phone') {
      expect(await page.locator('.ant-table').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await dayScreenshot(page, 'enterprise', 'my-requests', viewport);
    await page.context().close();
  });

  it('窗口受理: finds the enterprise by name and credit code, files for it, sees it in 我代办的, named as 代办人', async () => {
    const page = await signIn('chuangkou', viewport);
    await openApplication(page, '奖补申请');
    await page.getByRole('button', { name: '填充示例' }).click();

    const enterprise = page.getByLabel('代办企业');
    await enterprise.click();
    await enterprise.fill('英联');
    const option = `${YINGLIAN.name}（${YINGLIAN.creditCode}）`;
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .and(page.getByTitle(option, { exact: true }))
      .waitFor();
    await enterprise.fill(YINGLIAN.creditCode);
    await chooseOption(page, option);
    await page.getByTestId('prefill-notice').filter({ hasText: YINGLIAN.name }).waitFor();
    await expectValue(page.getByLabel('企业名称'), YINGLIAN.name);
    await expectValue(page.getByLabel('统一社会信用代码'), YINGLIAN.creditCode);
    await page.getByLabel('企业联系人').click();
    await page.getByLabel('企业联系人').fill('周强');
    await chooseOption(page, YINGLIAN.contact);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.waitForURL(/\/requests\/req-/);
    const requestPath = new URL(page.url()).pathname;
    const number = await requestNumberOf(page, requestIdOf(page));
    await page.getByTestId('filed-by').filter({ hasText: CLERK }).waitFor();

    await openSection(page, '我代办的');
    const search = page.getByRole('searchbox', { name: '搜索办件' });
    await search.fill(number);
    await search.press('Enter');
    await eventually(
      () => listedTotal(page),
      (total) => expect(total).toBe(1),
    );
    const entry = page.getByTestId('request-card').or(page.getByRole('row'));
    await entry.filter({ hasText: number }).first().waitFor();
    await dayScreenshot(page, 'window-clerk', 'filed', viewport);

    // The printed 办件单 names the clerk as 代办人.
    await page.goto(`${app.stack.baseUrl}${requestPath}`);
    await page.getByRole('link', { name: '打印办件单' }).click();
    await page
      .getByTestId('print-sheet')
      .getByRole('row')
      .filter({ hasText: '代办人' })
      .filter({ hasText: CLERK })
      .waitFor();
    await page.context().close();
  });

  it('经办: sees the 待办 count and each deadline, sorts by it, approves the most urgent; every count follows', async () => {
    // Two of 英联科技's requests for 经信局: 资格审核 has 3 working days, 初审 has 5.
    const urgent = await fileByApi('qiye2', 'equipment-renewal-relending');
    const later = await fileByApi('qiye2', 'subsidy-application');
    const page = await signIn('jxj', viewport);
    // A handler lands on the inbox.
    await page.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
    const openTab = page.getByRole('tab', { name: /^待办/ });
    await eventually(
      () => tabCount(openTab),
      (count) => expect(count).toBeGreaterThanOrEqual(2),
    );
    const before = { tab: await tabCount(openTab), badge: await inboxBadge(page), total: await listedTotal(page) };
    expect(before.badge).toBe(before.tab);
    expect(before.total).toBe(before.tab);

    await page.getByRole('searchbox', { name: '搜索' }).fill(YINGLIAN.name);
    await page.getByRole('combobox', { name: '按时限排序' }).click();
    await chooseOption(page, '按时限排序');
    // A row on a desktop, a card on a phone; each found by its task's link.
    const entries = page.locator('.ant-table-tbody tr.ant-table-row').or(page.getByTestId('task-card'));
    const taskPaths = {
      urgent: `/tasks/${encodeURIComponent(await openTaskIdOf('jxj', urgent.id))}`,
      later: `/tasks/${encodeURIComponent(await openTaskIdOf('jxj', later.id))}`,
    };
    const urgentEntry = entries.filter({ has: page.locator(`a[href="${taskPaths.urgent}"]`) });
    const laterEntry = entries.filter({ has: page.locator(`a[href="${taskPaths.later}"]`) });
    // Each shows its 编号, its due date and the working days left, soonest first.
    await urgentEntry.filter({ hasText: urgent.number }).getByText('剩 3 个工作日').waitFor();
    await laterEntry.filter({ hasText: later.number }).getByText('剩 5 个工作日').waitFor();
    const dues =
      viewport === 'phone'
        ? (await entries.allTextContents()).map((text) => /办理时限：(\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(text)?.[1])
        : await columnTexts(page, '办理时限');
    expect(dues.every((due) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(due ?? ''))).toBe(true);
    expect(dues).toEqual([...dues].sort());
    const order = await entries.evaluateAll((found) =>
      found.map((entry) => entry.querySelector('a[href^="/tasks/"]')?.getAttribute('href')),
    );
    expect(order.indexOf(taskPaths.urgent)).toBeLessThan(order.indexOf(taskPaths.later));
    if (viewport === 'phone') {
      // Cards, not a table cut off at the deadline.
      expect(await page.locator('.ant-table').count()).toBe(0);
      const tag = await urgentEntry.getByText('剩 3 个工作日').boundingBox();
      expect(tag!.x + tag!.width).toBeLessThanOrEqual(390);
    }
    await dayScreenshot(page, 'handler', 'inbox', viewport);

    await urgentEntry.locator(`a[href="${taskPaths.urgent}"]`).first().click();
    await page.waitForURL(/\/tasks\//);
    await approveOpenTask(page, '资格符合设备更新再贷款条件，同意推荐');
    await openSection(page, '我的待办');
    await eventually(
      async () => ({ tab: await tabCount(openTab), badge: await inboxBadge(page), total: await listedTotal(page) }),
      (after) => expect(after).toEqual({ tab: before.tab - 1, badge: before.badge - 1, total: before.total - 1 }),
    );
    await page.context().close();
  });

  it('领导: approves the leader’s step of a request its bureau reviewed', async () => {
    const filed = await fileByApi('qiye2', 'subsidy-application');
    await approveByApi('jxj', filed.id, '材料齐全，建议予以奖补');
    const page = await signIn('jxj-leader', viewport);
    await page.getByRole('heading', { name: '我的待办', level: 1 }).waitFor();
    await openTaskOf(page, filed.id, '经信局审定');
    // The bureau's opinion is on the task the leader decides.
    await page.getByText('材料齐全，建议予以奖补').first().waitFor();
    await page.getByLabel('审批意见').fill('同意奖补，按程序公示');
    await dayScreenshot(page, 'leader', 'task', viewport);
    await approveOpenTask(page, '同意奖补，按程序公示');
    await page.goto(`${app.stack.baseUrl}/requests/${encodeURIComponent(filed.id)}`);
    await page.getByText('公示').first().waitFor();
    await page.context().close();
  });

  it('银行: records the branch’s due diligence of a loan renewal the centre accepted', async () => {
    const filed = await fileByApi('qiye', 'loan-renewal');
    await approveByApi('zhaoshang', filed.id, '材料齐全，同意开通绿色通道');
    const page = await signIn('yinhang', viewport);
    await openTaskOf(page, filed.id, '支行尽职调查');
    await submitFilledTask(page, async (form) => {
      await fillDate(form, '实地核查日期', '2026-12-14');
      await form.getByLabel('实地核查记录').fill('企业生产正常，纳税无欠缴，原抵押厂房状况良好。');
      await form.getByRole('radio', { name: '建议续贷，报上级行特批' }).check();
      await dayScreenshot(page, 'bank', 'due-diligence', viewport);
    });
    await page.context().close();
  });

  it('督办: lands on the dashboard, follows a figure to 办件查询 with the same count, searches and exports', async () => {
    const filed = await fileByApi('qiye2', 'subsidy-application');
    const page = await signIn('duban', viewport);
    await page.getByRole('heading', { name: '统计看板', level: 1 }).waitFor();
    const figure = page.getByTestId('figure-inProgress');
    await eventually(
      async () => Number(await figure.textContent()),
      (shown) => expect(shown).toBeGreaterThanOrEqual(1),
    );
    await dayScreenshot(page, 'supervisor', 'dashboard', viewport);
    const shown = Number(await figure.textContent());
    await figure.click();
    await page.getByRole('heading', { name: '办件查询', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('in_progress');
    await eventually(
      () => listedTotal(page),
      (total) => expect(total).toBe(shown),
    );

    // One search box: the 办件编号, the enterprise's name, its 统一社会信用代码.
    const search = page.getByRole('searchbox', { name: '搜索' });
    const entries = page.getByTestId('request-card').or(page.getByRole('row'));
    for (const text of [YINGLIAN.creditCode, YINGLIAN.name, filed.number]) {
      // The search goes into the address and the box is drawn anew for it: typing into the box
      // being replaced is lost, so type again until the address has it.
      await eventually(
        async () => {
          await search.fill(text);
          await search.press('Enter');
          return new URL(page.url()).searchParams.get('q');
        },
        (q) => expect(q).toBe(text),
      );
      await entries.filter({ hasText: filed.number }).first().waitFor();
    }
    await eventually(
      () => listedTotal(page),
      (total) => expect(total).toBe(1),
    );
    await dayScreenshot(page, 'supervisor', 'search', viewport);

    // 导出 Excel with the same filters: Chinese headers, the one request.
    const rows = rowsOf(await exportedWorkbook(page, page.getByRole('button', { name: '导出 Excel' })));
    expect(rows[0]).toEqual(expect.arrayContaining(['办件编号']));
    expect(rows.slice(1).map((row) => row.includes(filed.number))).toEqual([true]);
    await page.context().close();
  });

  it('审计: lands on the audit log, filters it by 操作人, exports what it shows', async () => {
    const filed = await fileByApi('qiye2', 'subsidy-application');
    const page = await signIn('shenji', viewport);
    await page.getByRole('heading', { name: '审计日志', level: 1 }).waitFor();
    await page.getByLabel('办件编号').fill(filed.id);
    const actor = page.getByLabel('操作人');
    await actor.click();
    await actor.fill('周强');
    await chooseOption(page, YINGLIAN.contact);
    await eventually(
      () => columnTexts(page, '操作人'),
      (names) => {
        expect(names.length).toBeGreaterThanOrEqual(1);
        expect(new Set(names)).toEqual(new Set([YINGLIAN.contact]));
      },
    );
    await dayScreenshot(page, 'auditor', 'audit-log', viewport);
    const rows = rowsOf(await exportedWorkbook(page, page.getByRole('button', { name: '导出 Excel' })));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.slice(1).every((row) => row.some((cell) => cell.includes('周强')))).toBe(true);
    await page.context().close();
  });

  it('管理员: records an enterprise with its profile; a wrong check character is refused', async () => {
    const name = `晨曦精密机械${viewport === 'phone' ? '（移动端）' : ''}${Math.random().toString(36).slice(2, 8)}`;
    const creditCode = creditCodeWithCheck(`91420923MA4${randomCreditDigits(6)}`);
    const page = await signIn('admin', viewport);
    await openSection(page, '单位管理');
    // The list narrowed to the name first: the new enterprise appears in it once saved.
    await page.getByRole('searchbox', { name: '搜索' }).fill(name);
    await page.getByText('暂无数据', { exact: true }).filter({ visible: true }).first().waitFor();
    await page.getByRole('button', { name: '新建单位' }).click();
    const dialog = page.getByRole('dialog', { name: '新建单位' });
    await dialog.getByLabel('名称', { exact: true }).fill(name);
    await dialog.getByLabel('类型').click();
    await chooseOption(page, '企业');
    await dialog.getByLabel('办件编号前缀').fill('晨曦精密');
    // One wrong character: the check character no longer matches.
    await dialog.getByLabel('统一社会信用代码').fill(`${creditCode.slice(0, 17)}${creditCode[17] === '0' ? '1' : '0'}`);
    await dialog.getByLabel('住所').fill('湖北省孝感市云梦县经济开发区楚王城大道 66 号');
    await dialog.getByLabel('法定代表人').fill('刘志强');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText(/不是有效的统一社会信用代码/).waitFor();
    await dayScreenshot(page, 'admin', 'organisation-profile', viewport);
    await dialog.getByLabel('统一社会信用代码').fill(creditCode);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').first().waitFor();

    await page.getByRole('button', { name: `编辑“${name}”` }).click();
    const editor = page.getByRole('dialog', { name: '编辑单位' });
    await expectValue(editor.getByLabel('统一社会信用代码'), creditCode);
    await expectValue(editor.getByLabel('办件编号前缀'), '晨曦精密');
    await expectValue(editor.getByLabel('法定代表人'), '刘志强');
    await page.context().close();
  });
});

/** `count` random digits, so each run records its own enterprise. */
function randomCreditDigits(count: number): string {
  return Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
}

/** GB 32100-2015: appends the check character to the first 17 characters of a 统一社会信用代码. */
function creditCodeWithCheck(first17: string): string {
  const characters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((total, weight, index) => total + characters.indexOf(first17[index]!) * weight, 0);
  return `${first17}${characters[(31 - (sum % 31)) % 31]}`;
}
