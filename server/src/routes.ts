import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { Registry } from 'prom-client';
import type { IdentitySettings } from './auth/oidc/identity-settings';
import { requireUser, signedIn } from './auth/current-user';
import { listCatalogue } from './catalogue/list-catalogue';
import { ENDPOINTS } from './endpoints';
import { mountEndpoints } from './http/mount-endpoints';
import { NO_PROVIDERS } from './auth/oidc/identity-settings';
import { requestLanguage } from './http/language';
import { parseInput } from './http/parse-input';
import {
  idempotencyKeyHeader,
  idSchema,
  inboxQuery,
  processKeyParams,
  requestActionBody,
  requestListQuery,
  routePreviewBody,
  startRequestBody,
  taskActionBody,
} from './http/schemas';
import { openApiDocument } from './openapi/openapi-document';
import { actOnRequest } from './requests/act-on-request';
import { getRequest, requestDetail } from './requests/get-request';
import { readerOf } from './requests/request-reader';
import { listRequests } from './requests/list-requests';
import { getPreviousApplication } from './requests/previous-application';
import { startRequest } from './requests/start-request';
import { actOnTask } from './tasks/act-on-task';
import { previewTaskAction } from './tasks/preview-task-action';
import { previewProcessRoute } from './catalogue/preview-route';
import { getTask } from './tasks/get-task';
import { countTasks, listTasks } from './tasks/list-tasks';
import { ApiError } from './errors/api-error';
import { ChangeFeed } from './events/change-feed';

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
 * `/api/v1`: thin routes that parse, authorize, call one operation and answer.
 * Each is documented in `openapi/operations.ts`; a test fails for one that is not.
 */
export function apiRoutes(temporal: Client, options: ApiRoutesOptions): Router {
  const api = Router();

  const feed = new ChangeFeed(options.eventPollMs ? { pollMs: options.eventPollMs } : {});
  api.use(
    mountEndpoints(ENDPOINTS, {
      temporal,
      cookieSecure: options.cookieSecure,
      identity: options.identity ?? NO_PROVIDERS,
      metrics: options.metrics,
      feed,
      openApi: openApiDocument,
    }),
  );

  api.get('/processes', requireUser, async (req, res) => {
    res.json({ items: await listCatalogue(signedIn(req).ability, requestLanguage(req)) });
  });

  api.post('/processes/:key/route-preview', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { key } = parseInput(processKeyParams, req.params, req);
    const { data } = parseInput(routePreviewBody, req.body, req);
    res.json(await previewProcessRoute(ability, user, key, data, requestLanguage(req)));
  });

  api.get('/processes/:key/previous-application', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { key } = parseInput(processKeyParams, req.params, req);
    res.json(await getPreviousApplication(user, ability, key));
  });

  api.post('/requests', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    if (!ability.can('create', 'Request') && !ability.can('file', 'Request')) throw new ApiError('FORBIDDEN');
    const body = parseInput(startRequestBody, req.body, req);
    // For oneself (applicants) or, at a service window, for an enterprise (代办).
    if (!ability.can(body.onBehalfOf ? 'file' : 'create', 'Request')) throw new ApiError('FORBIDDEN');
    const key = parseInput(idempotencyKeyHeader, req.get('Idempotency-Key'), req);
    const started = await startRequest(
      temporal,
      user,
      { ...body, ...(key ? { idempotencyKey: key } : {}) },
      requestLanguage(req),
    );
    res.status(201).location(`/api/v1/requests/${started.id}`).json(started);
  });

  api.get('/requests', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    res.json(await listRequests(user, ability, parseInput(requestListQuery, req.query, req), requestLanguage(req)));
  });

  api.get('/requests/:id', requireUser, async (req, res) => {
    const id = parseRouteId(req.params.id);
    const { user, ability } = signedIn(req);
    res.json(await getRequest(user, ability, id, requestLanguage(req)));
  });

  api.get('/tasks', requireUser, async (req, res) => {
    res.json(await listTasks(signedIn(req).user, parseInput(inboxQuery, req.query, req), requestLanguage(req)));
  });

  api.get('/tasks/counts', requireUser, async (req, res) => {
    res.json(await countTasks(signedIn(req).user));
  });

  api.get('/tasks/:id', requireUser, async (req, res) => {
    const id = parseRouteId(req.params.id);
    const { user, ability } = signedIn(req);
    res.json(await getTask(user, ability, id, requestLanguage(req)));
  });

  api.post('/requests/:id/actions', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    const id = parseRouteId(req.params.id);
    const body = parseInput(requestActionBody, req.body, req);
    const key = parseInput(idempotencyKeyHeader, req.get('Idempotency-Key'), req);
    const language = requestLanguage(req);
    const projection = await actOnRequest(
      temporal,
      user,
      ability,
      id,
      { ...body, ...(key ? { idempotencyKey: key } : {}) },
      language,
    );
    res.json({
      request: await requestDetail(projection, language, (definition) => readerOf(user, projection, definition)),
    });
  });

  api.post('/tasks/:id/actions', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    const id = parseRouteId(req.params.id);
    const body = parseInput(taskActionBody, req.body, req);
    const key = parseInput(idempotencyKeyHeader, req.get('Idempotency-Key'), req);
    const projection = await actOnTask(
      temporal,
      user,
      ability,
      id,
      { ...body, ...(key ? { idempotencyKey: key } : {}) },
      requestLanguage(req),
    );
    res.json({
      request: await requestDetail(projection, requestLanguage(req), (definition) =>
        readerOf(user, projection, definition),
      ),
    });
  });

  api.post('/tasks/:id/what-if', requireUser, async (req, res) => {
    const { user, ability } = signedIn(req);
    const id = parseRouteId(req.params.id);
    const body = parseInput(taskActionBody, req.body, req);
    res.json(await previewTaskAction(temporal, user, ability, id, body, requestLanguage(req)));
  });

  return api;
}

/** A malformed id names nothing that exists. */
function parseRouteId(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new ApiError('NOT_FOUND');
  return parsed.data;
}
