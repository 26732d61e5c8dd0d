import type { Page } from 'playwright-core';
import { chooseOption, eventually, openApplication, screenshot, signIn, useAppInBrowser } from './browser-session';

// The workbench in Chromium: the inbox tabs, 转交 to a colleague found in the directory, and 退回 to an earlier
// step rather than to the applicant.
const app = useAppInBrowser();

async function applyForLoanRenewal(page: Page): Promise<string> {
  await openApplication(page, '政银企续贷协调');
  await page.getByRole('button', { name: '填充示例' }).click();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/requests\/req-/);
  return page.url();
}

async function openFirstTask(page: Page): Promise<void> {
  await page.getByRole('link', { name: '我的待办' }).first().click();
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  await page.getByRole('link', { name: '办理' }).first().click();
}

it('a handler transfers a task to a colleague, who approves; the bank returns it to that step', async () => {
  const applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await openApplication(applicant, '政银企续贷协调');
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  await applicant.context().close();

  // 转交: the centre's handler hands the task to the centre's leader, picked by name from the directory.
  const handler = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang');
  await openFirstTask(handler);
  await handler.getByRole('button', { name: '转交' }).click();
  const dialog = handler.getByRole('dialog', { name: '转交给他人办理' });
  await dialog.getByLabel('接收人').click();
  await dialog.getByLabel('接收人').fill('杨光明');
  await chooseOption(handler, '杨光明（云梦县招商服务中心）');
  // The pick shows in the field itself (the option list lives outside the dialog) before anything is sent.
  await dialog.getByText('杨光明（云梦县招商服务中心）').filter({ visible: true }).first().waitFor();
  await dialog.getByLabel('说明（选填）').fill('请负责人直接审批');
  await screenshot(handler, 'task-transfer.png');
  await dialog.getByRole('button', { name: '确定' }).click();
  await handler.getByText('已转交').first().waitFor();
  await handler.getByRole('tab', { name: '已办' }).click();
  await handler.getByText('已转交').first().waitFor();
  await handler.getByRole('tab', { name: '抄送我' }).click();
  await handler.getByText('没有抄送给您的办件').waitFor();
  await handler.getByRole('tab', { name: '我发起' }).click();
  await handler.getByText('您还没有发起过办件').waitFor();
  await handler.context().close();

  const leader = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang-leader');
  await openFirstTask(leader);
  await leader.getByLabel('审批意见').fill('同意开通绿色通道');
  await leader.getByRole('button', { name: '同意' }).click();
  await leader.getByRole('button', { name: '确定' }).click();
  await leader.getByText('已同意，办件已流转').waitFor();
  await leader.context().close();

  // 退回 to the earlier step: the bank sends it back to the centre's acceptance, not to the enterprise.
  const bank = await signIn(app.browser, app.stack.baseUrl, 'yinhang');
  await openFirstTask(bank);
  await bank.getByRole('button', { name: '退回' }).click();
  const back = bank.getByRole('dialog', { name: '退回办件' });
  const toStep = back.getByRole('radio', { name: /^退回到“/ });
  // A click during the dialog's opening animation can land beside the radio; the bank clicks again, as a person would.
  await eventually(
    async () => {
      await toStep.click();
      return toStep.isChecked();
    },
    (checked) => expect(checked).toBe(true),
  );
  await back.getByLabel('退回意见').fill('请补充担保材料后重新受理');
  await screenshot(bank, 'task-return-to-step.png');
  await back.getByRole('button', { name: '确定' }).click();
  await bank
    .getByText(/已退回/)
    .first()
    .waitFor();
  await bank.context().close();

  // The centre has the acceptance step again; its timeline says where the request went back to.
  const again = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang');
  await again.getByRole('link', { name: '我的待办' }).first().click();
  await eventually(
    () => again.getByRole('link', { name: '办理' }).count(),
    (count) => expect(count).toBeGreaterThan(0),
  );
  await screenshot(again, 'inbox-after-return.png');
  await again.context().close();
});

it('the enterprise urges; the handler keeps a saved view and approves two requests at once', async () => {
  const applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye2');
  const first = await applyForLoanRenewal(applicant);
  await applyForLoanRenewal(applicant);
  await applicant.goto(first);
  await applicant.getByRole('button', { name: '催办' }).click();
  await applicant.getByText('已催办，办理人员将收到提醒').waitFor();
  await applicant.context().close();

  const handler = await signIn(app.browser, app.stack.baseUrl, 'zhaoshang');
  await handler.getByRole('link', { name: '我的待办' }).first().click();
  await handler.getByRole('heading', { name: '我的待办' }).waitFor();
  await handler.getByLabel('搜索').fill('英联');
  await eventually(
    () => handler.locator('.ant-table-row').count(),
    (rows) => expect(rows).toBe(2),
  );
  await handler.getByRole('button', { name: '保存为视图' }).click();
  await handler.getByLabel('视图名称').fill('英联的续贷');
  await handler.getByRole('button', { name: '确定' }).click();
  await handler.getByText('视图已保存').waitFor();

  await handler.locator('.ant-table-thead').getByRole('checkbox').check();
  await handler.getByRole('button', { name: '批量同意（2）' }).click();
  await handler.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
  await handler.getByTestId('batch-outcome').getByText('批量同意：2 件成功，0 件未办理').waitFor();
  await screenshot(handler, 'inbox-batch.png');
  await handler.getByLabel('搜索').fill('');
  await handler.getByRole('combobox', { name: '我的视图' }).click();
  await handler.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('英联的续贷').waitFor();
  await handler.context().close();
});

it('an unsent application is kept as a draft across a reload straight after typing, and dropped once submitted', async () => {
  const applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  await openApplication(applicant, '政银企续贷协调');
  // Reloading straight after typing, within the pause before a draft is written, loses nothing.
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0202');
  await applicant.reload();
  await applicant.getByText(/未提交的草稿/).waitFor();
  expect(await applicant.getByLabel('贷款合同编号').inputValue()).toBe('NH-YM-2026-0202');
  await screenshot(applicant, 'apply-draft-restored.png');
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByLabel('贷款合同编号').fill('NH-YM-2026-0202');
  // 流程预测: where the request would go, and who would handle each step.
  await applicant.getByRole('button', { name: '流程预测' }).click();
  await eventually(
    () => applicant.getByTestId('apply-route-step').count(),
    (count) => expect(count).toBeGreaterThanOrEqual(3),
  );
  expect(await applicant.getByTestId('apply-route-preview').textContent()).toContain('张伟');
  await screenshot(applicant, 'apply-route-preview.png');
  await applicant
    .getByRole('dialog', { name: '流程预测' })
    .getByRole('button', { name: /Close|关闭/ })
    .click();
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  await applicant.getByTestId('request-status').waitFor();
  await applicant.goBack();
  await applicant.getByLabel('贷款合同编号').waitFor();
  expect(await applicant.getByText(/未提交的草稿/).count()).toBe(0);
  await applicant.context().close();
});
