import type { Client } from '@temporalio/client';
import type { Request, RequestHandler, Response } from 'express';
import type { Registry } from 'prom-client';
import type { IdentitySettings } from '../auth/oidc/identity-settings';
import type { AppAbility } from '../auth/define-abilities';
import type { CurrentUser } from '../auth/current-user';
import type { ChangeFeed } from '../events/change-feed';
import type { ErrorCode } from '../errors/messages';
import type { ApiOperation } from '../openapi/operation-types';
import type { Language } from './language';
import type { z } from 'zod';

/**
 * One endpoint of `/api/v1` in one place: what the OpenAPI document says about it
 * (`ApiOperation`: method, path, texts, schemas, results, error codes) and what
 * answers it. The router is mounted from the endpoint table (`endpoints.ts`),
 * parsing each input with the endpoint's own schema before its handler runs, so
 * the document cannot describe an input the route does not check.
 */

/** What every handler may use besides its input: built once per app by `apiRoutes`. */
export interface EndpointContext {
  temporal: Client;
  /** Whether cookies are `Secure`. */
  cookieSecure: boolean;
  identity: IdentitySettings;
  /** Where `GET /metrics` reads from. */
  metrics: Registry;
  /** The change feed `GET /events` streams from. */
  feed: ChangeFeed;
  /** The OpenAPI document of this table, in one language (`GET /openapi.json`). */
  openApi: (language: Language) => unknown;
}

type Auth = ApiOperation['auth'];
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The signed-in caller, on `session` endpoints. */
export interface Session {
  user: CurrentUser;
  ability: AppAbility;
}
type SessionOf<A extends Auth> = A extends 'session' ? Session : object;

/** What a guard sees: the caller, before any input is read. */
export type GuardCall<A extends Auth> = SessionOf<A> & { req: Request };

/** What a handler gets: its input parsed with the endpoint's schemas, the caller, the language. */
export type EndpointCall<
  A extends Auth,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  M extends boolean = false,
> = SessionOf<A> & {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** `Idempotency-Key`, on endpoints that take one (`idempotent`). */
  idempotencyKey: string | undefined;
  /** The revision `If-Match` names, on endpoints that need one (`ifMatch`): 428 without it, 412 when it is not ours. */
  revision: M extends true ? number : undefined;
  language: Language;
  req: Request;
  res: Response;
};

export interface EndpointDefinition<
  A extends Auth,
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  M extends boolean,
> extends Omit<ApiOperation, 'auth' | 'params' | 'query' | 'body' | 'ifMatch'> {
  auth: A;
  ifMatch?: M;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What a malformed path parameter answers: the thing it would name does not exist (a 404 code).
   * Without it, a 400 VALIDATION_FAILED with the field's message.
   */
  paramsNotFound?: ErrorCode;
  /**
   * Runs before any input is parsed (throwing an `ApiError`): whoever may not call at all is
   * told so (403) before anything about their request is checked, a bad body included.
   */
  guard?: (call: GuardCall<A>, context: EndpointContext) => void;
  /** Express middleware between the session check and the parsing (a body parser of another type). */
  middleware?: readonly RequestHandler[];
  /**
   * Calls the operation. A value it returns is sent as JSON (with the status the handler set,
   * 200 unless it set another); a handler that answers itself (a stream, a redirect, 204) returns nothing.
   */
  handler: (call: EndpointCall<A, P, Q, B, M>, context: EndpointContext) => unknown;
}

/** An endpoint of the table, its input types erased. */
export interface Endpoint extends ApiOperation {
  paramsNotFound?: ErrorCode;
  guard?: (call: { req: Request } & Partial<Session>, context: EndpointContext) => void;
  middleware?: readonly RequestHandler[];
  handler: (
    call: EndpointCall<Auth, z.ZodObject, z.ZodObject, z.ZodType, boolean>,
    context: EndpointContext,
  ) => unknown;
}

/**
 * Declares an endpoint; the handler's input is typed from the schemas given, e.g.
 * `defineEndpoint({ method: 'GET', path: '/users/:id', params: userIdParams, …, handler: ({ params }) => getUser(params.id) })`.
 */
export function defineEndpoint<
  A extends Auth,
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  M extends boolean = false,
>(definition: EndpointDefinition<A, P, Q, B, M>): Endpoint {
  return definition as unknown as Endpoint;
}
