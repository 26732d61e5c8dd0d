import { DEMO_PROVIDER_ACCOUNTS, DEMO_PROVIDER_PASSWORD, type ProviderAccount } from '@tongban/tools';
import type { Page } from 'playwright-core';
import {
  approveOpenTask,
  openApplication,
  openTaskOf,
  requestIdOf,
  screenshot,
  useAppInBrowser,
} from './browser-session';

// Sign-in through the city's identity provider in Chromium: the harness's real OpenID provider (oidc-provider)
// with its own login page, and the app offering only it (PASSWORD_LOGIN=false), as a deployment connected to the
// city's platform would. The provider's people are the seed's (DEMO_PROVIDER_ACCOUNTS) plus one it will disable.

/** An enterprise person of the seed (金盛纺织's 杨帆) whom the provider disables during the test. */
const LEAVER: ProviderAccount = {
  id: 'city-jinsheng',
  username: 'jinsheng',
  password: 'leaver-pw',
  name: '杨帆',
  org: 'org-jinsheng',
  roles: ['applicant'],
};

const app = useAppInBrowser({
  identityProvider: { accounts: [...DEMO_PROVIDER_ACCOUNTS, LEAVER], passwordLogin: false },
});

const PROVIDER_BUTTON = '通过市统一身份认证登录';
const CALLBACK_PATH = '/api/v1/auth/oidc/city/callback';

async function newPage(): Promise<Page> {
  const context = await app.browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  return context.newPage();
}

/** At the provider's own login page: the person types their credentials there, never into Tongban. */
async function enterCredentialsAtProvider(page: Page, username: string, password: string): Promise<void> {
  await page.waitForURL((url) => url.origin === app.stack.identityProvider!.issuer);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** From Tongban's login page through the provider and back, signed in. */
async function signInThroughProvider(page: Page, username: string, password = DEMO_PROVIDER_PASSWORD): Promise<void> {
  await page.goto(`${app.stack.baseUrl}/login`);
  await page.getByRole('link', { name: PROVIDER_BUTTON }).click();
  await enterCredentialsAtProvider(page, username, password);
  await page.waitForURL((url) => url.origin === app.stack.baseUrl && !url.pathname.startsWith('/login'));
}

/** The login page's word on a provider sign-in that did not complete: in Chinese, without the error's code. */
async function expectSignInFailedMessage(page: Page): Promise<void> {
  const alert = page.getByTestId('provider-error');
  await alert.waitFor();
  expect((await alert.textContent())?.trim()).toBe('统一身份认证登录未完成，请重新登录');
}

const sessionStatus = async (page: Page) => (await page.request.get(`${app.stack.baseUrl}/api/v1/auth/me`)).status();

it('a department handler signs in through the provider, approves a task, and signs out of Tongban and the provider', async () => {
  // The enterprise files a request for the centre's handler, itself signed in through the provider.
  const applicant = await newPage();
  await signInThroughProvider(applicant, 'qiye');
  await openApplication(applicant, '政银企续贷协调');
  await applicant.getByRole('button', { name: '填充示例' }).click();
  await applicant.getByRole('button', { name: '提交', exact: true }).click();
  await applicant.waitForURL(/\/requests\/req-/);
  const requestId = requestIdOf(applicant);
  await applicant.context().close();

  const handler = await newPage();
  await handler.goto(`${app.stack.baseUrl}/inbox`);
  // Not signed in: the login page, offering only the provider.
  await handler.waitForURL(/\/login/);
  const providerButton = handler.getByRole('link', { name: PROVIDER_BUTTON });
  await providerButton.waitFor();
  expect(await handler.getByLabel('密码').count()).toBe(0);
  await screenshot(handler, 'login-identity-provider.png');
  await providerButton.click();
  await enterCredentialsAtProvider(handler, 'zhaoshang', DEMO_PROVIDER_PASSWORD);
  // Back where the handler was going, as the seed's 张伟 of the centre.
  await handler.waitForURL(`${app.stack.baseUrl}/inbox`);
  await handler.getByRole('heading', { name: '我的待办' }).waitFor();
  await handler.getByTestId('user-menu').getByText('张伟').waitFor();
  await screenshot(handler, 'inbox-after-identity-provider.png');

  await openTaskOf(handler, requestId);
  await approveOpenTask(handler, '经统一身份认证登录后审核，同意');

  await handler.getByTestId('user-menu').click();
  await handler.getByRole('menuitem', { name: '退出登录' }).click();
  // Through the provider's end-session page and back to Tongban's login page.
  await handler.waitForURL(`${app.stack.baseUrl}/login`);
  await handler.getByRole('link', { name: PROVIDER_BUTTON }).waitFor();
  expect(await sessionStatus(handler)).toBe(401);
  // The provider's session ended too: signing in again asks for the password there.
  await handler.getByRole('link', { name: PROVIDER_BUTTON }).click();
  await handler.waitForURL((url) => url.origin === app.stack.identityProvider!.issuer);
  await handler.getByLabel('Password').waitFor();
  await handler.context().close();
});

it('a callback whose state is not the sign-in’s own shows the login page with the reason, signed out', async () => {
  // Someone else signs in through the provider; the address it sent their browser back to (a real code, their
  // state) is what a forged link would carry.
  const other = await newPage();
  const callbacks: string[] = [];
  other.on('request', (request) => {
    if (new URL(request.url()).pathname === CALLBACK_PATH) callbacks.push(request.url());
  });
  await signInThroughProvider(other, 'zhaoshang');
  await other.context().close();
  expect(callbacks).toHaveLength(1);

  // This browser has a sign-in of its own under way (its own state) when the forged link is opened.
  const page = await newPage();
  await page.goto(`${app.stack.baseUrl}/login`);
  await page.getByRole('link', { name: PROVIDER_BUTTON }).click();
  await page.waitForURL((url) => url.origin === app.stack.identityProvider!.issuer);
  await page.goto(callbacks[0]!);
  await page.waitForURL(/\/login\?error=/);
  await expectSignInFailedMessage(page);
  expect(await sessionStatus(page)).toBe(401);

  // A callback with no sign-in under way at all (an old bookmark, a link sent by someone else).
  await page.goto(`${app.stack.baseUrl}${CALLBACK_PATH}?code=stolen&state=unknown`);
  await page.waitForURL(/\/login\?error=/);
  await expectSignInFailedMessage(page);
  await screenshot(page, 'login-identity-provider-error.png');
  expect(await sessionStatus(page)).toBe(401);
  await page.context().close();
});

it('a person the provider disables is signed out at once and cannot sign in again', async () => {
  const page = await newPage();
  await signInThroughProvider(page, LEAVER.username, LEAVER.password);
  await openApplication(page, '政银企续贷协调');
  await page.getByRole('button', { name: '填充示例' }).click();

  // The provider's administrator disables them; its back-channel logout ends their Tongban session.
  await app.stack.identityProvider!.disableAccount(LEAVER.id);
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/login/);
  expect(await sessionStatus(page)).toBe(401);

  await page.getByRole('link', { name: PROVIDER_BUTTON }).click();
  await enterCredentialsAtProvider(page, LEAVER.username, LEAVER.password);
  await page.getByRole('alert').getByText('Wrong username or password').waitFor();
  expect(new URL(page.url()).origin).toBe(app.stack.identityProvider!.issuer);
  await page.context().close();
});
