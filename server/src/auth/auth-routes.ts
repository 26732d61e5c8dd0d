import { Router, type CookieOptions } from 'express';
import { UserModel } from '@tongban/store';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { parseInput } from '../http/parse-input';
import { loadCurrentUser, profileBody, requireUser, signedIn } from './current-user';
import { verifyPassword } from './passwords';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions';

const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

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
    const account = await UserModel.findOne({ username }, { passwordHash: 1, active: 1 }).lean();
    const valid = await verifyPassword(account?.passwordHash, password);
    const user = valid && account?.active ? await loadCurrentUser(account._id) : null;
    if (!user) throw new ApiError('INVALID_CREDENTIALS');
    const token = await createSession(user.id);
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
