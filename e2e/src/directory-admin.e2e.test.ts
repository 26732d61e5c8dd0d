import { chooseOption, eventually, screenshot, signIn, useAppInBrowser } from './browser-session';

// Organisation and user management in Chromium, and a handler naming an out-of-office substitute.
const app = useAppInBrowser();

it('an administrator adds an organisation and a person in it, then deactivates the person', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'admin');
  await page.getByRole('link', { name: '单位管理' }).first().click();
  await page.getByRole('heading', { name: '单位管理' }).waitFor();
  await page.getByRole('button', { name: '新建单位' }).click();
  const orgDialog = page.getByRole('dialog', { name: '新建单位' });
  await orgDialog.getByLabel('名称', { exact: true }).fill('云梦县税务局');
  await orgDialog.getByLabel('英文名称').fill('Yunmeng County Tax Bureau');
  await orgDialog.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').first().waitFor();
  await page.getByLabel('搜索').fill('税务');
  await page.getByRole('cell', { name: '云梦县税务局', exact: true }).waitFor();
  await screenshot(page, 'admin-organisations.png');

  await page.getByRole('link', { name: '人员管理' }).first().click();
  await page.getByRole('heading', { name: '人员管理' }).waitFor();
  await page.getByRole('button', { name: '新建人员' }).click();
  const userDialog = page.getByRole('dialog', { name: '新建人员' });
  await userDialog.getByLabel('用户名').fill('lisi');
  await userDialog.getByLabel('姓名').fill('李四');
  await userDialog.getByLabel('所属单位').click();
  await userDialog.getByLabel('所属单位').fill('税务');
  await chooseOption(page, '云梦县税务局');
  await userDialog.getByLabel('角色').click();
  await chooseOption(page, '经办人');
  await userDialog.getByLabel('初始密码').fill('a-long-passphrase');
  await userDialog.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').first().waitFor();
  await page.getByLabel('搜索').fill('李四');
  await page.getByRole('cell', { name: 'lisi', exact: true }).waitFor();
  await screenshot(page, 'admin-users.png');

  await page.getByRole('button', { name: '编辑“李四”' }).click();
  const editDialog = page.getByRole('dialog', { name: '编辑人员' });
  await editDialog.getByRole('switch').click();
  await editDialog.getByRole('button', { name: '保存' }).click();
  await eventually(
    () => page.getByRole('row', { name: /李四/ }).textContent(),
    (text) => expect(text).toContain('已停用'),
  );
  await page.context().close();

  // The deactivated person cannot sign in.
  const lisi = await app.browser.newPage();
  await lisi.goto(`${app.stack.baseUrl}/login`);
  await lisi.getByLabel('用户名').fill('lisi');
  await lisi.getByLabel('密码').fill('a-long-passphrase');
  await lisi.getByRole('button', { name: '登录' }).click();
  await lisi.getByText('用户名或密码错误').waitFor();
  await lisi.close();
});

it('a handler names a substitute for the days they are away, then cancels it', async () => {
  const page = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang');
  // One CI run in several, the dropdown's item took a click and nothing followed (the URL stayed); the
  // cause is not found yet. A person would open the menu and click again, so the test does, and says so.
  const opened = async () => {
    const item = page.getByRole('menuitem', { name: '外出代理' });
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click();
    try {
      await item.click({ timeout: 5_000 });
      await page.waitForURL(/\/settings\/substitute$/, { timeout: 5_000 });
      return true;
    } catch {
      return false;
    }
  };
  await eventually(opened, (arrived) => expect(arrived).toBe(true), 30_000);
  await page.getByRole('heading', { name: '外出代理', level: 1 }).waitFor();
  await page.getByText('未设置代理人').waitFor();
  await page.getByLabel('代理人').click();
  await page.getByLabel('代理人').fill('杨光明');
  await chooseOption(page, '杨光明（云梦县招商服务中心）');
  await page.getByRole('button', { name: '保存' }).click();
  await page
    .getByTestId('current-substitute')
    .getByText(/当前代理人：杨光明/)
    .waitFor();
  await screenshot(page, 'substitute.png');

  // Back in the office: new tasks come to the handler again (the other browser tests rely on it).
  await page.getByRole('button', { name: '取消代理' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('已取消代理').waitFor();
  await page.getByText('未设置代理人').waitFor();
  await page.context().close();
});
