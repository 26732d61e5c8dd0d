import type { CookieOptions } from 'express';
import { z } from 'zod';
import { ApiError } from '../errors/api-error';
import { defineEndpoint } from '../http/endpoint';
import { loginBody } from '../http/schemas';
import { BODY_ERRORS } from '../openapi/operation-types';
import { profileSchema } from '../openapi/response-schemas';
import { profileBody } from './current-user';
import { logIn } from './log-in';
import { providerEndSessionUrl } from './oidc/provider-logout';
import { deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions';

/** The session cookie: httpOnly, SameSite=Lax, Secure unless `COOKIE_SECURE=false`. */
export function sessionCookie(cookieSecure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: cookieSecure, path: '/' };
}

const SESSION_COOKIE_HEADER = {
  'Set-Cookie': {
    description: 'tongban_session=…; HttpOnly; SameSite=Lax; Path=/ (Secure unless COOKIE_SECURE=false)',
    schema: { type: 'string' as const },
  },
};

export const endSessionSchema = z.strictObject({
  endSessionUrl: z.string().meta({ description: 'The provider’s end-session URL; open it in the browser' }),
});

/** `/auth`: password sign-in, sign-out, the signed-in user, and the ways to sign in. */
export const AUTH_ENDPOINTS = [
  defineEndpoint({
    method: 'POST',
    path: '/auth/login',
    operationId: 'logIn',
    tag: 'auth',
    auth: 'none',
    summary: { zh: '登录', en: 'Sign in' },
    description: {
      zh: '同一用户名 15 分钟内失败 5 次即锁定 15 分钟（429 LOGIN_LOCKED）；同一地址 15 分钟内失败 30 次亦被限制（429 TOO_MANY_REQUESTS）。均带 Retry-After。',
      en: 'Five failures for one username within 15 minutes lock it for 15 minutes (429 LOGIN_LOCKED); thirty failures from one address within 15 minutes are refused likewise (429 TOO_MANY_REQUESTS). Both carry Retry-After.',
    },
    body: loginBody,
    responses: {
      200: {
        description: { zh: '已登录；会话 Cookie 已设置', en: 'Signed in; the session cookie is set' },
        schema: profileSchema,
        headers: SESSION_COOKIE_HEADER,
      },
    },
    errors: [
      'VALIDATION_FAILED',
      'INVALID_CREDENTIALS',
      'LOGIN_LOCKED',
      'TOO_MANY_REQUESTS',
      'PASSWORD_LOGIN_DISABLED',
      ...BODY_ERRORS,
    ],
    guard: (_call, { identity }) => {
      if (!identity.passwordLogin) throw new ApiError('PASSWORD_LOGIN_DISABLED');
    },
    handler: async ({ body: { username, password }, req, res }, { cookieSecure }) => {
      const { user, token } = await logIn({ username, password, clientIp: req.ip });
      res.cookie(SESSION_COOKIE, token, { ...sessionCookie(cookieSecure), maxAge: SESSION_TTL_MS });
      return profileBody(user);
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/auth/logout',
    operationId: 'logOut',
    tag: 'auth',
    auth: 'optional',
    summary: { zh: '退出登录', en: 'Sign out' },
    responses: {
      200: {
        description: {
          zh: '会话已结束；经统一身份认证登录的，再在浏览器中打开 endSessionUrl 退出提供方',
          en: 'The session is over; it came through an identity provider, so open endSessionUrl in the browser to sign out there too',
        },
        schema: endSessionSchema,
      },
      204: { description: { zh: '会话已结束（无会话时亦然）', en: 'The session is over (or there was none)' } },
    },
    errors: [...BODY_ERRORS],
    // A session opened through a provider that supports RP-initiated logout answers where to sign out there too.
    handler: async ({ req, res }, { cookieSecure, identity }) => {
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const ended = typeof token === 'string' && token ? await deleteSession(token) : null;
      res.clearCookie(SESSION_COOKIE, sessionCookie(cookieSecure));
      const endSessionUrl = ended ? await providerEndSessionUrl(identity, ended) : null;
      if (endSessionUrl) return { endSessionUrl };
      res.status(204).end();
      return undefined;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/auth/me',
    operationId: 'getProfile',
    tag: 'auth',
    auth: 'session',
    summary: { zh: '当前用户及其权限规则', en: 'The signed-in user and their rules' },
    responses: { 200: { description: { zh: '当前用户', en: 'The user' }, schema: profileSchema } },
    errors: ['UNAUTHENTICATED'],
    handler: ({ user }) => profileBody(user),
  }),
];
