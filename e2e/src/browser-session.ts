import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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

export interface SignInOptions {
  /** Default 1366 × 900, a common office screen; 375 × 812 is a phone. */
  viewport?: { width: number; height: number };
  locale?: 'zh-CN' | 'en';
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
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
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
