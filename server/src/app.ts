import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { ServerConfig } from './config';
import { errorMiddleware, notFoundHandler, refuseUnknownMethods } from './errors/error-middleware';
import { ENDPOINTS } from './endpoints';
import { endpointRoutes } from './http/mount-endpoints';
import { routeMatcher } from './http/route-matcher';
import { refuseOperatorKeys } from './http/refuse-operator-keys';
import { refuseControlCharacters } from './http/refuse-control-characters';
import { checkOrigin } from './http/check-origin';
import { cors } from './http/cors';
import { jsonBody } from './http/json-body';
import { requireJson } from './http/require-json';
import { logger } from './logger';
import { createHttpMetrics } from './metrics/http-metrics';
import { apiDocs, DOCS_PATH } from './openapi/api-docs';
import { apiRoutes } from './routes';

/** A request id a proxy may pass on; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Probes and scrapes, every few seconds: not worth a log line each. */
const QUIET_PATHS = new Set(['/api/v1/health', '/api/v1/ready', '/api/v1/metrics']);

/**
 * The Express app: security headers, JSON-only API under /api/v1, its docs
 * under /api/docs, and the built client for everything else.
 */
export function createApp(
  temporal: Client,
  config: Pick<ServerConfig, 'clientDir' | 'cookieSecure'> &
    Partial<Pick<ServerConfig, 'trustProxy' | 'allowedOrigins' | 'identity'>> & { eventPollMs?: number },
): Express {
  const app = express();
  app.disable('x-powered-by');
  // Which proxies may say who the client is (X-Forwarded-For): the per-address login limit keys on it.
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url ?? '') },
      // One id per request across every API process: the caller's X-Request-Id (a proxy's) when it is sane.
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        // Paths without their query strings: searches carry people's names, uploads file names.
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
          remoteAddress: req.remoteAddress,
        }),
      },
    }),
  );
  app.use(
    helmet({
      // Intranet deployments often serve plain HTTP on a host name; forcing https there breaks every asset.
      // TLS is enforced where it is terminated. Scripts stay strict: no eval, so the browser's form
      // validator (ajv compiles with `new Function`) defers to the server's field errors.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );

  const metrics = createHttpMetrics();
  const routes = apiRoutes(temporal, {
    cookieSecure: config.cookieSecure,
    ...(config.identity ? { identity: config.identity } : {}),
    metrics: metrics.registry,
    ...(config.eventPollMs ? { eventPollMs: config.eventPollMs } : {}),
  });
  const api = express.Router();
  api.use(refuseUnknownMethods);
  api.use(metrics.middleware(routeMatcher(endpointRoutes(ENDPOINTS)), '/api/v1'));
  api.use(cors(config.allowedOrigins ?? []));
  api.use(checkOrigin(config.allowedOrigins ?? []));
  // Answers carry people's data: no shared cache keeps them (routes that may be cached say so).
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(requireJson);
  api.use(jsonBody());
  api.use(cookieParser());
  api.use(refuseOperatorKeys);
  api.use(refuseControlCharacters);
  api.use(routes);
  api.use(notFoundHandler);
  api.use(errorMiddleware);
  app.use('/api/v1', api);
  app.use(DOCS_PATH, apiDocs());

  if (existsSync(config.clientDir)) {
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes all render the single page.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(config.clientDir, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}
