import { TASK_ACTIONS } from '@tongban/workflows';
import oas31Schema from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json';
import type { Client } from '@temporalio/client';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { createApp } from '../app';
import { ERRORS, type ErrorCode } from '../errors/messages';
import { ENDPOINTS } from '../endpoints';
import { endpointRoutes, fixedSegmentsFirst } from '../http/mount-endpoints';
import { routeMatcher } from '../http/route-matcher';
import { openApiDocument, toOpenApiPath, type OpenApiDocument } from './openapi-document';
import { TAGS } from './operations';

// Building the router and serving the document touch neither Temporal nor the database.
const temporal = {} as Client;
const app = createApp(temporal, { clientDir: '/nonexistent', cookieSecure: false });

type Json = Record<string, unknown>;
const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );

/** Every `$ref` in the document, with where it is. */
function refs(value: unknown, at = '#'): { at: string; ref: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [{ at, ref: child }] : refs(child, `${at}/${key}`),
  );
}

/** Every Schema Object: components, parameters, bodies and responses. */
function schemaObjects(document: OpenApiDocument): { at: string; schema: Json }[] {
  const found: { at: string; schema: Json }[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'schema' && typeof child === 'object' && child !== null) found.push({ at, schema: child as Json });
      else walk(child, `${at}/${key}`);
    }
  };
  walk(document.paths, '#/paths');
  const components = (document.components as { schemas: Record<string, Json> }).schemas;
  for (const [id, schema] of Object.entries(components)) found.push({ at: `#/components/schemas/${id}`, schema });
  return found;
}

describe('the OpenAPI document', () => {
  it('documents each endpoint of the table once, and nothing else', () => {
    const table = endpointRoutes(ENDPOINTS).map((route) => `${route.method} ${toOpenApiPath(route.path)}`);
    expect(new Set(table).size).toBe(table.length);
    const documented = operationsOf(openApiDocument('zh-CN'))
      .map(({ key }) => key)
      .sort();
    expect(documented).toEqual([...table].sort());
    expect(table).toEqual(
      expect.arrayContaining(['GET /openapi.json', 'POST /tasks/{id}/actions', 'POST /auth/login']),
    );
  });

  it('mounts every endpoint of the table where a request reaches it, none hidden behind another', async () => {
    // In the order the mount registers them, each endpoint's own path finds it first.
    const firstMatch = routeMatcher(endpointRoutes(fixedSegmentsFirst(ENDPOINTS)));
    for (const { method, path } of ENDPOINTS) {
      const sample = path.replace(/:[A-Za-z]+/g, 'sample-1');
      expect({ method, path, matched: firstMatch(method, sample) }).toEqual({ method, path, matched: path });
    }
    // Asked without a session, each session endpoint answers 401 from its own route, not 404 from none.
    for (const { method, path } of ENDPOINTS.filter((endpoint) => endpoint.auth === 'session')) {
      const url = `/api/v1${path.replace(/:[A-Za-z]+/g, 'sample-1')}`;
      const response = await request(app)[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 401 });
    }
    await request(app).get('/api/v1/no-such-endpoint').expect(404);
  });

  it.each(['zh-CN', 'en'] as const)(
    'is valid OpenAPI 3.1 with valid JSON Schemas and resolvable refs (%s)',
    (language) => {
      const document = openApiDocument(language);
      expect(document.openapi).toMatch(/^3\.1\.\d+$/);

      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addFormat('media-range', true);
      const validate = ajv.compile(oas31Schema);
      expect(validate(document) ? [] : validate.errors).toEqual([]);

      // The OpenAPI schema leaves Schema Objects open; each must be JSON Schema 2020-12 (OpenAPI 3.1's dialect).
      for (const { at, schema } of schemaObjects(document)) {
        expect({ at, valid: ajv.validateSchema(schema), errors: ajv.errors ?? null }).toEqual({
          at,
          valid: true,
          errors: null,
        });
      }

      const components = (document.components as { schemas: Record<string, Json> }).schemas;
      for (const { at, ref } of refs(document)) {
        expect({ at, ref, resolves: ref.startsWith('#/components/schemas/') && ref.slice(21) in components }).toEqual({
          at,
          ref,
          resolves: true,
        });
      }
    },
  );

  it('gives each route its request schema, results, error codes by status, security and a tag', () => {
    const document = openApiDocument('en');
    const tags = (document.tags as { name: string }[]).map((tag) => tag.name);
    for (const { key, operation } of operationsOf(document)) {
      const documented = operation as {
        tags: string[];
        summary: string;
        security: Json[];
        requestBody?: { content: Record<string, { schema: Json }> };
        responses: Record<string, { description: string; content?: Record<string, { schema: Json }> }>;
      };
      const source = ENDPOINTS.find((candidate) => `${candidate.method} ${toOpenApiPath(candidate.path)}` === key)!;
      expect({ key, tags: documented.tags.every((tag) => tags.includes(tag)), summary: !!documented.summary }).toEqual({
        key,
        tags: true,
        summary: true,
      });
      expect({ key, body: !!documented.requestBody }).toEqual({ key, body: !!(source.body ?? source.upload) });
      const statuses = Object.keys(documented.responses);
      // A browser sign-in's steps succeed by redirecting (3xx); every other route answers 2xx.
      expect({ key, success: statuses.some((status) => /^[23]/.test(status)) }).toEqual({ key, success: true });

      // Each error response lists codes whose status is that response's status, in the error body.
      for (const [status, response] of Object.entries(documented.responses)) {
        const schema = response.content?.['application/json']?.schema as { allOf?: Json[] } | undefined;
        if (!schema?.allOf) continue;
        expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ErrorBody' });
        const codes = (schema.allOf[1] as { properties: { error: { properties: { code: { enum: ErrorCode[] } } } } })
          .properties.error.properties.code.enum;
        for (const code of codes)
          expect({ key, code, status: String(ERRORS[code].status) }).toEqual({ key, code, status });
      }
      expect(statuses).toContain('500');

      if (source.auth === 'session') {
        expect(documented.security).toEqual([{ session: [] }]);
        expect(documented.responses['401']?.description).toContain('UNAUTHENTICATED');
      } else {
        // `[]` or an alternative without requirements: no session needed.
        const anonymous =
          documented.security.length === 0 ||
          documented.security.some((alternative) => Object.keys(alternative).length === 0);
        expect({ key, anonymous }).toEqual({ key, anonymous: true });
      }
    }
    expect(document.components).toMatchObject({
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tongban_session' } },
    });
  });

  it('takes its request schemas from the ones the routes parse with', () => {
    const schemas = (openApiDocument('en').components as { schemas: Record<string, Json> }).schemas;
    expect(schemas.StartRequestBody).toMatchObject({
      type: 'object',
      required: ['processKey', 'data'],
      additionalProperties: false,
    });
    expect(schemas.TaskActionBody).toMatchObject({
      // Every action the engine knows, and no other.
      properties: { action: { enum: [...TASK_ACTIONS] } },
    });
    const inbox = (openApiDocument('en').paths['/tasks']!.get as { parameters: Json[] }).parameters;
    expect(inbox[0]).toEqual(
      expect.objectContaining({
        name: 'status',
        in: 'query',
        required: false,
        schema: expect.objectContaining({ default: 'open', enum: ['open', 'done', 'cc'] }),
      }),
    );
    expect(inbox.map((parameter) => parameter.name)).toEqual([
      'status',
      'processKey',
      'q',
      'from',
      'to',
      'sort',
      'page',
      'pageSize',
    ]);
  });

  it('speaks zh-CN by default and English when asked, tags included', () => {
    const zh = openApiDocument('zh-CN');
    const en = openApiDocument('en');
    expect(zh.tags).toContainEqual({ name: 'requests', description: TAGS.requests.zh });
    expect(en.tags).toContainEqual({ name: 'requests', description: TAGS.requests.en });
    expect(zh.paths['/auth/login']!.post!.summary).toBe('登录');
    expect(en.paths['/auth/login']!.post!.summary).toBe('Sign in');
    expect(JSON.stringify(en.paths['/auth/login']!.post!.responses)).toContain(ERRORS.LOGIN_LOCKED.en);
  });
});

describe('serving the document and the docs page', () => {
  it('serves the document at /api/v1/openapi.json without a session, in the caller language', async () => {
    const zh = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(zh.headers['content-type']).toMatch(/^application\/json/);
    expect(zh.headers.vary).toMatch(/Accept-Language/i);
    expect(zh.body).toEqual(openApiDocument('zh-CN'));
    const en = await request(app).get('/api/v1/openapi.json').set('Accept-Language', 'en-GB,en;q=0.9');
    expect(en.body.info.description).toBe(openApiDocument('en').info.description);
  });

  it('serves Swagger UI at /api/docs with a CSP that allows what it needs there only', async () => {
    const page = await request(app).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<script src="/api/docs/swagger-ui-bundle.js"></script>');
    expect(page.text).not.toMatch(/<script>(?!<)/);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');

    const bundle = await request(app).get('/api/docs/swagger-ui-bundle.js').expect(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    const start = await request(app).get('/api/docs/start-docs.js').expect(200);
    expect(start.text).toContain("url: '/api/v1/openapi.json'");
    expect(start.text).toContain('validatorUrl: null');
    await request(app).get('/api/docs/swagger-ui.css').expect(200);
    // Only the files the page loads are served from the package.
    await request(app).get('/api/docs/swagger-ui-bundle.js.map').expect(404);
    await request(app).get('/api/docs/package.json').expect(404);

    // Everywhere else keeps the app-wide policy.
    const elsewhere = await request(app).get('/api/v1/openapi.json');
    expect(elsewhere.headers['content-security-policy']).toContain("default-src 'self'");
    expect(elsewhere.headers['content-security-policy']).not.toContain("connect-src 'self'");
  });
});
