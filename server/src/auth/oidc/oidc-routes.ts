import express, { Router, type CookieOptions } from 'express';
import { z } from 'zod';
import { ApiError } from '../../errors/api-error';
import { parseInput } from '../../http/parse-input';
import { backchannelLogout } from './backchannel-logout';
import type { IdentitySettings } from './identity-settings';
import { beginOidcSignIn, finishOidcSignIn, OIDC_LOGIN_COOKIE, OIDC_LOGIN_TTL_MS, safeReturnTo } from './oidc-sign-in';
import { providerSettings } from './provider-clients';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../sessions';

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

/**
 * Sign-in through OpenID providers (authorization code with PKCE) and their
 * back-channel logout. The sign-in under way is kept server-side, the browser
 * holding its random token in a cookie scoped to these routes for ten minutes.
 */
export function oidcRoutes(identity: IdentitySettings, cookie: CookieOptions): Router {
  const router = Router();
  const loginCookie: CookieOptions = { ...cookie, path: '/api/v1/auth/oidc' };

  router.get('/providers', (_req, res) => {
    res.json({
      passwordLogin: identity.passwordLogin,
      providers: identity.providers.map(({ id, label }) => ({
        id,
        label,
        startUrl: `/api/v1/auth/oidc/${id}/start`,
      })),
    });
  });

  router.get('/oidc/:provider/start', async (req, res) => {
    const { provider: providerId } = parseInput(oidcProviderParams, req.params, req);
    const { returnTo } = parseInput(oidcStartQuery, req.query, req);
    const provider = providerSettings(identity, providerId);
    const { authorizationUrl, loginToken } = await beginOidcSignIn(identity, provider, safeReturnTo(returnTo));
    res.cookie(OIDC_LOGIN_COOKIE, loginToken, { ...loginCookie, maxAge: OIDC_LOGIN_TTL_MS });
    res.status(302).location(authorizationUrl).end();
  });

  router.get('/oidc/:provider/callback', async (req, res) => {
    const { provider: providerId } = parseInput(oidcProviderParams, req.params, req);
    const provider = providerSettings(identity, providerId);
    const loginToken: unknown = req.cookies?.[OIDC_LOGIN_COOKIE];
    res.clearCookie(OIDC_LOGIN_COOKIE, loginCookie);
    const callbackUrl = new URL(req.originalUrl, 'http://callback.invalid');
    try {
      const { token, returnTo } = await finishOidcSignIn(
        identity,
        provider,
        callbackUrl,
        typeof loginToken === 'string' ? loginToken : undefined,
      );
      res.cookie(SESSION_COOKIE, token, { ...cookie, maxAge: SESSION_TTL_MS });
      res.status(302).location(returnTo).end();
    } catch (error) {
      // The browser is mid-navigation: it goes back to the sign-in page, which says why.
      if (!(error instanceof ApiError)) throw error;
      res
        .status(302)
        .location(`/login?error=${encodeURIComponent(error.code)}`)
        .end();
    }
  });

  router.post(
    '/oidc/:provider/backchannel-logout',
    express.urlencoded({ extended: false, limit: '16kb' }),
    async (req, res) => {
      const { provider: providerId } = parseInput(oidcProviderParams, req.params, req);
      const provider = providerSettings(identity, providerId);
      const { logout_token } = parseInput(backchannelLogoutBody, req.body ?? {}, req);
      await backchannelLogout(provider, logout_token);
      res.status(200).end();
    },
  );

  return router;
}
