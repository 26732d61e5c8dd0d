import type { Locator, Page } from 'playwright-core';
import {
  chooseOption,
  eventually,
  openApplication,
  requestIdOf,
  screenshot,
  signIn,
  useAppInBrowser,
} from './browser-session';

// Issue 13's "done when", in Chromium: an administrator builds a 设备更新再贷款 application in the form designer
// alone — a 明细表 of equipment whose 金额 per row and 计划总投资 are formulas, the loan amount in 大写, a checked
// 统一社会信用代码, the county from the 省/市/区县 picker and a 申请理由 required only above 500 万元 — publishes
// it, attaches it to a new process in the process designer, and an enterprise applies with it from 办事大厅.
const app = useAppInBrowser();

const FORM_KEY = 'equipment-relending-designed';
const FORM_TITLE = '设备更新再贷款申请表（设计器）';
const PROCESS_KEY = 'equipment-relending-designed';
const PROCESS_NAME = '设备更新再贷款申请（设计器）';
/** 申请理由 is required above 500 万元. */
const THRESHOLD_YUAN = 5_000_000;
const CREDIT_CODE = '91420923MA4F5XK27X';
/** The same code with a wrong check character (X is right). */
const WRONG_CREDIT_CODE = '91420923MA4F5XK27Y';

const equipment = [
  { name: '五轴数控加工中心', quantity: '4', unitPrice: '1850000' },
  { name: '三坐标测量仪', quantity: '3', unitPrice: '456789.12' },
];
/** 4 × 1,850,000 and 3 × 456,789.12, and their sum. */
const amounts = [7_400_000, 1_370_367.36];
const TOTAL = 8_770_367.36;

/** The properties panel of the selected field. */
const propertiesOf = (page: Page) => page.getByTestId('field-properties');

/**
 * Adds a field of `kind` from the palette (into the selected 明细表 when one is selected) and names it;
 * the new field is selected, so the panel is its own.
 */
async function addField(page: Page, kind: string, title: string, key: string): Promise<Locator> {
  await page.getByTestId(`palette-${kind}`).click();
  const properties = propertiesOf(page);
  await properties.getByLabel('标题', { exact: true }).fill(title);
  await properties.getByLabel('字段标识').fill(key);
  await page.getByRole('button', { name: `选中“${title}”` }).waitFor();
  return properties;
}

/** Picks a choice in a Select of the panel (antd's dropdown lives outside it). */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await chooseOption(page, label);
}

/** Inserts a field or function through the formula editor's pickers, searching the picker first. */
async function insertIntoFormula(page: Page, picker: '插入字段' | '插入函数', search: string, title: string) {
  const select = propertiesOf(page).getByLabel(picker);
  await select.click();
  await select.fill(search);
  await chooseOption(page, title);
}

/** Fills a rendered form's 明细表 rows, credit code and amount (`prefix`: rjsf's id prefix). */
async function fillEquipment(page: Page, prefix: string): Promise<void> {
  const input = (id: string) => page.locator(`#${prefix}_${id}`);
  for (const [index, row] of equipment.entries()) {
    if (index > 0) await page.getByRole('button', { name: /添加一行/ }).click();
    await input(`equipment_${index}_name`).fill(row.name);
    await input(`equipment_${index}_quantity`).fill(row.quantity);
    await input(`equipment_${index}_unitPrice`).fill(row.unitPrice);
  }
}

/** Picks 湖北省 / 孝感市 / 云梦县 in the region Cascader labelled `label`. */
async function pickCounty(page: Page, label: string): Promise<void> {
  await page.getByLabel(label).click();
  for (const name of ['湖北省', '孝感市', '云梦县'])
    await page.locator(`.ant-cascader-menu-item[title="${name}"]`).click();
  // The Cascader shows the path chosen (an offscreen live region repeats it for screen readers).
  await page.getByText('湖北省 / 孝感市 / 云梦县').filter({ visible: true }).first().waitFor();
}

/** A full-page screenshot taken scrolled to the top, so the fixed header is drawn where it belongs. */
async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/**
 * 发布 in a designer, confirmed, until version 1 shows as published; the server's problems, if it refuses,
 * are the failure's message.
 */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click();
  const status = page.getByTestId('definition-status').filter({ hasText: '第 1 版 · 已发布' });
  const problems = page.getByTestId('server-problems');
  await status.or(problems).first().waitFor();
  if (await problems.isVisible()) throw new Error(`publishing refused: ${await problems.textContent()}`);
}

it('an administrator designs the 设备更新再贷款 application, publishes it, and an enterprise submits it', async () => {
  const browserErrors: string[] = [];
  const admin = await signIn(app.browser, app.stack.baseUrl, 'admin');
  admin.on('pageerror', (error) => browserErrors.push(`admin pageerror: ${error.message}`));

  // 表单管理 → 新建表单.
  await admin.getByRole('link', { name: '表单管理' }).first().click();
  await admin.getByRole('heading', { name: '表单管理' }).waitFor();
  await admin.getByRole('button', { name: '新建表单' }).click();
  await admin.getByRole('heading', { name: '表单设计器' }).waitFor();
  await admin.getByLabel('表单标识').fill(FORM_KEY);
  await admin.getByLabel('表单名称').fill(FORM_TITLE);

  // 企业名称 and its 统一社会信用代码, checked by the named format (GB 32100-2015, check character included).
  let properties = await addField(admin, 'text', '企业名称', 'enterpriseName');
  await properties.getByLabel('必填', { exact: true }).click();
  properties = await addField(admin, 'text', '统一社会信用代码', 'creditCode');
  await properties.getByLabel('必填', { exact: true }).click();
  await choose(admin, properties.getByLabel('格式', { exact: true }), '统一社会信用代码');

  // The county, from the 省/市/区县 picker asked down to the 区县.
  properties = await addField(admin, 'region', '项目所在区县', 'county');
  await properties.getByLabel('必填', { exact: true }).click();
  await choose(admin, properties.getByLabel('选择到', { exact: true }), '区县');

  // The 明细表 of equipment: a row's 金额 is 数量 × 单价.
  await addField(admin, 'table', '设备明细', 'equipment');
  const intoTable = () => admin.getByRole('button', { name: '选中“设备明细”' }).click();
  await intoTable();
  properties = await addField(admin, 'text', '设备名称', 'name');
  await properties.getByLabel('必填', { exact: true }).click();
  await intoTable();
  properties = await addField(admin, 'number', '数量（台/套）', 'quantity');
  await properties.getByLabel('必填', { exact: true }).click();
  await properties.getByLabel('只能填整数').click();
  await properties.getByLabel('最小值', { exact: true }).fill('1');
  await intoTable();
  properties = await addField(admin, 'amount', '单价（元）', 'unitPrice');
  await properties.getByLabel('必填', { exact: true }).click();
  await intoTable();
  properties = await addField(admin, 'amount', '金额（元）', 'amount');
  await properties.getByLabel('计算字段（公式）').click();
  await properties.getByLabel('公式', { exact: true }).fill('quantity * unitPrice');
  await properties.getByTestId('formula-ok').waitFor();
  const columnKeys = await admin
    .locator('[data-testid="designer-field"][data-field-key="equipment"] [data-testid="designer-field"]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-field-key')));
  expect(columnKeys).toEqual(['name', 'quantity', 'unitPrice', 'amount']);

  // 计划总投资 = SUM of the 金额 column, put together with the formula editor's pickers.
  properties = await addField(admin, 'amount', '计划总投资（元）', 'totalInvestment');
  await properties.getByLabel('计算字段（公式）').click();
  await insertIntoFormula(admin, '插入函数', 'SUM', 'SUM');
  await insertIntoFormula(admin, '插入字段', '金额', 'equipment.amount');
  await eventually(
    () => properties.getByLabel('公式', { exact: true }).inputValue(),
    (formula) => expect(formula).toBe('SUM(equipment.amount)'),
  );
  await properties.getByTestId('formula-ok').waitFor();

  // 申请贷款金额 and its 大写.
  properties = await addField(admin, 'amount', '申请贷款金额（元）', 'loanAmount');
  await properties.getByLabel('必填', { exact: true }).click();
  properties = await addField(admin, 'text', '贷款金额大写', 'loanAmountInWords');
  await properties.getByLabel('计算字段（公式）').click();
  await insertIntoFormula(admin, '插入函数', 'UPPER', 'UPPERMONEY');
  await insertIntoFormula(admin, '插入字段', '申请贷款', 'loanAmount');
  await eventually(
    () => properties.getByLabel('公式', { exact: true }).inputValue(),
    (formula) => expect(formula).toBe('UPPERMONEY(loanAmount)'),
  );
  await properties.getByTestId('formula-ok').waitFor();

  // 申请理由, required only when the loan exceeds 500 万元 (必填条件).
  properties = await addField(admin, 'textarea', '申请理由', 'reason');
  await properties.getByRole('button', { name: '添加必填条件' }).click();
  await choose(admin, properties.getByLabel('必填条件 1 的字段'), '申请贷款金额（元）');
  await choose(admin, properties.getByLabel('必填条件 1 的比较方式'), '大于');
  await properties.getByLabel('必填条件 1 的值').fill(String(THRESHOLD_YUAN));
  await admin.getByText('条件必填').first().waitFor();
  await admin.getByText('表单检查通过').waitFor();

  // The designer with the total's formula open.
  await admin.getByRole('button', { name: '选中“计划总投资（元）”' }).click();
  await propertiesOf(admin).getByTestId('formula-ok').waitFor();
  await screenshotFromTop(admin, 'form-designer-formulas.png');

  // The preview computes as one types; the data checked there becomes the example publishing needs.
  await admin.getByRole('tab', { name: '预览' }).click();
  await fillEquipment(admin, 'preview');
  await eventually(
    () => admin.locator('#preview_totalInvestment').inputValue(),
    (total) => expect(Number(total)).toBe(TOTAL),
  );
  await admin.locator('#preview_enterpriseName').fill('湖北易普乐生物科技有限公司');
  await admin.locator('#preview_creditCode').fill(CREDIT_CODE);
  await pickCounty(admin, '项目所在区县');
  await admin.locator('#preview_loanAmount').fill('3000000');
  await admin.getByRole('button', { name: '校验' }).click();
  await admin.getByText('校验通过').waitFor();
  await admin.getByRole('button', { name: '设为示例数据' }).click();

  // Publish: the first save and the publishing in one; the published version opens as its own page.
  await publish(admin);
  await admin.waitForURL(new RegExp(`/admin/forms/${FORM_KEY}/versions/1$`));

  // A process puts the form into 办事大厅: a new process in the process designer, one review step, published.
  await admin.getByRole('link', { name: '流程管理' }).first().click();
  await admin.getByRole('heading', { name: '流程管理' }).waitFor();
  await admin.getByRole('button', { name: '新建流程' }).click();
  await admin.getByRole('heading', { name: '流程设计器' }).waitFor();
  await admin.getByLabel('流程标识').fill(PROCESS_KEY);
  await admin.getByLabel('流程名称').fill(PROCESS_NAME);
  // The list of published forms is long by now (other files publish theirs) and drawn as it scrolls: search it.
  await admin.getByLabel('申请表单').click();
  await admin.getByLabel('申请表单').fill(FORM_TITLE);
  await chooseOption(admin, FORM_TITLE);
  await admin.getByRole('button', { name: '添加环节' }).hover();
  await admin.getByRole('menuitem', { name: '审批' }).click();
  const step = admin.getByTestId('step-properties');
  await step.getByLabel('环节名称', { exact: true }).fill('受理审核');
  await step.getByLabel('环节标识').fill('review');
  await publish(admin);
  await admin.waitForURL(new RegExp(`/admin/processes/${PROCESS_KEY}/versions/1$`));
  await admin.context().close();

  // The enterprise finds it in 办事大厅 and fills it in.
  const applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  applicant.on('pageerror', (error) => browserErrors.push(`applicant pageerror: ${error.message}`));
  await openApplication(applicant, PROCESS_NAME);
  await applicant.waitForURL(new RegExp(`/apply/${PROCESS_KEY}$`));
  const input = (id: string) => applicant.locator(`#root_${id}`);
  const value = (id: string) => input(id).inputValue();

  // Each row's 金额 and the 计划总投资 follow the typing, read-only.
  await fillEquipment(applicant, 'root');
  await eventually(
    () => Promise.all([value('equipment_0_amount'), value('equipment_1_amount'), value('totalInvestment')]),
    (shown) => expect(shown.map(Number)).toEqual([...amounts, TOTAL]),
  );
  expect(await input('equipment_0_amount').isEditable()).toBe(false);
  expect(await input('totalInvestment').isEditable()).toBe(false);

  // The loan below the threshold, and a credit code with a wrong check character: refused in Chinese, and
  // 申请理由 is not asked for.
  await input('enterpriseName').fill('湖北易普乐生物科技有限公司');
  await input('creditCode').fill(WRONG_CREDIT_CODE);
  await pickCounty(applicant, '项目所在区县');
  await input('loanAmount').fill('3000000');
  await eventually(
    () => value('loanAmountInWords'),
    (words) => expect(words).toBe('叁佰万元整'),
  );
  const submit = applicant.getByRole('button', { name: '提交', exact: true });
  await submit.click();
  await applicant.getByText('“统一社会信用代码”不是有效的统一社会信用代码').first().waitFor();
  expect(await applicant.getByText('请填写“申请理由”').count()).toBe(0);

  // The right code; the loan above 500 万元 now demands a reason.
  await input('creditCode').fill(CREDIT_CODE);
  await input('loanAmount').fill('6123456.78');
  await eventually(
    () => value('loanAmountInWords'),
    (words) => expect(words).toBe('陆佰壹拾贰万叁仟肆佰伍拾陆元柒角捌分'),
  );
  await submit.click();
  await applicant.getByText('请填写“申请理由”').first().waitFor();
  expect(await applicant.getByText('不是有效的统一社会信用代码').count()).toBe(0);
  await input('reason').fill('更新五轴加工中心与检测设备，扩大高端医疗器械零部件产能。');
  await input('reason').press('Tab');
  await eventually(
    () => applicant.getByText('请填写“申请理由”').count(),
    (count) => expect(count).toBe(0),
  );
  await screenshotFromTop(applicant, 'apply-formulas-region.png');
  await submit.click();
  await applicant.waitForURL(/\/requests\/req-/, { timeout: 15_000 });

  // The stored request holds what the formulas give and the county as its code with names.
  const stored = await applicant.request.get(
    new URL(`/api/v1/requests/${requestIdOf(applicant)}`, app.stack.baseUrl).href,
  );
  expect(stored.ok()).toBe(true);
  const { data } = (await stored.json()) as { data: Record<string, unknown> };
  expect(data).toMatchObject({
    enterpriseName: '湖北易普乐生物科技有限公司',
    creditCode: CREDIT_CODE,
    county: { code: '420923', names: ['湖北省', '孝感市', '云梦县'] },
    equipment: [
      { name: equipment[0]!.name, quantity: 4, unitPrice: 1_850_000, amount: amounts[0] },
      { name: equipment[1]!.name, quantity: 3, unitPrice: 456_789.12, amount: amounts[1] },
    ],
    totalInvestment: TOTAL,
    loanAmount: 6_123_456.78,
    loanAmountInWords: '陆佰壹拾贰万叁仟肆佰伍拾陆元柒角捌分',
    reason: '更新五轴加工中心与检测设备，扩大高端医疗器械零部件产能。',
  });
  expect(browserErrors).toEqual([]);
  await applicant.context().close();
});
