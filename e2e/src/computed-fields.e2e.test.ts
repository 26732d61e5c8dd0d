import type { Page } from 'playwright-core';
import { eventually, requestIdOf, screenshot, signIn, useAppInBrowser } from './browser-session';

// Computed fields (公式) in Chromium: an enterprise fills a 明细表 of equipment; each row's 小计, the 总投资
// and its 大写 follow every keystroke, read-only; the request is submitted and stores what the formulas give.
const app = useAppInBrowser();
const KEY = 'computed-equipment';
let applicant: Page;
const browserErrors: string[] = [];

const amount = { type: 'number', multipleOf: 0.01 };
const definition = {
  key: KEY,
  title: { zh: '设备投资测算（公式）' },
  schema: {
    type: 'object',
    required: ['equipment'],
    additionalProperties: false,
    properties: {
      equipment: {
        type: 'array',
        title: '设备清单',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name', 'quantity', 'unitPrice'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', title: '设备名称' },
            quantity: { type: 'integer', title: '数量', minimum: 1 },
            unitPrice: { ...amount, title: '单价（元）' },
            subtotal: { ...amount, title: '小计（元）', readOnly: true, 'x-formula': 'quantity * unitPrice' },
          },
        },
      },
      total: { ...amount, title: '总投资（元）', readOnly: true, 'x-formula': 'SUM(equipment.subtotal)' },
      totalInWords: { type: 'string', title: '总投资大写', readOnly: true, 'x-formula': 'UPPERMONEY(total)' },
    },
  },
  uiSchema: { 'ui:order': ['equipment', 'total', 'totalInWords'] },
  example: {
    equipment: [{ name: '数控机床', quantity: 1, unitPrice: 1, subtotal: 1 }],
    total: 1,
    totalInWords: '壹元整',
  },
};

beforeAll(async () => {
  const admin = await signIn(app.browser, app.stack.baseUrl, 'admin');
  const api = (path: string) => new URL(path, app.stack.baseUrl).href;
  const post = async (path: string, data?: unknown, headers: Record<string, string> = {}) => {
    const response = await admin.request.post(api(path), { data, headers });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  };
  await post('/api/v1/definitions/forms/import', { format: 'tongban.form/v1', definition });
  await post(`/api/v1/definitions/forms/${KEY}/versions/1/publish`, undefined, { 'If-Match': '"r1"' });
  await post('/api/v1/definitions/processes', {
    definition: {
      key: KEY,
      name: { zh: definition.title.zh },
      form: { key: KEY, version: 1 },
      steps: [
        {
          type: 'approval',
          id: 'review',
          name: { zh: '审核' },
          assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
          mode: 'any',
        },
      ],
    },
  });
  await post(`/api/v1/definitions/processes/${KEY}/versions/1/publish`, undefined, { 'If-Match': '"r1"' });
  await admin.context().close();
  applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  applicant.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
});

it('computes each row, the total and its capitals as the enterprise types, and submits them', async () => {
  await applicant.goto(`${app.stack.baseUrl}/apply/${KEY}`);
  const input = (id: string) => applicant.locator(`#root_${id}`);
  const value = (id: string) => input(id).inputValue();

  // The 明细表 needs a row (minItems), so the form starts with one.
  await input('equipment_0_name').fill('数控机床');
  await input('equipment_0_quantity').fill('3');
  await input('equipment_0_unitPrice').fill('41152.26');
  await eventually(
    () => value('equipment_0_subtotal'),
    (shown) => expect(shown).toBe('123456.78'),
  );
  await applicant.getByRole('button', { name: /添加一行/ }).click();
  await input('equipment_1_name').fill('检测仪');
  await input('equipment_1_quantity').fill('1');
  await input('equipment_1_unitPrice').fill('0.1');
  await eventually(
    () => Promise.all([value('total'), value('totalInWords')]),
    (shown) => expect(shown).toEqual(['123456.88', '壹拾贰万叁仟肆佰伍拾陆元捌角捌分']),
  );
  // Computed fields take no typing.
  expect(await input('total').isEditable()).toBe(false);
  expect(await input('equipment_0_subtotal').isEditable()).toBe(false);
  await screenshot(applicant, 'computed-fields.png');

  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/, { timeout: 15_000 });
  const stored = await applicant.request.get(
    new URL(`/api/v1/requests/${requestIdOf(applicant)}`, app.stack.baseUrl).href,
  );
  expect((await stored.json()).data).toMatchObject({
    equipment: [{ subtotal: 123456.78 }, { subtotal: 0.1 }],
    total: 123456.88,
    totalInWords: '壹拾贰万叁仟肆佰伍拾陆元捌角捌分',
  });
  expect(browserErrors).toEqual([]);
});
