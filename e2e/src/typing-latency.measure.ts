import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startAppStack, type AppStack } from './app-stack';
import { launchChromium, signIn } from './browser-session';

/**
 * Keystroke-to-paint while typing into a 100-field form, in Chromium: a
 * measurement, not a test (`npm run measure:typing -w @tongban/e2e`), written
 * to docs/typing-latency.md. The form is built in the form designer's JSON
 * view and typed into in its 预览, which uses the application form's renderer,
 * widgets and validator; once before 校验 and once after it, when errors show
 * and the form validates again as one leaves a field (rjsf `liveValidate: 'onBlur'`). Chromium's Event Timing API gives
 * each keystroke's duration from the key press to the next paint.
 */
const FIELDS = 100;
const KEYSTROKES = 40;

let stack: AppStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startAppStack();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function hundredFieldSchema() {
  const properties: Record<string, unknown> = {};
  for (let i = 1; i <= FIELDS; i++) {
    properties[`field${i}`] =
      i % 4 === 0
        ? { type: 'number', title: `数字字段 ${i}`, minimum: 0 }
        : i % 7 === 0
          ? {
              type: 'string',
              title: `选择字段 ${i}`,
              oneOf: [
                { const: 'a', title: '甲' },
                { const: 'b', title: '乙' },
              ],
            }
          : { type: 'string', title: `文本字段 ${i}`, minLength: 2, maxLength: 50 };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '一百个字段',
    required: Object.keys(properties).filter((_, index) => index % 3 === 0),
    additionalProperties: false,
    properties,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;

it(`measures keystroke-to-paint in a ${FIELDS}-field form`, async () => {
  const page = await signIn(browser, stack.baseUrl, 'admin');
  await page.goto(`${stack.baseUrl}/admin/forms/new`);
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.getByLabel('JSON Schema', { exact: true }).fill(JSON.stringify(hundredFieldSchema()));
  await page.getByRole('button', { name: '应用 JSON' }).click();
  await page.getByRole('tab', { name: '预览' }).click();
  const field = page.getByLabel('文本字段 50');
  await field.waitFor();

  const measure = async (): Promise<number[]> => {
    await page.evaluate(() => {
      const store = window as unknown as { __keyDurations: number[]; __observer?: PerformanceObserver };
      store.__keyDurations = [];
      store.__observer?.disconnect();
      store.__observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') store.__keyDurations.push(entry.duration);
      });
      // 16 ms is the smallest threshold Chromium reports; faster keystrokes count as 16.
      store.__observer.observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    await field.fill('');
    for (let i = 0; i < KEYSTROKES; i++) await field.press(i % 10 === 9 ? 'Backspace' : 'KeyA', { delay: 30 });
    await page.waitForTimeout(500);
    const measured = await page.evaluate(() => (window as unknown as { __keyDurations: number[] }).__keyDurations);
    // Keystrokes under the threshold produce no entry: they painted within 16 ms.
    return [...measured, ...Array<number>(Math.max(0, KEYSTROKES - measured.length)).fill(16)].sort((a, b) => a - b);
  };

  const quiet = await measure();
  await page.getByRole('button', { name: '校验' }).click();
  const validating = await measure();
  await page.context().close();

  const row = (name: string, values: number[]) =>
    `| ${name} | ${KEYSTROKES} | ${percentile(values, 0.5).toFixed(0)} | ${percentile(values, 0.95).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
  const report = [
    '# Typing into a 100-field form',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run measure:typing -w @tongban/e2e\` (e2e/src/typing-latency.measure.ts):`,
    `Chromium (${browser.version()}) through playwright-core on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB,`,
    'the production build served by the API, the form designer’s 预览 (the application form’s renderer, widgets and validator).',
    `The form has ${FIELDS} fields (text with length limits, numbers, choices; every third required); keystrokes go into field 50,`,
    'one every 30 ms. Keystroke-to-paint is the Event Timing duration of each `keydown` (key press to the next paint);',
    'keystrokes that painted within 16 ms, which Chromium does not report, count as 16 ms.',
    '',
    '| phase | keystrokes | median ms | p95 ms | max ms |',
    '| --- | --- | --- | --- | --- |',
    row('before 校验 (no validation while typing)', quiet),
    row('after 校验 (errors shown, validated again on leaving a field)', validating),
    '',
    'A frame at 60 Hz is 16.7 ms; under about 50 ms typing feels immediate, above 100 ms it lags.',
    '',
    'Why the forms validate on leaving a field rather than on every keystroke: on 2026-11-27, validating the',
    'whole form on every keystroke measured 88 ms median, 296 ms p95 and 432 ms max here; a first version',
    'of the browser validator that built its schema validators afresh on every call measured 360 ms median',
    'and 5 s p95, which is why `client/src/forms/interpreting-validator.ts` keeps them by schema content.',
    '',
  ].join('\n');
  writeFileSync(path.resolve(__dirname, '..', '..', 'docs', 'typing-latency.md'), report);
  console.log(report);
});
