import type { z } from 'zod';
import type { ErrorCode } from '../errors/messages';

/**
 * What an endpoint says about itself: each `defineEndpoint` (`http/endpoint.ts`) is an
 * `ApiOperation` with its handler; the OpenAPI document and the authorization table
 * read these fields from the endpoint table (`endpoints.ts`).
 */

/** A text in both of the API's languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What an administrators' endpoint says of who may call it. */
export const ADMINISTRATORS_ONLY: Bilingual = { zh: '仅管理员。', en: 'Administrators only.' };

export const TAGS = {
  auth: { zh: '登录与会话', en: 'Sign-in and sessions' },
  catalogue: { zh: '事项目录：可发起的办事事项', en: 'Catalogue: the processes the caller may start' },
  requests: { zh: '办件：发起、查询、详情', en: 'Requests: start, list, detail' },
  tasks: { zh: '待办与已办：审批任务', en: 'Tasks: the inbox and decisions' },
  directory: {
    zh: '机构与用户：管理员维护，办理人员查找同事',
    en: 'Organisations and users: kept by administrators, searched by staff',
  },
  definitions: {
    zh: '表单与流程定义：草稿、发布、停用、导入导出',
    en: 'Form and process definitions: drafts, publishing, archiving, import and export',
  },
  dictionaries: {
    zh: '数据字典：管理员维护、按版本发布，表单发布时锁定版本',
    en: 'Dictionaries: kept by administrators, published in versions, pinned by forms when they are published',
  },
  audit: {
    zh: '审计：哈希链日志、校验与导出',
    en: 'Audit: the hash-chained log, its verification and export',
  },
  live: { zh: '实时推送与站内通知', en: 'Live updates and in-app notifications' },
  attachments: { zh: '附件：上传、列表与下载', en: 'Attachments: upload, list and download' },
  me: { zh: '个人设置：外出代理人', en: 'Personal settings: the out-of-office substitute' },
  operations: { zh: '运维：健康、就绪、指标与本文档', en: 'Operations: health, readiness, metrics and this document' },
} as const satisfies Record<string, Bilingual>;
export type Tag = keyof typeof TAGS;

export interface ApiResponse {
  description: Bilingual;
  /** The body; JSON unless `contentType` says otherwise. Absent: no body. */
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, { description: string; schema: { type: 'string' | 'integer' } }>;
}

/** One route of `/api/v1`, as documented: the OpenAPI document is built from this list. */
export interface ApiOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The Express path under `/api/v1` (`/requests/:id`), `:name` segments only. */
  path: string;
  operationId: string;
  tag: Tag;
  summary: Bilingual;
  description?: Bilingual;
  /** `session`: needs the cookie (else 401); `none`: public; `optional`: uses the cookie when present. */
  auth: 'session' | 'none' | 'optional';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Needs `If-Match` with the ETag the caller read (428 without, 412 when stale). */
  ifMatch?: boolean;
  /** Takes an `Idempotency-Key` header. */
  idempotent?: boolean;
  body?: z.ZodType;
  /** The body is a file's raw bytes (not JSON); what to say about it. */
  upload?: Bilingual;
  responses: Record<number, ApiResponse>;
  /** Every error code the route can answer with, besides the ones every route can (`COMMON_ERRORS`). */
  errors: readonly ErrorCode[];
}

/**
 * Any route: an operator smuggled into the query string, a control character in one, a failure
 * of ours, the database or Temporal not answering (503, retry), a write that lost a race for a
 * unique key (409).
 */
export const COMMON_ERRORS: readonly ErrorCode[] = [
  'OPERATOR_NOT_ALLOWED',
  'VALIDATION_FAILED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  'CONFLICT',
];
/** Any route that takes a body: it must be JSON, well-formed and at most 256 kB (2 MB where it carries form data). */
export const BODY_ERRORS: readonly ErrorCode[] = ['UNSUPPORTED_MEDIA_TYPE', 'MALFORMED_JSON', 'PAYLOAD_TOO_LARGE'];
