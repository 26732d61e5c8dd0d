import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Latency buckets in seconds: reads take milliseconds; a submission waits for Temporal, up to its 30 s timeout. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Requests that match no route share one label, so probing random URLs cannot grow the series without bound. */
export const UNMATCHED_ROUTE = 'unmatched';

export interface HttpMetrics {
  /** One registry per app: the process metrics and the HTTP metrics, nothing global. */
  registry: Registry;
  /**
   * Counts and times every request that passes, labelled by method, route
   * template (from `routeOf`, prefixed with `mountPath`) and status.
   */
  middleware(routeOf: (method: string, path: string) => string | undefined, mountPath: string): RequestHandler;
}

export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'tongban_http_requests_total',
    help: 'HTTP requests answered by the API, by method, route template and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tongban_http_request_duration_seconds',
    help: 'Time from receiving an API request to finishing its response, by method, route template and status',
    labelNames,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });

  return {
    registry,
    middleware: (routeOf, mountPath) => (req, res, next) => {
      const started = process.hrtime.bigint();
      // Read before the routers rewrite `req.url` on the way down.
      const method = req.method;
      const route = routeOf(method, req.path);
      res.once('finish', () => {
        const labels = {
          method,
          route: route === undefined ? UNMATCHED_ROUTE : `${mountPath}${route}`,
          status: String(res.statusCode),
        };
        requests.inc(labels);
        duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      });
      next();
    },
  };
}
