import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/sessions';
import { ERRORS, errorMessage, type ErrorCode } from '../errors/messages';
import type { Language } from '../http/language';
import { idempotencyKeyHeader, loginBody, startRequestBody, taskActionBody } from '../http/schemas';
import * as audit from './audit-responses';
import * as inbox from './inbox-responses';
import { statsSchema } from '../stats/stats-endpoints';
import * as live from '../notifications/notification-endpoints';
import { attachmentSchema } from '../attachments/attachment-endpoints';
import * as inboxInput from '../http/view-schemas';
import * as definitions from './definition-responses';
import * as definitionInput from '../http/definition-schemas';
import * as directory from './directory-responses';
import * as directoryInput from '../http/directory-schemas';
import { ENDPOINTS } from '../endpoints';
import { operationErrors, TAGS, type ApiOperation, type Bilingual } from './operations';
import * as responses from './response-schemas';

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the endpoint table
 * (`endpoints.ts`): each endpoint's texts, the zod schemas its route parses
 * with, and the schemas of its responses.
 * JSON Schema 2020-12 is OpenAPI 3.1's own dialect, so zod's converter output
 * goes in as it is, minus `$schema`/`$id`.
 */

type JsonObject = Record<string, unknown>;
export type OpenApiDocument = JsonObject & {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, JsonObject>>;
};

export const OPENAPI_VERSION = '3.1.1';
const SCHEMA_REF = '#/components/schemas/';

/** Named request schemas, in their input form (defaults optional). */
const INPUT_COMPONENTS: Record<string, z.ZodType> = {
  LoginBody: loginBody,
  StartRequestBody: startRequestBody,
  TaskActionBody: taskActionBody,
  CreateOrganisationBody: directoryInput.createOrganisationBody,
  UpdateOrganisationBody: directoryInput.updateOrganisationBody,
  CreateUserBody: directoryInput.createUserBody,
  UpdateUserBody: directoryInput.updateUserBody,
  SubstituteBody: directoryInput.substituteBody,
  NotificationPreferencesBody: directoryInput.notificationPreferencesBody,
  DefinitionDraftBody: definitionInput.draftBody,
  DefinitionImportBody: definitionInput.importBody,
  SavedViewBody: inboxInput.savedViewBody,
  BatchActionBody: inboxInput.batchActionBody,
};

/** Named response schemas, in their output form. */
const OUTPUT_COMPONENTS: Record<string, z.ZodType> = {
  ErrorBody: responses.errorBodySchema,
  FieldError: responses.fieldErrorSchema,
  User: responses.userSchema,
  CaslRule: responses.caslRuleSchema,
  Profile: responses.profileSchema,
  CatalogueItem: responses.catalogueItemSchema,
  CatalogueList: responses.catalogueListSchema,
  StartedRequest: responses.startedRequestSchema,
  Party: responses.partySchema,
  RequestSummary: responses.requestSummarySchema,
  RequestList: responses.requestListSchema,
  TimelineEntry: responses.timelineEntrySchema,
  RequestView: responses.requestViewSchema,
  TaskView: responses.taskViewSchema,
  TaskList: responses.taskListSchema,
  TaskCounts: responses.taskCountsSchema,
  TaskDetail: responses.taskDetailSchema,
  ActionResult: responses.actionResultSchema,
  Health: responses.healthSchema,
  Readiness: responses.readinessSchema,
  Organisation: directory.organisationSchema,
  OrganisationPage: directory.organisationPageSchema,
  DirectoryUser: directory.directoryUserSchema,
  UserPage: directory.userPageSchema,
  Substitute: directory.substituteSchema,
  SubstituteResult: directory.substituteBodySchema,
  NotificationPreferences: directory.notificationPreferencesSchema,
  DefinitionVersion: definitions.definitionVersionSchema,
  DefinitionList: definitions.definitionListSchema,
  DefinitionExport: definitions.definitionExportSchema,
  AuditEntry: audit.auditEntrySchema,
  AuditPage: audit.auditPageSchema,
  AuditVerification: audit.auditVerificationSchema,
  SavedView: inbox.savedViewSchema,
  SavedViewList: inbox.savedViewListSchema,
  BatchResult: inbox.batchResultSchema,
  Stats: statsSchema,
  Notification: live.notificationSchema,
  NotificationPage: live.notificationPageSchema,
  Attachment: attachmentSchema,
};

const DESCRIPTION: Bilingual = {
  zh: [
    '通办政企服务工作流与审批引擎的 HTTP API。',
    '',
    `- 认证：登录（POST /auth/login）后，会话保存在 httpOnly Cookie \`${SESSION_COOKIE}\` 中。`,
    '- 写请求的请求体须为 application/json（≤ 256 kB；发起办件、办件与任务的操作及其预演 ≤ 2 MB，一件办件的表单数据合计 ≤ 1.5 MB）；任何位置出现以 $ 开头的键都会被拒绝，表单数据以外出现空字符（U+0000）也会被拒绝。',
    '- 错误统一为 `{ "error": { "code", "message", "fields"? } }`，`code` 稳定不变，`message` 按 Accept-Language 返回中文或英文。',
    '- 无权查看的办件或任务与不存在的一样返回 404。',
  ].join('\n'),
  en: [
    'The HTTP API of Tongban (通办), a workflow and approval engine for government–enterprise services.',
    '',
    `- Auth: after POST /auth/login the session lives in the httpOnly cookie \`${SESSION_COOKIE}\`.`,
    '- Writes take application/json bodies (≤ 256 kB; starting a request, request and task actions and their previews ≤ 2 MB, with at most 1.5 MB of form data per request); keys starting with $ anywhere are refused, and so is NUL (U+0000) outside form data.',
    '- Every error is `{ "error": { "code", "message", "fields"? } }`: a stable `code`, and a message in zh-CN or, when Accept-Language prefers it, English.',
    '- A request or task the caller may not read is 404, like one that does not exist.',
  ].join('\n'),
};

/** `If-Match` of every edit of a versioned resource. */
const IF_MATCH_PARAMETER = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag read with the version (e.g. "r3"): 428 without it, 412 when someone changed it since',
  schema: { type: 'string', examples: ['"r3"'] },
};

const cache = new Map<Language, OpenApiDocument>();

/** The document in one language (summaries, descriptions, error messages); built once per language. */
export function openApiDocument(language: Language): OpenApiDocument {
  let document = cache.get(language);
  if (!document) {
    document = buildOpenApiDocument(language);
    cache.set(language, document);
  }
  return document;
}

/** `/requests/:id` → `/requests/{id}`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function buildOpenApiDocument(language: Language): OpenApiDocument {
  const text = (bilingual: Bilingual) => (language === 'en' ? bilingual.en : bilingual.zh);
  const components = {
    ...componentSchemas(INPUT_COMPONENTS, 'input'),
    ...componentSchemas(OUTPUT_COMPONENTS, 'output'),
  };

  const paths: OpenApiDocument['paths'] = {};
  for (const operation of ENDPOINTS) {
    const path = toOpenApiPath(operation.path);
    const method = operation.method.toLowerCase();
    paths[path] ??= {};
    if (paths[path][method]) throw new Error(`${operation.method} ${operation.path} is documented twice`);
    paths[path][method] = documentOperation(operation, language, text);
  }

  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: '通办 Tongban API',
      version: 'v1',
      description: text(DESCRIPTION),
    },
    servers: [{ url: '/api/v1' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description: text(description) })),
    security: [{ session: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: text({
            zh: '登录后设置的会话 Cookie（httpOnly，SameSite=Lax），12 小时有效。',
            en: 'The session cookie set by login (httpOnly, SameSite=Lax), valid for 12 hours.',
          }),
        },
      },
    },
  };
}

function documentOperation(
  operation: ApiOperation,
  language: Language,
  text: (bilingual: Bilingual) => string,
): JsonObject {
  const parameters = [
    ...Object.entries(operation.params?.shape ?? {}).map(([name, schema]) => parameter(name, 'path', schema, true)),
    ...Object.entries(operation.query?.shape ?? {}).map(([name, schema]) =>
      parameter(name, 'query', schema, !schema.safeParse(undefined).success),
    ),
    ...(operation.idempotent ? [parameter('Idempotency-Key', 'header', idempotencyKeyHeader, false)] : []),
    ...(operation.ifMatch ? [IF_MATCH_PARAMETER] : []),
  ];

  const documented: Record<string, JsonObject> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    documented[status] = {
      description: text(response.description),
      ...(response.headers ? { headers: response.headers } : {}),
      ...(response.schema
        ? {
            content: {
              [response.contentType ?? 'application/json']: { schema: schemaOrRef(response.schema, 'output') },
            },
          }
        : {}),
    };
  }
  for (const [status, codes] of errorsByStatus(operationErrors(operation))) {
    if (documented[status])
      throw new Error(`${operation.method} ${operation.path}: ${status} is both a result and an error`);
    documented[status] = errorResponse(codes, language);
  }

  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: text(operation.summary),
    ...(operation.description ? { description: text(operation.description) } : {}),
    security:
      operation.auth === 'none' ? [] : operation.auth === 'optional' ? [{}, { session: [] }] : [{ session: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOrRef(operation.body, 'input') } },
          },
        }
      : {}),
    ...(operation.upload
      ? {
          requestBody: {
            required: true,
            description: text(operation.upload),
            // Any declared type: the server reads the bytes to decide what the file is.
            content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
          },
        }
      : {}),
    responses: documented,
  };
}

function parameter(name: string, where: 'path' | 'query' | 'header', schema: z.ZodType, required: boolean) {
  const { description, ...json } = jsonSchema(schema, 'input');
  return { name, in: where, required, ...(description ? { description } : {}), schema: json };
}

function errorsByStatus(codes: readonly ErrorCode[]): Map<string, ErrorCode[]> {
  const byStatus = new Map<string, ErrorCode[]>();
  for (const code of codes) {
    const status = String(ERRORS[code].status);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a.localeCompare(b)));
}

/** One status's error response: which codes it carries, each with its message as an example. */
function errorResponse(codes: ErrorCode[], language: Language): JsonObject {
  return {
    description: codes.map((code) => `- \`${code}\`: ${errorMessage(code, language)}`).join('\n'),
    ...(codes.some((code) => ERRORS[code].status === 429 || ERRORS[code].status === 503)
      ? { headers: { 'Retry-After': { description: 'Seconds', schema: { type: 'integer' } } } }
      : {}),
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: `${SCHEMA_REF}ErrorBody` },
            { properties: { error: { properties: { code: { type: 'string', enum: codes } } } } },
          ],
        },
        examples: Object.fromEntries(
          codes.map((code) => [
            code,
            { summary: code, value: { error: { code, message: errorMessage(code, language) } } },
          ]),
        ),
      },
    },
  };
}

function schemaOrRef(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const components = io === 'input' ? INPUT_COMPONENTS : OUTPUT_COMPONENTS;
  const id = Object.entries(components).find(([, component]) => component === schema)?.[0];
  return id ? { $ref: `${SCHEMA_REF}${id}` } : jsonSchema(schema, io);
}

/** Every named schema, with `$ref`s between them. */
function componentSchemas(named: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    uri: (id) => `${SCHEMA_REF}${id}`,
    override: dropDateTimePattern,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, clean(schema as JsonObject)]));
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  return clean(z.toJSONSchema(schema, { io, override: dropDateTimePattern }) as JsonObject);
}

/** `format: date-time` says it all; zod's regex for it is only noise in the document. */
function dropDateTimePattern({ jsonSchema }: { jsonSchema: { format?: string; pattern?: string } }): void {
  if (jsonSchema.format === 'date-time') delete jsonSchema.pattern;
}

/** The document's dialect is implied, and a `$id` with a fragment is not valid JSON Schema. */
function clean(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}
