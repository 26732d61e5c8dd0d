import { seedProcesses } from '@tongban/workflows';
import { eventually, screenshot, signIn, useAppInBrowser } from './browser-session';

// The process designer in Chromium: an administrator opens a seeded process, reads it as a tree and a picture,
// previews its route with the engine, starts a new version, adds a step, gets the server's problem on that step
// when publishing, fixes it and publishes.
const app = useAppInBrowser();
/** The version a new draft of 项目并联审批 gets: one after the seed's latest. */
const NEXT_VERSION =
  Math.max(...seedProcesses.filter((process) => process.key === 'project-parallel-approval').map((p) => p.version)) + 1;

it('an administrator designs a new version of a seeded process and publishes it', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'admin');
  await page.getByRole('link', { name: '流程管理' }).first().click();
  await page.getByRole('heading', { name: '流程管理' }).waitFor();
  await screenshot(page, 'process-list.png');
  await page.getByRole('link', { name: '项目并联审批' }).first().click();
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
  await page.waitForURL(new RegExp(`/admin/processes/project-parallel-approval/versions/${NEXT_VERSION}$`));
  await eventually(
    () => page.getByTestId('definition-status').textContent(),
    (text) => expect(text).toBe(`第 ${NEXT_VERSION} 版 · 草稿`),
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
    (text) => expect(text).toBe(`第 ${NEXT_VERSION} 版 · 已发布`),
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
