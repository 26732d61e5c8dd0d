import type { Router } from 'express';

/** One route as registered with Express: `GET` + `/requests/:id`. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

interface RouteInfo {
  path: string | RegExp;
  methods?: string[];
  router?: IntrospectableRouter;
}
interface IntrospectableRouter {
  listRoutes?(): RouteInfo[];
}

/**
 * Every route of a router and the routers mounted in it, by method and full
 * path (Express 5's `router.listRoutes()`, walked recursively). What the
 * OpenAPI test compares with the document and what labels the metrics.
 */
export function listRoutes(router: Router, prefix = ''): RegisteredRoute[] {
  const introspectable = router as unknown as IntrospectableRouter;
  if (!introspectable.listRoutes) throw new Error('this Express router cannot list its routes (router >= 2.3 can)');
  return introspectable.listRoutes().flatMap((info): RegisteredRoute[] => {
    if (typeof info.path !== 'string') throw new Error(`route ${String(info.path)}: only string paths are listed`);
    // A router mounted without a path (`router.use(child)`) adds nothing to its routes' paths.
    if (info.router)
      return listRoutes(info.router as unknown as Router, info.path === '/' ? prefix : `${prefix}${info.path}`);
    const path = `${prefix}${info.path === '/' && prefix ? '' : info.path}`;
    // HEAD is Express's automatic twin of GET.
    return (info.methods ?? []).filter((method) => method !== 'HEAD').map((method) => ({ method, path }));
  });
}

/**
 * Finds which registered route a request path belongs to, so a metric is
 * labelled `/requests/:id` rather than once per id. Paths use only `:name`
 * segments; anything else is refused when the matcher is built.
 */
export function routeMatcher(routes: readonly RegisteredRoute[]): (method: string, path: string) => string | undefined {
  const compiled = routes.map((route) => {
    const segments = route.path.split('/');
    for (const segment of segments) {
      if (/[*?(){}]/.test(segment)) throw new Error(`route ${route.path}: only :name parameters are supported`);
    }
    return { method: route.method, path: route.path, segments: segments.map((segment) => segment.toLowerCase()) };
  });
  return (method, path) => {
    const wanted = method === 'HEAD' ? 'GET' : method;
    // Express matches case-insensitively and ignores one trailing slash; so does this.
    const segments = (path.length > 1 ? path.replace(/\/$/, '') : path).toLowerCase().split('/');
    return compiled.find(
      (route) =>
        route.method === wanted &&
        route.segments.length === segments.length &&
        route.segments.every((segment, i) =>
          segment.startsWith(':') ? (segments[i] ?? '') !== '' : segment === segments[i],
        ),
    )?.path;
  };
}
