import { Router, type CookieOptions } from 'express';
import { parseInput } from '../http/parse-input';
import { loginBody } from '../http/schemas';
import { ApiError } from '../errors/api-error';
import { profileBody, requireUser, signedIn } from './current-user';
import { logIn } from './log-in';
import { NO_PROVIDERS, type IdentitySettings } from './oidc/identity-settings';
import { providerEndSessionUrl } from './oidc/provider-logout';
import { oidcRoutes } from './oidc/oidc-routes';
import { deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions';

export function authRoutes(options: { cookieSecure: boolean; identity?: IdentitySettings }): Router {
  const router = Router();
  const identity = options.identity ?? NO_PROVIDERS;
  const cookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.cookieSecure,
    path: '/',
  };

  router.post('/login', async (req, res) => {
    if (!identity.passwordLogin) throw new ApiError('PASSWORD_LOGIN_DISABLED');
    const { username, password } = parseInput(loginBody, req.body, req);
    const { user, token } = await logIn({ username, password, clientIp: req.ip });
    res.cookie(SESSION_COOKIE, token, { ...cookie, maxAge: SESSION_TTL_MS });
    res.json(profileBody(user));
  });

  // A session opened through a provider that supports RP-initiated logout answers where to sign out there too.
  router.post('/logout', async (req, res) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const ended = typeof token === 'string' && token ? await deleteSession(token) : null;
    res.clearCookie(SESSION_COOKIE, cookie);
    const endSessionUrl = ended ? await providerEndSessionUrl(identity, ended) : null;
    if (endSessionUrl) res.json({ endSessionUrl });
    else res.status(204).end();
  });

  router.get('/me', requireUser, (req, res) => {
    res.json(profileBody(signedIn(req).user));
  });

  router.use(oidcRoutes(identity, cookie));

  return router;
}
