/**
 * A real OpenID provider (panva's oidc-provider, a certified implementation)
 * for tests and local trials, with a plain login page of its own. Run by
 * `startIdentityProvider` (identity-provider.ts) in a child process, since
 * oidc-provider is an ES module; its settings come as JSON in
 * TONGBAN_IDP_SETTINGS (see `IdentityProviderSettings`). Prints
 * `IDP_READY <issuer>` once it listens.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';
import type { IdentityProviderSettings, ProviderAccount } from './identity-provider-settings.ts';

const settings = JSON.parse(process.env.TONGBAN_IDP_SETTINGS ?? '{}') as IdentityProviderSettings;
const accounts = new Map<string, ProviderAccount>(settings.accounts.map((account) => [account.id, account]));
const issuer = `http://127.0.0.1:${settings.port}`;

const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: settings.clients.map((client) => ({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    ...(client.backchannelLogoutUri
      ? { backchannel_logout_uri: client.backchannelLogoutUri, backchannel_logout_session_required: true }
      : {}),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  })),
  jwks: { keys: [{ ...signingKey, kid: 'tongban-dev', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    tongban: ['tongban_org', 'tongban_roles'],
  },
  scopes: ['openid', 'profile', 'tongban'],
  features: {
    devInteractions: { enabled: false },
    backchannelLogout: { enabled: true },
    rpInitiatedLogout: { enabled: true, logoutSource },
  },
  pkce: { required: () => true },
  // oidc-provider refuses to call special-use addresses (SSRF protection); this one's relying party, Tongban
  // under test or `npm run up`, is on 127.0.0.1, so back-channel logouts go out without that dispatcher.
  fetch: (url: string, { dispatcher: _dispatcher, ...options }: RequestInit & { dispatcher?: unknown }) =>
    globalThis.fetch(url, options),
  interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx: unknown, id: string) {
    const account = accounts.get(id);
    // A disabled person is unknown to the provider: no sign-in, no token.
    if (!account || account.active === false) return undefined;
    return {
      accountId: id,
      claims: () => ({
        sub: id,
        name: account.name,
        preferred_username: account.username,
        ...(account.org ? { tongban_org: account.org } : {}),
        ...(account.roles ? { tongban_roles: account.roles } : {}),
      }),
    };
  },
});

/** The provider's own sessions (by their stable uid) of each person, so disabling someone can end them. */
const sessionsOf = new Map<string, Set<string>>();
provider.on('session.saved', (session: { uid: string; accountId?: string }) => {
  if (!session.accountId) return;
  const uids = sessionsOf.get(session.accountId) ?? new Set<string>();
  uids.add(session.uid);
  sessionsOf.set(session.accountId, uids);
});

/** The provider's sign-out confirmation, submitted at once: the person asked to sign out in Tongban already. */
async function logoutSource(ctx: { body: string }, form: string) {
  ctx.body = `<!doctype html><html><head><title>Signing out</title></head><body>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>
<script>document.querySelector('button').click()</script></body></html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>City identity provider</title></head><body>
<h1>City identity provider (Tongban test)</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Username <input name="username" autofocus></label>
<label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button>
</form></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

async function interaction(req: http.IncomingMessage, res: http.ServerResponse, uid: string, action?: string) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (details.prompt.name === 'login') {
    if (action !== 'login') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(uid));
      return;
    }
    const form = await readForm(req);
    const account = [...accounts.values()].find((candidate) => candidate.username === form.get('username'));
    if (!account || account.password !== form.get('password') || account.active === false) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(loginPage(uid, 'Wrong username or password'));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.id } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  // Consent: Tongban is a first-party client of the city's provider, so what it asks for is granted.
  const { params, session, prompt } = details;
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
  if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/** Disables a person as an administrator at the provider would: no more sign-ins, and relying parties told to end their sessions. */
async function disableAccount(id: string) {
  const account = accounts.get(id);
  if (!account) return false;
  account.active = false;
  // Signed out here too: a browser still holding the provider's session would otherwise name an account
  // findAccount no longer knows, which oidc-provider answers with a server error instead of its login page.
  for (const uid of sessionsOf.get(id) ?? []) await (await provider.Session.findByUid(uid))?.destroy();
  sessionsOf.delete(id);
  for (const client of settings.clients) {
    if (!client.backchannelLogoutUri) continue;
    const registered = await provider.Client.find(client.clientId);
    await registered.backchannelLogout(id, undefined);
  }
  return true;
}

const callback = provider.callback();
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', issuer);
  const match = /^\/interaction\/([^/]+)(?:\/(login))?$/.exec(url.pathname);
  const disable = /^\/test-admin\/accounts\/([^/]+)\/disable$/.exec(url.pathname);
  const handle = async () => {
    if (match) return interaction(req, res, match[1]!, req.method === 'POST' ? match[2] : undefined);
    if (disable && req.method === 'POST') {
      if (req.headers['x-admin-token'] !== settings.adminToken) return void res.writeHead(403).end();
      return void res.writeHead((await disableAccount(disable[1]!)) ? 204 : 404).end();
    }
    return callback(req, res);
  };
  handle().catch((error: unknown) => {
    process.stderr.write(`identity provider: ${String(error)}\n`);
    if (!res.headersSent) res.writeHead(500).end(String(error));
  });
});
server.listen(settings.port, '127.0.0.1', () => process.stdout.write(`IDP_READY ${issuer}\n`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
