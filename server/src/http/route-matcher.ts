/** One route of the endpoint table: `GET` + `/requests/:id`. */
export interface RegisteredRoute {
  method: string;
  path: string;
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
