import { z } from 'zod';
import { backchannelLogoutBody, oidcCallbackQuery, oidcProviderParams, oidcStartQuery } from '../auth/oidc/oidc-routes';
import { BODY_ERRORS, type ApiOperation } from './operation-types';

const LOCATION = { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } };

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

export const endSessionSchema = z.strictObject({
  endSessionUrl: z.string().meta({ description: 'The provider’s end-session URL; open it in the browser' }),
});

/** Sign-in through OpenID providers (`auth/oidc`). */
export const IDENTITY_PROVIDER_OPERATIONS: ApiOperation[] = [
  {
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
  },
  {
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
        description: { zh: '跳转至提供方的授权端点', en: 'To the provider’s authorization endpoint' },
        headers: LOCATION,
      },
    },
    errors: ['NOT_FOUND', 'VALIDATION_FAILED', 'OIDC_PROVIDER_UNAVAILABLE'],
  },
  {
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
  },
  {
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
  },
];
