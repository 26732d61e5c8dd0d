import express, { type CookieOptions } from 'express';
import { z } from 'zod';
import { ApiError } from '../../errors/api-error';
import { defineEndpoint } from '../../http/endpoint';
import { logger } from '../../logger';
import { BODY_ERRORS } from '../../openapi/operation-types';
import { sessionCookie } from '../auth-endpoints';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../sessions';
import { backchannelLogout } from './backchannel-logout';
import { beginOidcSignIn, finishOidcSignIn, OIDC_LOGIN_COOKIE, OIDC_LOGIN_TTL_MS, safeReturnTo } from './oidc-sign-in';
import { providerSettings } from './provider-clients';

export const oidcProviderParams = z.strictObject({
  provider: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/)
    .meta({ description: 'A configured provider’s id (OIDC_PROVIDERS)', examples: ['city'] }),
});
export const oidcStartQuery = z.strictObject({
  returnTo: z
    .string()
    .max(500)
    .optional()
    .meta({ description: 'A path of this app to open once signed in (default /)', examples: ['/inbox'] }),
});
/** The provider's redirect back: what it says is for openid-client to check, so anything passes here. */
export const oidcCallbackQuery = z.looseObject({});
export const backchannelLogoutBody = z.strictObject({
  logout_token: z.string().min(1).max(8000).meta({ description: 'The provider’s signed logout token (a JWT)' }),
});

/** The sign-in under way: its random token, in a cookie only these routes see. */
function loginCookie(cookieSecure: boolean): CookieOptions {
  return { ...sessionCookie(cookieSecure), path: '/api/v1/auth/oidc' };
}

export const identityProvidersSchema = z.strictObject({
  passwordLogin: z.boolean().meta({ description: 'Whether username and password sign-in is on (PASSWORD_LOGIN)' }),
  providers: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      startUrl: z.string().meta({ description: 'Open in the browser (not fetch) to sign in there' }),
    }),
  ),
});

const LOCATION = { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } };

/**
 * The ways to sign in, sign-in through OpenID providers (authorization code with PKCE) and their
 * back-channel logout. The sign-in under way is kept server-side, the browser
 * holding its random token in a cookie scoped to these routes for ten minutes.
 */
export const OIDC_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/auth/providers',
    operationId: 'listIdentityProviders',
    tag: 'auth',
    auth: 'none',
    summary: { zh: '可用的登录方式', en: 'The ways to sign in' },
    responses: {
      200: { description: { zh: '身份认证提供方', en: 'The identity providers' }, schema: identityProvidersSchema },
    },
    errors: [],
    handler: (_call, { identity }) => ({
      passwordLogin: identity.passwordLogin,
      providers: identity.providers.map(({ id, label }) => ({ id, label, startUrl: `/api/v1/auth/oidc/${id}/start` })),
    }),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/auth/oidc/:provider/start',
    operationId: 'startOidcSignIn',
    tag: 'auth',
    auth: 'none',
    summary: { zh: '跳转到统一身份认证登录', en: 'Go to the identity provider to sign in' },
    description: {
      zh: '授权码模式加 PKCE（S256）；state、nonce 与校验码存于服务端，浏览器仅持 10 分钟有效的随机令牌 Cookie。',
      en: 'Authorization code with PKCE (S256); state, nonce and verifier are kept server-side, the browser holds a random token in a cookie for ten minutes.',
    },
    params: oidcProviderParams,
    query: oidcStartQuery,
    responses: {
      302: {
        description: {
          zh: '跳转至提供方的授权端点；提供方无法访问时带错误代码回登录页（/login?error=OIDC_PROVIDER_UNAVAILABLE）',
          en: 'To the provider’s authorization endpoint; back to sign-in with the error (/login?error=OIDC_PROVIDER_UNAVAILABLE) while the provider cannot be reached',
        },
        headers: LOCATION,
      },
    },
    errors: ['NOT_FOUND', 'VALIDATION_FAILED'],
    handler: async ({ params, query, res }, { identity, cookieSecure }) => {
      const provider = providerSettings(identity, params.provider);
      let signIn: Awaited<ReturnType<typeof beginOidcSignIn>>;
      try {
        signIn = await beginOidcSignIn(identity, provider, safeReturnTo(query.returnTo));
      } catch (error) {
        // The person clicked a button: an error body would be all they see, so the sign-in page says it instead.
        if (!(error instanceof ApiError) || error.code !== 'OIDC_PROVIDER_UNAVAILABLE') throw error;
        logger.warn({ provider: provider.id, reason: error.message }, 'oidc sign-in could not start');
        res.status(302).location(`/login?error=${error.code}`).end();
        return;
      }
      res.cookie(OIDC_LOGIN_COOKIE, signIn.loginToken, { ...loginCookie(cookieSecure), maxAge: OIDC_LOGIN_TTL_MS });
      res.status(302).location(signIn.authorizationUrl).end();
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/auth/oidc/:provider/callback',
    operationId: 'finishOidcSignIn',
    tag: 'auth',
    auth: 'none',
    summary: { zh: '统一身份认证登录回调', en: 'The identity provider’s redirect back' },
    description: {
      zh: '成功则设置会话 Cookie 并跳转至 returnTo；失败（state 不符、授权码重放、令牌过期、签发方不符、账号停用）跳转至 /login?error=代码。',
      en: 'On success the session cookie is set and the browser goes to returnTo; on failure (wrong state, replayed code, expired token, another issuer, disabled account) to /login?error=CODE.',
    },
    params: oidcProviderParams,
    query: oidcCallbackQuery,
    responses: {
      302: {
        description: {
          zh: '跳转（已登录或带错误代码回登录页）',
          en: 'Onwards: signed in, or back to sign-in with the error',
        },
        headers: LOCATION,
      },
    },
    errors: ['NOT_FOUND', 'VALIDATION_FAILED', 'OIDC_PROVIDER_UNAVAILABLE'],
    handler: async ({ params, req, res }, { identity, cookieSecure }) => {
      const provider = providerSettings(identity, params.provider);
      const loginToken: unknown = req.cookies?.[OIDC_LOGIN_COOKIE];
      res.clearCookie(OIDC_LOGIN_COOKIE, loginCookie(cookieSecure));
      const callbackUrl = new URL(req.originalUrl, 'http://callback.invalid');
      try {
        const { token, returnTo } = await finishOidcSignIn(
          identity,
          provider,
          callbackUrl,
          typeof loginToken === 'string' ? loginToken : undefined,
        );
        res.cookie(SESSION_COOKIE, token, { ...sessionCookie(cookieSecure), maxAge: SESSION_TTL_MS });
        res.status(302).location(returnTo).end();
      } catch (error) {
        // The browser is mid-navigation: it goes back to the sign-in page, which says why.
        if (!(error instanceof ApiError)) throw error;
        res
          .status(302)
          .location(`/login?error=${encodeURIComponent(error.code)}`)
          .end();
      }
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/auth/oidc/:provider/backchannel-logout',
    operationId: 'oidcBackchannelLogout',
    tag: 'auth',
    auth: 'none',
    summary: { zh: '提供方的后台注销通知', en: 'The provider’s back-channel logout' },
    description: {
      zh: 'OpenID Connect Back-Channel Logout 1.0：提供方以 application/x-www-form-urlencoded 提交签名的 logout_token，结束其 sid 或 sub 对应的会话。',
      en: 'OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout_token (application/x-www-form-urlencoded); the sessions of its sid or sub end.',
    },
    params: oidcProviderParams,
    body: backchannelLogoutBody,
    responses: { 200: { description: { zh: '相关会话已结束', en: 'Those sessions are over' } } },
    errors: [
      'NOT_FOUND',
      'VALIDATION_FAILED',
      'OIDC_LOGOUT_TOKEN_INVALID',
      'OIDC_PROVIDER_UNAVAILABLE',
      ...BODY_ERRORS,
    ],
    middleware: [
      express.urlencoded({ extended: false, limit: '16kb' }),
      // A post without a body is read as an empty form: its missing token is a field error.
      (req, _res, next) => {
        req.body ??= {};
        next();
      },
    ],
    handler: async ({ params, body, res }, { identity }) => {
      await backchannelLogout(providerSettings(identity, params.provider), body.logout_token);
      res.status(200).end();
    },
  }),
];
