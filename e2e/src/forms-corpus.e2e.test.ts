import { readCorpus } from '@tongban/forms/corpus';
import type { Page } from 'playwright-core';
import { requestIdOf, signIn, useAppInBrowser } from './browser-session';

// The public forms of forms/corpus in Chromium: each form the corpus publishes is drawn on its process's apply page
// without a browser error, filled with its own example (填充示例) and submitted as an enterprise would (or, for the
// one whose schema asks for a value no field holds, refused with a field error).
const app = useAppInBrowser();
const publishable = readCorpus().filter((entry) => entry.publishes === true);
let applicant: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  const admin = await signIn(app.browser, app.stack.baseUrl, 'admin');
  const api = (path: string) => new URL(path, app.stack.baseUrl).href;
  const post = async (path: string, data?: unknown, headers: Record<string, string> = {}) => {
    const response = await admin.request.post(api(path), { data, headers });
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  };
  // Each form and its one-step process, through the designers' API (the designer's own pages have their test).
  for (const { definition, title } of publishable) {
    const { key } = definition;
    await post('/api/v1/definitions/forms/import', { format: 'tongban.form/v1', definition });
    await post(`/api/v1/definitions/forms/${key}/versions/1/publish`, undefined, { 'If-Match': '"r1"' });
    await post('/api/v1/definitions/processes', {
      definition: {
        key,
        name: { zh: title.zh },
        form: { key, version: 1 },
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
    await post(`/api/v1/definitions/processes/${key}/versions/1/publish`, undefined, { 'If-Match': '"r1"' });
  }
  await admin.context().close();
  applicant = await signIn(app.browser, app.stack.baseUrl, 'qiye');
  applicant.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
  applicant.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console: ${message.text()}`);
  });
});

it.each(publishable.map((entry) => [entry.key, entry] as const))(
  '%s: drawn without a browser error, filled with its example and submitted',
  async (_key, entry) => {
    browserErrors.length = 0;
    await applicant.goto(`${app.stack.baseUrl}/apply/${entry.definition.key}`);
    await applicant
      .getByRole('button', { name: '填充示例' })
      .click()
      .catch(() => {
        throw new Error(`${entry.key} was not drawn: ${browserErrors.join(' | ') || 'no browser error'}`);
      });
    await applicant.getByRole('button', { name: '提交', exact: true }).click();
    if (entry.browser) {
      // A form that cannot be filled in as its author wrote it (docs/forms-compatibility.md says why): it says so.
      await applicant.locator('.ant-form-item-explain-error').first().waitFor();
      expect(applicant.url()).toContain('/apply/');
      expect(browserErrors).toEqual([]);
      return;
    }
    await applicant.waitForURL(/\/requests\/req-/, { timeout: 15_000 }).catch(async () => {
      const shown = await applicant.locator('.ant-form-item-explain-error, .ant-alert-message').allInnerTexts();
      throw new Error(`${entry.key} was not submitted: ${shown.join(' | ') || 'no message shown'}`);
    });
    expect(requestIdOf(applicant)).toMatch(/^req-/);
    expect(browserErrors).toEqual([]);
  },
);
