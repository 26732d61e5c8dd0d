import { Router, type CookieOptions } from 'express';
import { parseInput } from '../http/parse-input';
import { loginBody } from '../http/schemas';
import { profileBody, requireUser, signedIn } from './current-user';
import { logIn } from './log-in';
import { deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions';

export function authRoutes(options: { cookieSecure: boolean }): Router {
  const router = Router();
  const cookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.cookieSecure,
    path: '/',
  };

  router.post('/login', async (req, res) => {
    const { username, password } = parseInput(loginBody, req.body, req);
    const { user, token } = await logIn({ username, password, clientIp: req.ip });
    res.cookie(SESSION_COOKIE, token, { ...cookie, maxAge: SESSION_TTL_MS });
    res.json(profileBody(user));
  });

  router.post('/logout', async (req, res) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token) await deleteSession(token);
    res.clearCookie(SESSION_COOKIE, cookie);
    res.status(204).end();
  });

  router.get('/me', requireUser, (req, res) => {
    res.json(profileBody(signedIn(req).user));
  });

  return router;
}
