import { chooseOption, signIn, useAppInBrowser } from './browser-session';

// 数据字典 and the 省/市/区县 field in Chromium: an administrator keeps a dictionary, takes a choice field's options
// from it in the form designer, and fills a county in the preview through the Cascader (the division table loads
// on demand).
const app = useAppInBrowser();

it('an administrator publishes a dictionary, uses it in a form and picks a county in the preview', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'admin');
  await page.getByRole('link', { name: '数据字典' }).first().click();
  await page.getByRole('heading', { name: '数据字典' }).waitFor();
  await page.getByRole('cell', { name: '行业分类', exact: true }).waitFor();
  await page.getByRole('cell', { name: '企业规模', exact: true }).waitFor();

  // A new dictionary of two entries, published at once.
  await page.getByRole('button', { name: '新建字典' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('字典标识').fill('project-kind');
  await drawer.getByLabel('名称', { exact: true }).fill('项目类型');
  await drawer.getByLabel('条目 1 值').fill('new');
  await drawer.getByLabel('条目 1 显示文字', { exact: true }).fill('新建项目');
  await drawer.getByRole('button', { name: '添加条目' }).click();
  await drawer.getByLabel('条目 2 值').fill('upgrade');
  await drawer.getByLabel('条目 2 显示文字', { exact: true }).fill('技术改造');
  await drawer.getByRole('button', { name: '发布' }).click();
  await page.getByRole('cell', { name: '第 1 版（2 条）' }).waitFor();

  // The designer: a 省/市/区县 field and a dropdown whose options come from the new dictionary.
  await page.goto(`${app.stack.baseUrl}/admin/forms/new`);
  await page.getByRole('heading', { name: '表单设计器' }).waitFor();
  await page.getByTestId('palette-region').click();
  await page.getByTestId('palette-select').click();
  const properties = page.getByTestId('field-properties');
  await page.getByRole('button', { name: '选中“下拉选择”' }).click();
  await properties.getByLabel('标题', { exact: true }).fill('项目类型');
  await properties.getByLabel('选项来源').click();
  await chooseOption(page, '项目类型（project-kind）');
  await properties.getByText('选项取自数据字典第 1 版').waitFor();
  await page.getByRole('button', { name: '选中“所在地区”' }).click();
  await properties.getByLabel('必填').click();

  await page.getByRole('tab', { name: '预览' }).click();
  await page.getByRole('button', { name: '校验' }).click();
  await page.getByText('请选择“所在地区”').first().waitFor();
  await page.getByLabel('所在地区').click();
  for (const name of ['湖北省', '孝感市', '云梦县'])
    await page.locator(`.ant-cascader-menu-item[title="${name}"]`).click();
  await page.getByText('湖北省 / 孝感市 / 云梦县').filter({ visible: true }).first().waitFor();
  await page.getByLabel('项目类型').click();
  await chooseOption(page, '技术改造');
  await page.getByRole('button', { name: '校验' }).click();
  await page.getByText('校验通过').waitFor();

  // The schema names the dictionary version its options came from; publishing pins the newest then.
  await page.getByRole('tab', { name: 'JSON' }).click();
  const schema = JSON.parse(await page.getByLabel('JSON Schema', { exact: true }).inputValue()) as {
    properties: Record<string, Record<string, unknown>>;
  };
  expect(schema.properties.select1).toMatchObject({
    oneOf: [
      { const: 'new', title: '新建项目' },
      { const: 'upgrade', title: '技术改造' },
    ],
    'x-dictionary': { key: 'project-kind', version: 1 },
  });
  expect(schema.properties.region1).toMatchObject({ required: ['code', 'names'] });
});
