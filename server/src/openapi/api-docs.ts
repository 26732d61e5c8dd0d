import path from 'node:path';
import { Router } from 'express';
import helmet from 'helmet';

/**
 * Interactive API docs at `/api/docs`: Swagger UI's prebuilt assets, served
 * from `swagger-ui-dist` in node_modules, started by a script of ours that
 * points it at `/api/v1/openapi.json`. No inline script, so scripts stay
 * `'self'` only; the page's CSP adds only what Swagger UI needs (inline
 * styles, `data:` images) and applies to this path alone.
 */
export const DOCS_PATH = '/api/docs';

/** Only the files the page loads; the rest of the package (maps, other bundles) is not served. */
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png'] as const;

const DOCS_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    // Swagger UI's React components set style attributes and inject small <style> blocks.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // Its icons and the syntax-highlighted examples use data: URIs.
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    // The document and "Try it out" calls go to this origin only.
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  },
};

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>通办 Tongban API</title>
    <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css" />
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" sizes="32x32" />
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-16x16.png" sizes="16x16" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
    <script src="${DOCS_PATH}/start-docs.js"></script>
  </body>
</html>
`;

/**
 * validatorUrl null: the public validator badge would send the document to a third party.
 * The browser's Accept-Language picks the document's language.
 */
const START_SCRIPT = `window.ui = SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  displayRequestDuration: true,
  persistAuthorization: false,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

/** The `/api/docs` router; mount it before the client's catch-all route. */
export function apiDocs(): Router {
  const assetsDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const router = Router();
  // Replaces the app-wide CSP header for this path only.
  router.use(helmet.contentSecurityPolicy(DOCS_CSP));
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(PAGE);
  });
  router.get('/start-docs.js', (_req, res) => {
    res.type('js').set('Cache-Control', 'no-cache').send(START_SCRIPT);
  });
  for (const asset of ASSETS) {
    router.get(`/${asset}`, (_req, res, next) => {
      res.sendFile(path.join(assetsDir, asset), { maxAge: '1h' }, (error) => (error ? next(error) : undefined));
    });
  }
  return router;
}
