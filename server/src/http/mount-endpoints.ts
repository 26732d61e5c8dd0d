import { Router, type RequestHandler } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import type { Endpoint, EndpointContext } from './endpoint';
import type { RegisteredRoute } from './route-matcher';
import { requiredRevision } from './if-match';
import { requestLanguage } from './language';
import { parseInput } from './parse-input';
import { parseParams } from './route-params';
import { idempotencyKeyHeader } from './schemas';

/**
 * A router with every endpoint of the table. Express tries routes in the order they are
 * registered, so they are registered fixed segments first (`/requests/export.xlsx` before
 * `/requests/:id`, which would take `export.xlsx` for an id), whatever the table's order.
 *
 * Each route: the session check (`auth: 'session'`), the endpoint's middleware,
 * its guard, then its params, `If-Match`, query, body and `Idempotency-Key` parsed
 * with its schemas (a 400 or its `paramsNotFound` code), then its handler.
 */
export function mountEndpoints(endpoints: readonly Endpoint[], context: EndpointContext): Router {
  const router = Router();
  for (const endpoint of fixedSegmentsFirst(endpoints)) {
    const handlers: RequestHandler[] = [
      ...(endpoint.auth === 'session' ? [requireUser] : []),
      ...(endpoint.middleware ?? []),
      async (req, res) => {
        const session = endpoint.auth === 'session' ? signedIn(req) : {};
        endpoint.guard?.({ req, ...session }, context);
        const params = !endpoint.params
          ? undefined
          : endpoint.paramsNotFound
            ? parseParams(endpoint.params, req.params, endpoint.paramsNotFound)
            : parseInput(endpoint.params, req.params, req);
        // The version an edit is based on is checked before what the edit says.
        const revision = endpoint.ifMatch ? requiredRevision(req) : undefined;
        const query = endpoint.query ? parseInput(endpoint.query, req.query, req) : undefined;
        const body = endpoint.body ? parseInput(endpoint.body, req.body, req) : undefined;
        const idempotencyKey = endpoint.idempotent
          ? parseInput(idempotencyKeyHeader, req.get('Idempotency-Key'), req)
          : undefined;
        const answer = await endpoint.handler(
          {
            ...session,
            params,
            query,
            body,
            idempotencyKey,
            revision,
            language: requestLanguage(req),
            req,
            res,
          } as Parameters<Endpoint['handler']>[0],
          context,
        );
        if (answer !== undefined && !res.headersSent) res.json(answer);
      },
    ];
    router[routerMethod(endpoint.method)](endpoint.path, ...handlers);
  }
  return router;
}

/**
 * The endpoints, stably sorted so that at the first segment where two paths differ in kind, the
 * fixed segment comes before the `:parameter`.
 */
export function fixedSegmentsFirst(endpoints: readonly Endpoint[]): Endpoint[] {
  const kinds = (path: string) => path.split('/').map((segment) => (segment.startsWith(':') ? 1 : 0));
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  return [...endpoints].sort((a, b) => compare(kinds(a.path), kinds(b.path)));
}

function routerMethod(method: Endpoint['method']): 'get' | 'post' | 'put' | 'patch' | 'delete' {
  return method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
}

/** The routes of a table, by method and path: what the metrics are labelled with and the tests list. */
export function endpointRoutes(endpoints: readonly Endpoint[]): RegisteredRoute[] {
  return endpoints.map(({ method, path }) => ({ method, path }));
}
