import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { ServerConfig } from './config';
import { errorMiddleware, notFoundHandler } from './errors/error-middleware';
import { refuseOperatorKeys } from './http/refuse-operator-keys';
import { requireJson } from './http/require-json';
import { logger } from './logger';
import { apiRoutes } from './routes';

/** The Express app: security headers, JSON-only API under /api/v1, and the built client for everything else. */
export function createApp(temporal: Client, config: Pick<ServerConfig, 'clientDir' | 'cookieSecure'>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/api/v1/health' } }));
  app.use(
    helmet({
      // Intranet deployments often serve plain HTTP on a host name; forcing https there breaks every asset.
      // TLS is enforced where it is terminated. Scripts stay strict: no eval, so the browser's form
      // validator (ajv compiles with `new Function`) defers to the server's field errors.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );

  const api = express.Router();
  api.use(requireJson);
  api.use(express.json({ limit: '256kb' }));
  api.use(cookieParser());
  api.use(refuseOperatorKeys);
  api.use(apiRoutes(temporal, { cookieSecure: config.cookieSecure }));
  api.use(notFoundHandler);
  api.use(errorMiddleware);
  app.use('/api/v1', api);

  if (existsSync(config.clientDir)) {
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes all render the single page.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(config.clientDir, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}
