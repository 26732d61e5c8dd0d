import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startAppStack, type AppStack, type AppStackOptions } from './app-stack';

/** Where e2e tests save screenshots (gitignored; the good ones are copied into docs/screenshots). */
export const SCREENSHOTS = path.resolve(__dirname, '..', 'screenshots');

/** The demo users' password (server/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'tongban123';

/** Debian's Chromium through playwright-core, as every e2e test drives it. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** The app on its own stack and a Chromium to drive it, for one test file. */
export interface AppInBrowser {
  stack: AppStack;
  browser: Browser;
}

/** Starts the stack and Chromium before the file's tests and stops both after them. */
export function useAppInBrowser(options: AppStackOptions = {}): AppInBrowser {
  const app = {} as AppInBrowser;
  beforeAll(async () => {
    app.stack = await startAppStack(options);
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.stack?.stop();
  });
  return app;
}

export interface SignInOptions {
  /** Default 1366 × 900, a common office screen; 375 × 812 is a phone. */
  viewport?: { width: number; height: number };
  locale?: 'zh-CN' | 'en';
  /** A phone: a touch screen, with the page laid out by its viewport meta tag (Playwright's `isMobile`). */
  phone?: boolean;
}

/** A new browser context signed in as a demo user through the login page. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: SignInOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1366, height: 900 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  // Signed in once the home page (`/` sends each role to its own) is drawn: a click before then could be
  // followed by the home redirect.
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/** Saves a full-page screenshot under SCREENSHOTS. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

/**
 * Drags one element onto another with real pointer moves, in steps, as
 * @dnd-kit's pointer sensor needs (it starts after a few pixels of movement).
 */
export async function dragTo(
  page: Page,
  from: { boundingBox(): Promise<Box | null> },
  to: { boundingBox(): Promise<Box | null> },
  where: 'center' | 'top' | 'bottom' = 'center',
): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag source or target is not visible');
  const y = where === 'top' ? b.y + 4 : where === 'bottom' ? b.y + b.height - 6 : b.y + b.height / 2;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, y, { steps: 12 });
  await page.mouse.move(b.x + b.width / 2, y + 1, { steps: 2 });
  await page.mouse.up();
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads `read()` until `check` passes (or rethrows its last failure after
 * `timeoutMs`): for state the page settles into after an animation or a fetch.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => void,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Picks `label` in the open antd Select dropdown. Its `role="option"` nodes
 * are an offscreen list for screen readers; the visible items carry the label as title.
 */
export async function chooseOption(page: Page, label: string): Promise<void> {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .and(page.getByTitle(label, { exact: true }))
    .click();
}

/** The request id (办件编号) of the request page the browser is on. */
export function requestIdOf(page: Page): string {
  const id = /\/requests\/(req-[^/?#]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a request page: ${page.url()}`);
  return decodeURIComponent(id);
}

/**
 * Opens a section of the app by its menu entry (办事大厅, 我的待办, …): the side menu on a wide
 * screen, the drawer behind 打开菜单 on a phone. Waits for the section's heading.
 */
export async function openSection(page: Page, name: string): Promise<void> {
  // The layout decides where the menu is once it has measured the screen: wait for a page first.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const menuButton = page.getByRole('button', { name: '打开菜单' });
  const drawer = await menuButton.isVisible();
  if (drawer) await menuButton.click();
  const menu = page.getByRole('menu', { name: '主导航' });
  await menu.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  // The closing drawer gives the focus back to 打开菜单, which would close a dropdown opened before.
  if (drawer) await menu.waitFor({ state: 'hidden' });
}

/**
 * Opens a process's application from 办事大厅 by its exact name: other tests publish processes whose
 * names contain a seed process's name (设备更新再贷款申请（设计器）), and the hall's cards are headings too.
 */
export async function openApplication(page: Page, processName: string): Promise<void> {
  await openSection(page, '办事大厅');
  await page.getByRole('link', { name: processName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: processName, exact: true }).waitFor();
}

/**
 * Opens the signed-in handler's open task on one request, as a handler finds
 * it among others: 我的待办 searched by the request's number (办件编号), then
 * the row of that number (and step, when the handler holds more than one).
 * Tests share one database, so "the first task in the inbox" may be anyone's.
 */
export async function openTaskOf(page: Page, requestId: string, stepName?: string): Promise<void> {
  const number = await requestNumberOf(page, requestId);
  // The open task as the server has it now: a row still on screen from before the last decision
  // (the list refetches while it shows what it had) may be a task that is no longer open.
  const taskId = await openTaskIdOf(page, requestId, stepName);
  await openSection(page, '我的待办');
  await page.getByRole('searchbox', { name: '搜索' }).fill(number);
  // A row of the table, or on a phone a card.
  await page
    .getByRole('row')
    .or(page.getByTestId('task-card'))
    .filter({ hasText: number })
    .locator(`a[href="/tasks/${encodeURIComponent(taskId)}"]`)
    .click();
  await page.waitForURL(/\/tasks\//);
}

/** The signed-in user's open task on a request (of the step named, if given), read from the API. */
async function openTaskIdOf(page: Page, requestId: string, stepName?: string): Promise<string> {
  const url = new URL('/api/v1/tasks?status=open&pageSize=100', page.url()).href;
  for (const deadline = Date.now() + 15_000; ;) {
    // Step names as the Chinese pages show them, whatever the context's language.
    const response = await page.request.get(url, { headers: { 'Accept-Language': 'zh-CN' } });
    if (!response.ok()) throw new Error(`inbox: ${response.status()}`);
    const tasks = ((await response.json()) as { items: { id: string; requestId: string; stepName: string }[] }).items;
    const task = tasks.find((item) => item.requestId === requestId && (!stepName || item.stepName.includes(stepName)));
    if (task) return task.id;
    if (Date.now() > deadline) throw new Error(`no open task of ${requestId}${stepName ? ` at ${stepName}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The 办件编号 pages show for a request (its internal id when it has none), read as the signed-in user. */
export async function requestNumberOf(page: Page, requestId: string): Promise<string> {
  const response = await page.request.get(
    new URL(`/api/v1/requests/${encodeURIComponent(requestId)}`, page.url()).href,
  );
  if (!response.ok()) throw new Error(`request ${requestId}: ${response.status()}`);
  return ((await response.json()) as { number?: string }).number ?? requestId;
}

/** 同意 on the open task page, with an opinion, confirmed in its dialog. */
export async function approveOpenTask(page: Page, opinion: string): Promise<void> {
  await page.getByLabel('审批意见').fill(opinion);
  await page.getByRole('button', { name: '同意' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  // The page goes to 我的待办 once the approval is through (the toast saying so lasts 3 s: a busy
  // machine may look for it after it has gone).
  await page.waitForURL(/\/inbox(?:[?#]|$)/);
}

/**
 * Submits the open 填报 task's form once `fill` has filled it. `fill` gets the
 * form's card: the request's data below it may have fields of the same titles.
 */
export async function submitFilledTask(page: Page, fill: (form: Locator) => Promise<void>): Promise<void> {
  const form = page.getByTestId('fill-form');
  await fill(form);
  await form.getByRole('button', { name: '提交', exact: true }).click();
  await page.getByText('已提交，办件已流转').waitFor();
}

/** antd's date picker takes a typed date when it loses focus (Enter would also submit the form). */
export async function fillDate(within: Page | Locator, label: string, date: string): Promise<void> {
  const input = within.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

/** Waits until the request page's status tag reads `status` (办理中, 办结, …). */
export async function expectRequestStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('request-status').filter({ hasText: status }).waitFor();
}
