import type { Client } from '@temporalio/client';
import type { Router } from 'express';
import type { Registry } from 'prom-client';
import { NO_PROVIDERS, type IdentitySettings } from './auth/oidc/identity-settings';
import { ENDPOINTS } from './endpoints';
import { ChangeFeed } from './events/change-feed';
import { mountEndpoints } from './http/mount-endpoints';
import { openApiDocument } from './openapi/openapi-document';

export interface ApiRoutesOptions {
  cookieSecure: boolean;
  /** OpenID providers and whether password sign-in is on; default none, password on. */
  identity?: IdentitySettings;
  /** How often `GET /events` asks the database what changed (ms); default 1000. */
  eventPollMs?: number;
  /** Where `GET /metrics` reads from. */
  metrics: Registry;
}

/**
 * `/api/v1`: the endpoint table (`endpoints.ts`) mounted, each route thin — parse with the
 * endpoint's schemas, authorize, call one operation, answer; errors map in `errorMiddleware`.
 */
export function apiRoutes(temporal: Client, options: ApiRoutesOptions): Router {
  return mountEndpoints(ENDPOINTS, {
    temporal,
    cookieSecure: options.cookieSecure,
    identity: options.identity ?? NO_PROVIDERS,
    metrics: options.metrics,
    feed: new ChangeFeed(options.eventPollMs ? { pollMs: options.eventPollMs } : {}),
    openApi: openApiDocument,
  });
}
