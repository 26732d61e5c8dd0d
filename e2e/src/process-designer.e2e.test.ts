import { seedProcesses } from '@tongban/workflows';
import type { APIResponse } from 'playwright-core';
import { eventually, screenshot, signIn, useAppInBrowser } from './browser-session';

// The process designer in Chromium: an administrator opens a published process, reads it as a tree and a
// picture, previews its route with the engine, starts a new version, adds a step, gets the server's problem on
// that step when publishing, fixes it and publishes.
const app = useAppInBrowser();
const SEED_KEY = 'project-parallel-approval';
/**
 * The process designed here: a copy of the seed's 项目并联审批 under its own key and name. A new version of the
 * seed itself would add a step to every 项目并联审批 applied for afterwards, in the other test files too.
 */
const PRACTICE = { key: 'parallel-approval-practice', name: '项目并联审批（设计练习）' };
const SEED_VERSION = Math.max(...seedProcesses.filter((process) => process.key === SEED_KEY).map((p) => p.version));

beforeAll(async () => {
  const admin = await signIn(app.browser, app.stack.baseUrl, 'admin');
  const api = (path: string) => new URL(`/api/v1/definitions/processes${path}`, app.stack.baseUrl).href;
  const ok = async <T>(response: APIResponse): Promise<T> => {
    if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const file = await ok<{ format: string; definition: { key: string; name: { zh: string } } }>(
    await admin.request.get(api(`/${SEED_KEY}/versions/${SEED_VERSION}/export`)),
  );
  const definition = { ...file.definition, key: PRACTICE.key, name: { ...file.definition.name, zh: PRACTICE.name } };
  await ok(await admin.request.post(api('/import'), { data: { format: file.format, definition } }));
  await ok(await admin.request.post(api(`/${PRACTICE.key}/versions/1/publish`), { headers: { 'If-Match': '"r1"' } }));
  await admin.context().close();
});

it('an administrator designs a new version of a published process and publishes it', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'admin');
  await page.getByRole('link', { name: '流程管理' }).first().click();
  await page.getByRole('heading', { name: '流程管理' }).waitFor();
  await screenshot(page, 'process-list.png');
  await page.getByRole('link', { name: PRACTICE.name, exact: true }).click();
  await page.getByRole('heading', { name: '流程设计器' }).waitFor();

  // The tree and the picture show the parallel review with its branches.
  const tree = page.getByRole('tree', { name: '环节' });
  await tree.getByText('并联', { exact: true }).first().waitFor();
  await page.getByTestId('process-picture').locator('.react-flow__node').first().waitFor();
  const pictureNodes = await page.getByTestId('process-picture').locator('.react-flow__node').count();
  expect(pictureNodes).toBeGreaterThan(4);
  await screenshot(page, 'process-designer.png');

  // 流程预测 runs the engine on the form's example.
  await page.getByRole('tab', { name: '流程预测' }).click();
  await eventually(
    () => page.getByTestId('route-step').count(),
    (count) => expect(count).toBeGreaterThan(2),
  );
  await screenshot(page, 'process-route-preview.png');
  await page.getByRole('tab', { name: '流程图' }).click();

  // A published version never changes: start a new draft from it.
  await page.getByRole('button', { name: '基于此版本新建草稿' }).click();
  await page.waitForURL(new RegExp(`/admin/processes/${PRACTICE.key}/versions/2$`));
  await eventually(
    () => page.getByTestId('definition-status').textContent(),
    (text) => expect(text).toBe('第 2 版 · 草稿'),
  );

  // Add an approval step at the end with a bad id; the server refuses to publish and says so on that step.
  await page.getByRole('button', { name: '添加环节' }).hover();
  await page.getByRole('menuitem', { name: '审批' }).click();
  const properties = page.getByTestId('step-properties');
  await properties.getByLabel('环节名称', { exact: true }).fill('终审');
  await properties.getByLabel('环节标识').fill('Final_Review');
  await properties.getByLabel('时限（工作日）').fill('3');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
  await page.getByTestId('server-problems').waitFor();
  await properties.getByTestId('step-problems').waitFor();
  expect(await properties.getByTestId('step-problems').textContent()).toContain('终审');
  await screenshot(page, 'process-designer-problems.png');

  await properties.getByLabel('环节标识').fill('final-review');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
  await eventually(
    () => page.getByTestId('definition-status').textContent(),
    (text) => expect(text).toBe('第 2 版 · 已发布'),
  );
  const json = await page
    .getByRole('tab', { name: 'JSON' })
    .click()
    .then(() => page.getByLabel('流程定义 JSON').inputValue());
  const definition = JSON.parse(json) as { steps: { id: string; sla?: { workingDays: number } }[] };
  expect(definition.steps.at(-1)).toMatchObject({ id: 'final-review', sla: { workingDays: 3 } });
  await page.context().close();
});

it('works on a phone', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'admin', { viewport: { width: 375, height: 812 } });
  await page.goto(`${app.stack.baseUrl}/admin/processes/loan-renewal/versions/2`);
  await page.getByRole('heading', { name: '流程设计器' }).waitFor();
  await page.getByTestId('process-picture').locator('.react-flow__node').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, 'process-designer-phone.png');
  await page.context().close();
});
