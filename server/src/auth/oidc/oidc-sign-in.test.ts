import type { Server } from 'node:http';
import { ADMINISTRATION_CHAIN, AuditEventModel, UserModel } from '@tongban/store';
import { freePort, startIdentityProvider, type RunningIdentityProvider } from '@tongban/tools';
import request from 'supertest';
import { useTestStack } from '../../../test/test-stack';
import { createApp } from '../../app';
import type { IdentitySettings, OidcProviderSettings } from './identity-settings';

/**
 * Sign-in through a real OpenID provider (oidc-provider in the harness), driven
 * over HTTP as a browser would: redirects followed by hand, the provider's
 * login form filled in, cookies kept per host.
 */
const stack = useTestStack();
let idp: RunningIdentityProvider;
let server: Server;
let base: string;

const ACCOUNTS = [
  // A demo handler: linked to the demo account `zhaoshang` by preferred_username.
  {
    id: 'sub-zhaoshang',
    username: 'zhaoshang',
    password: 'pw-zs',
    name: '招商经办（市认证）',
    org: 'org-yunmeng-investment-centre',
    roles: ['handler'],
  },
  // Nobody Tongban knows, with no roles at the provider: an account is created that can do nothing yet.
  { id: 'sub-newcomer', username: 'newcomer', password: 'pw-new', name: '新同事' },
  {
    id: 'sub-leaver',
    username: 'leaver',
    password: 'pw-leave',
    name: '离职人员',
    org: 'org-platform',
    roles: ['handler'],
  },
];

function provider(id: string, issuer: string, extra: Partial<OidcProviderSettings> = {}): OidcProviderSettings {
  return {
    id,
    label: '市统一身份认证',
    issuer,
    clientId: 'tongban',
    clientSecret: 'test-secret-not-real',
    scope: 'openid profile tongban',
    linkClaim: 'preferred_username',
    nameClaim: 'name',
    orgClaim: 'tongban_org',
    rolesClaim: 'tongban_roles',
    defaultOrgId: 'org-platform',
    clockToleranceSeconds: 30,
    clockSkewSeconds: 0,
    ...extra,
  };
}

beforeAll(async () => {
  const [idpPort, appPort, nobodyListening] = [await freePort(), await freePort(), await freePort()];
  base = `http://127.0.0.1:${appPort}`;
  const callbacks = ['city', 'city-skewed'].map((id) => `${base}/api/v1/auth/oidc/${id}/callback`);
  idp = await startIdentityProvider({
    port: idpPort,
    clients: [
      {
        clientId: 'tongban',
        clientSecret: 'test-secret-not-real',
        redirectUris: callbacks,
        postLogoutRedirectUris: [`${base}/login`],
        backchannelLogoutUri: `${base}/api/v1/auth/oidc/city/backchannel-logout`,
      },
    ],
    accounts: ACCOUNTS,
  });
  const identity: IdentitySettings = {
    publicUrl: base,
    passwordLogin: true,
    providers: [
      provider('city', idp.issuer),
      // Our clock two hours ahead: every ID token the provider issues (an hour's life) has expired.
      provider('city-skewed', idp.issuer, { clockSkewSeconds: 7200, clockToleranceSeconds: 0 }),
      // A provider that is down: nothing answers at its issuer.
      provider('city-down', `http://127.0.0.1:${nobodyListening}`),
    ],
  };
  const app = createApp(stack.temporal, { clientDir: '/nonexistent', cookieSecure: false, identity });
  await new Promise<void>((resolve) => {
    server = app.listen(appPort, '127.0.0.1', () => resolve());
  });
});

afterAll(async () => {
  await idp?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

type Agent = ReturnType<typeof request.agent>;

/** A browser: one cookie jar per host. */
function browser() {
  return { tongban: request.agent(base), idp: request.agent(idp.issuer) };
}

/** Follows the provider's redirects, filling in its login form, until it sends the browser back to Tongban. */
async function throughProvider(
  b: { idp: Agent },
  location: string,
  username: string,
  password: string,
): Promise<string> {
  let next = location;
  for (let hop = 0; hop < 12; hop += 1) {
    if (next.startsWith(base)) return next;
    const url = new URL(next, idp.issuer);
    const response = await b.idp.get(url.pathname + url.search).redirects(0);
    if (response.status === 200 && response.text.includes('name="password"')) {
      const action = /action="([^"]+)"/.exec(response.text)![1]!;
      const posted = await b.idp.post(action).type('form').send({ username, password }).redirects(0);
      if (posted.status === 200)
        throw new Error(`provider refused the login: ${posted.text.match(/role="alert">([^<]*)/)?.[1]}`);
      next = posted.headers.location!;
      continue;
    }
    if (response.status < 300 || response.status >= 400)
      throw new Error(`provider answered ${response.status}: ${response.text.slice(0, 300)}`);
    next = response.headers.location!;
  }
  throw new Error('too many redirects at the provider');
}

async function startSignIn(b: { tongban: Agent }, providerId = 'city') {
  const start = await b.tongban.get(`/api/v1/auth/oidc/${providerId}/start?returnTo=/inbox`).redirects(0).expect(302);
  return start.headers.location!;
}

/** Signs in through the provider; returns the callback URL it sent the browser to and Tongban's answer to it. */
async function signIn(b = browser(), username = 'zhaoshang', password = 'pw-zs', providerId = 'city') {
  const callback = await throughProvider(b, await startSignIn(b, providerId), username, password);
  const answer = await b.tongban.get(callback.slice(base.length)).redirects(0);
  return { b, callback, answer };
}

const administrationEntries = (userId: string) =>
  AuditEventModel.find({ requestId: ADMINISTRATION_CHAIN, 'object.id': userId }, { action: 1, detail: 1 }).lean();

describe('sign-in through an OpenID provider', () => {
  it('lists the providers and whether password sign-in is on', async () => {
    const answer = await request(base).get('/api/v1/auth/providers').expect(200);
    expect(answer.body).toEqual({
      passwordLogin: true,
      providers: [
        { id: 'city', label: '市统一身份认证', startUrl: '/api/v1/auth/oidc/city/start' },
        { id: 'city-skewed', label: '市统一身份认证', startUrl: '/api/v1/auth/oidc/city-skewed/start' },
        { id: 'city-down', label: '市统一身份认证', startUrl: '/api/v1/auth/oidc/city-down/start' },
      ],
    });
  });

  it('signs a department handler in, linking the provider’s person to their account once, on the audit chain', async () => {
    const start = new URL(await startSignIn(browser()));
    expect(start.searchParams.get('code_challenge_method')).toBe('S256');
    expect(start.searchParams.get('code_challenge')).toBeTruthy();

    const { b, answer } = await signIn();
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/inbox');
    const me = await b.tongban.get('/api/v1/auth/me').expect(200);
    expect(me.body.user).toMatchObject({
      id: 'u-zhaoshang',
      orgId: 'org-yunmeng-investment-centre',
      roles: ['handler'],
    });
    await b.tongban.get('/api/v1/tasks').expect(200);

    await signIn();
    const entries = await administrationEntries('u-zhaoshang');
    expect(entries.filter((entry) => entry.action === 'user_identity_linked')).toHaveLength(1);
    expect(entries.find((entry) => entry.action === 'user_identity_linked')?.detail).toMatchObject({
      issuer: idp.issuer,
      subject: 'sub-zhaoshang',
    });
  });

  it('creates an account for someone new, without roles until an administrator gives some', async () => {
    const { b, answer } = await signIn(browser(), 'newcomer', 'pw-new');
    expect(answer.headers.location).toBe('/inbox');
    const me = await b.tongban.get('/api/v1/auth/me').expect(200);
    expect(me.body.user).toMatchObject({
      username: 'newcomer',
      displayName: '新同事',
      orgId: 'org-platform',
      roles: [],
    });
    expect((await b.tongban.get('/api/v1/processes').expect(200)).body.items).toEqual([]);
    await b.tongban.get('/api/v1/users').expect(403);
    // No password works for it.
    await request(base).post('/api/v1/auth/login').send({ username: 'newcomer', password: '!oidc' }).expect(401);
    expect((await administrationEntries(me.body.user.id)).map((entry) => entry.action)).toEqual(['user_created']);
  });

  it('takes role changes from the claims on the next sign-in and records them', async () => {
    await UserModel.updateOne({ _id: 'u-zhaoshang' }, { $set: { roles: ['handler', 'leader'] } });
    const { b } = await signIn();
    expect((await b.tongban.get('/api/v1/auth/me').expect(200)).body.user.roles).toEqual(['handler']);
    const updated = (await administrationEntries('u-zhaoshang')).filter((entry) => entry.action === 'user_updated');
    expect(updated.at(-1)?.detail).toMatchObject({
      changes: { roles: { before: ['handler', 'leader'], after: ['handler'] } },
    });
  });

  it('refuses a callback whose state is not the one it sent', async () => {
    const b = browser();
    const callback = new URL(await throughProvider(b, await startSignIn(b), 'zhaoshang', 'pw-zs'));
    callback.searchParams.set('state', 'forged-state');
    const answer = await b.tongban
      .get(callback.pathname + callback.search)
      .redirects(0)
      .expect(302);
    expect(answer.headers.location).toBe('/login?error=OIDC_SIGN_IN_FAILED');
    await b.tongban.get('/api/v1/auth/me').expect(401);
  });

  it('refuses a replayed code', async () => {
    const { b, callback } = await signIn();
    const attacker = browser();
    // The attacker holds the code but not the sign-in cookie, nor can the victim's cookie be used twice.
    const withoutCookie = await attacker.tongban.get(callback.slice(base.length)).redirects(0).expect(302);
    expect(withoutCookie.headers.location).toBe('/login?error=OIDC_SIGN_IN_FAILED');
    await attacker.tongban.get('/api/v1/auth/me').expect(401);
    // A fresh sign-in under way in the attacker's browser does not make the old code good either.
    await startSignIn(attacker);
    const replayed = await attacker.tongban.get(callback.slice(base.length)).redirects(0).expect(302);
    expect(replayed.headers.location).toBe('/login?error=OIDC_SIGN_IN_FAILED');
    await attacker.tongban.get('/api/v1/auth/me').expect(401);
    await b.tongban.get('/api/v1/auth/me').expect(200);
  });

  it('refuses an expired ID token', async () => {
    const { b, answer } = await signIn(browser(), 'zhaoshang', 'pw-zs', 'city-skewed');
    expect(answer.headers.location).toBe('/login?error=OIDC_SIGN_IN_FAILED');
    await b.tongban.get('/api/v1/auth/me').expect(401);
  });

  it('refuses an answer naming another issuer, and a provider it does not know', async () => {
    const b = browser();
    const callback = new URL(await throughProvider(b, await startSignIn(b), 'zhaoshang', 'pw-zs'));
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    callback.searchParams.set('iss', 'https://idp.elsewhere.example');
    const answer = await b.tongban
      .get(callback.pathname + callback.search)
      .redirects(0)
      .expect(302);
    expect(answer.headers.location).toBe('/login?error=OIDC_SIGN_IN_FAILED');
    await b.tongban.get('/api/v1/auth/me').expect(401);
    await request(base).get('/api/v1/auth/oidc/nowhere/start').expect(404);
  });

  it('sends the browser back to the sign-in page when the provider cannot be reached', async () => {
    // A browser navigation, not a fetch: an error body would be all the person sees.
    const answer = await request(base).get('/api/v1/auth/oidc/city-down/start?returnTo=/inbox').redirects(0);
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/login?error=OIDC_PROVIDER_UNAVAILABLE');
  });

  it('refuses a back-channel logout token it cannot verify', async () => {
    const forged = [
      'eyJhbGciOiJub25lIn0',
      Buffer.from(JSON.stringify({ iss: idp.issuer, sub: 'sub-zhaoshang' })).toString('base64url'),
      '',
    ].join('.');
    const answer = await request(base)
      .post('/api/v1/auth/oidc/city/backchannel-logout')
      .type('form')
      .send({ logout_token: forged })
      .expect(400);
    expect(answer.body.error.code).toBe('OIDC_LOGOUT_TOKEN_INVALID');
  });

  it('ends the sessions of a person the provider disables, who cannot sign in again', async () => {
    const { b } = await signIn(browser(), 'leaver', 'pw-leave');
    await b.tongban.get('/api/v1/auth/me').expect(200);
    await idp.disableAccount('sub-leaver');
    await b.tongban.get('/api/v1/auth/me').expect(401);
    await expect(signIn(browser(), 'leaver', 'pw-leave')).rejects.toThrow(/provider refused the login/);
  });

  it('signs out of Tongban and the provider; the provider’s back-channel logout reaches Tongban', async () => {
    const { b } = await signIn();
    const other = await signIn();
    const out = await b.tongban.post('/api/v1/auth/logout').expect(200);
    const endSession = new URL(out.body.endSessionUrl);
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/login`);
    await b.tongban.get('/api/v1/auth/me').expect(401);
    // Still signed in elsewhere until the provider ends its session there too.
    await other.b.tongban.get('/api/v1/auth/me').expect(200);

    // The provider's confirmation page submits itself in a browser; here the form is posted by hand.
    const confirm = await other.b.idp
      .get(endSession.pathname + endSession.search)
      .redirects(0)
      .expect(200);
    const action = /action="([^"]+)"/.exec(confirm.text)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.text)![1]!;
    const done = await other.b.idp
      .post(new URL(action, idp.issuer).pathname)
      .type('form')
      .send({ xsrf, logout: 'yes' })
      .redirects(0);
    expect(done.status).toBeGreaterThanOrEqual(300);
    expect(done.headers.location).toBe(`${base}/login`);
    await other.b.tongban.get('/api/v1/auth/me').expect(401);
  });
});
