import { AUTH_ENDPOINTS } from '../auth/auth-endpoints';
import { OIDC_ENDPOINTS } from '../auth/oidc/oidc-endpoints';
import { OPERATIONS_ENDPOINTS } from '../health/operations-endpoints';
import { ERRORS, type ErrorCode } from '../errors/messages';
import {
  idParams,
  inboxQuery,
  processKeyParams,
  requestActionBody,
  routePreviewBody,
  requestListQuery,
  startRequestBody,
  taskActionBody,
} from '../http/schemas';
import { APPLICATION_OPERATIONS } from './application-operations';
import { AUDIT_ENDPOINTS } from '../audit/audit-endpoints';
import { BATCH_ENDPOINTS } from '../tasks/batch-endpoints';
import { VIEW_ENDPOINTS } from '../views/view-endpoints';
import { STATS_ENDPOINTS } from '../stats/stats-endpoints';
import { EVENT_ENDPOINTS } from '../events/event-endpoints';
import { NOTIFICATION_ENDPOINTS } from '../notifications/notification-endpoints';
import { ATTACHMENT_ENDPOINTS } from '../attachments/attachment-endpoints';
import { DEFINITION_ENDPOINTS } from '../definitions/definition-endpoints';
import { DICTIONARY_ENDPOINTS } from '../dictionaries/dictionary-endpoints';
import { ORGANISATION_ENDPOINTS } from '../organisations/organisation-endpoints';
import { USER_ENDPOINTS } from '../users/user-endpoints';
import { CODEC_ENDPOINTS } from '../temporal/codec-endpoints';
import { EXPORT_ENDPOINTS } from '../exports/export-endpoints';
import { BODY_ERRORS, COMMON_ERRORS, type ApiOperation } from './operation-types';
import {
  actionResultSchema,
  catalogueListSchema,
  requestListSchema,
  requestViewSchema,
  startedRequestSchema,
  routePreviewSchema,
  taskDetailSchema,
  taskListSchema,
  taskCountsSchema,
  whatIfSchema,
} from './response-schemas';

export { BODY_ERRORS, COMMON_ERRORS, TAGS } from './operation-types';
export type { ApiOperation, ApiResponse, Bilingual, Tag } from './operation-types';

/** What a task action can be refused with; a what-if of it, the same. */
const TASK_ACTION_ERRORS: ErrorCode[] = [
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'TASK_NOT_FOUND',
  'NOT_ASSIGNEE',
  'TASK_NOT_OPEN',
  'TASK_DELEGATED',
  'TASK_TRANSFERRED',
  'TASK_CANCELLED',
  'TASK_IS_COPY',
  'TASK_ALREADY_DECIDED',
  'REQUEST_CLOSED',
  'REQUEST_WITHDRAWN',
  'COMMENT_REQUIRED',
  'EXTENSION_REASON_REQUIRED',
  'RECTIFICATION_REPORT_REQUIRED',
  'RETURN_TARGET_INVALID',
  'TARGET_INVALID',
  'HAND_OVER_OUT_OF_SCOPE',
  'SIGNER_NOT_REMOVABLE',
  'NOT_A_HANDLER',
  'DELEGATE_CANNOT_DECIDE',
  'EXTENSION_DECISION_ONLY',
  'SIGNER_ACTION_NOT_ALLOWED',
  'AFTERCARE_ACTION_NOT_ALLOWED',
  'RECTIFICATION_NOT_REJECTABLE',
  'FILL_STEP_NOT_DECIDED',
  'TAKE_BACK_TOO_LATE',
  'NOTHING_TO_TAKE_BACK',
  'EXTENSION_DAYS_INVALID',
  'FORM_INVALID',
  'SIGNERS_INVALID',
  'NO_DEADLINE',
  'EXTENSION_PENDING',
  'FIELD_NOT_EDITABLE',
  'FORM_DATA_TOO_LARGE',
  'DATA_NOT_STORABLE',
  ...BODY_ERRORS,
];

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...OPERATIONS_ENDPOINTS,
  ...AUTH_ENDPOINTS,
  {
    method: 'GET',
    path: '/processes',
    operationId: 'listCatalogue',
    tag: 'catalogue',
    auth: 'session',
    summary: { zh: '可发起的事项及其表单', en: 'The processes the caller may start, with their forms' },
    responses: {
      200: {
        description: {
          zh: '事项目录（无权发起者为空）',
          en: 'The catalogue (empty for callers who may not start any)',
        },
        schema: catalogueListSchema,
      },
    },
    errors: ['UNAUTHENTICATED'],
  },
  {
    method: 'POST',
    path: '/requests',
    operationId: 'startRequest',
    tag: 'requests',
    auth: 'session',
    summary: { zh: '发起办件', en: 'Start a request' },
    description: {
      zh: '按事项已发布的表单校验数据，启动流程，待第一步任务生成后返回。带 Idempotency-Key 重试不会重复发起。窗口人员可用 onBehalfOf 为企业代办：该企业用户为申请人，记录中另有受理人（filedBy）。',
      en: "Validates the data against the process's published form, starts the process and answers once the first step's tasks exist. Retrying with the same Idempotency-Key never starts a second request. Window staff file for an enterprise with onBehalfOf (代办): that person is the applicant, and the record also names who filed it (filedBy).",
    },
    idempotent: true,
    body: startRequestBody,
    responses: {
      201: {
        description: { zh: '已发起', en: 'Started' },
        schema: startedRequestSchema,
        headers: { Location: { description: '/api/v1/requests/{id}', schema: { type: 'string' } } },
      },
    },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'PROCESS_NOT_FOUND',
      'FORM_INVALID',
      'APPLICANT_INVALID',
      'IDEMPOTENCY_KEY_REUSED',
      'FORM_DATA_TOO_LARGE',
      'DATA_NOT_STORABLE',
      'SERVICE_UNAVAILABLE',
      ...BODY_ERRORS,
    ],
  },
  {
    method: 'GET',
    path: '/requests',
    operationId: 'listRequests',
    tag: 'requests',
    auth: 'session',
    summary: {
      zh: '我可查看的办件，最新在前（可筛选、分页）',
      en: 'The requests the caller may read, newest first (filtered, paged)',
    },
    description: {
      zh: '`started=me` 即“我发起”。默认每页 50 条。',
      en: '`started=me` is 我发起 (the ones the caller filed). 50 per page unless asked.',
    },
    query: requestListQuery,
    responses: { 200: { description: { zh: '一页办件', en: 'A page of requests' }, schema: requestListSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
  },
  {
    method: 'GET',
    path: '/requests/:id',
    operationId: 'getRequest',
    tag: 'requests',
    auth: 'session',
    summary: { zh: '办件详情：表单、步骤与时间线', en: 'A request with its form, steps and timeline' },
    description: {
      zh: '无权查看的办件与不存在的办件同样返回 404，不泄露其存在。',
      en: 'A request the caller may not read is 404, exactly like one that does not exist.',
    },
    params: idParams,
    responses: { 200: { description: { zh: '办件', en: 'The request' }, schema: requestViewSchema } },
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'REQUEST_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/requests/:id/actions',
    operationId: 'actOnRequest',
    tag: 'requests',
    auth: 'session',
    summary: {
      zh: '申请单位办理自己的办件：撤回、补正后重新提交、催办',
      en: "The applicant's organisation acts on its request: withdraw, resubmit after a return, urge",
    },
    description: {
      zh: '无权查看的办件返回 404；看得到但不是申请单位返回 403。重新提交的数据按该办件的表单版本校验。',
      en: "A request the caller may not read is 404; one they may read but did not file is 403. Resubmitted data is validated against the request's own form version.",
    },
    params: idParams,
    idempotent: true,
    body: requestActionBody,
    responses: {
      200: {
        description: { zh: '已办理；返回最新办件', en: 'Done; the request as it now stands' },
        schema: actionResultSchema,
      },
    },
    errors: [
      'UNAUTHENTICATED',
      'NOT_FOUND',
      'VALIDATION_FAILED',
      'REQUEST_NOT_FOUND',
      'NOT_APPLICANT',
      'REQUEST_CLOSED',
      'REQUEST_WITHDRAWN',
      'REQUEST_NOT_RETURNED',
      'URGE_TOO_SOON',
      'URGE_NOT_WHILE_RETURNED',
      'SUPERVISOR_ACTION_NOT_ALLOWED',
      'FLAG_NOT_ALLOWED',
      'FLAG_NOTE_REQUIRED',
      'FORM_INVALID',
      'PROCESS_NOT_FOUND',
      'FORBIDDEN',
      'RATING_COMMENT_REQUIRED',
      'RATING_CLOSED',
      'GRADE_INVALID',
      'FORM_DATA_TOO_LARGE',
      'DATA_NOT_STORABLE',
      ...BODY_ERRORS,
    ],
  },
  {
    method: 'GET',
    path: '/tasks',
    operationId: 'listTasks',
    tag: 'tasks',
    auth: 'session',
    summary: {
      zh: '待办（open）、已办（done）、抄送我（cc），可筛选、分页',
      en: 'The inbox: open tasks, decided ones, or copies sent to the caller; filtered and paged',
    },
    query: inboxQuery,
    responses: { 200: { description: { zh: '任务列表', en: 'Tasks' }, schema: taskListSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
  },
  {
    method: 'GET',
    path: '/tasks/counts',
    operationId: 'countTasks',
    tag: 'tasks',
    auth: 'session',
    summary: { zh: '待办、已办、抄送我各有几条', en: 'How many tasks each inbox view holds' },
    responses: { 200: { description: { zh: '条数', en: 'The counts' }, schema: taskCountsSchema } },
    errors: ['UNAUTHENTICATED'],
  },
  {
    method: 'GET',
    path: '/tasks/:id',
    operationId: 'getTask',
    tag: 'tasks',
    auth: 'session',
    summary: { zh: '任务及其办件', en: 'A task with its request' },
    description: {
      zh: '无权查看的任务与不存在的任务同样返回 404。',
      en: 'A task the caller may not read is 404, exactly like one that does not exist.',
    },
    params: idParams,
    responses: { 200: { description: { zh: '任务', en: 'The task' }, schema: taskDetailSchema } },
    errors: ['UNAUTHENTICATED', 'NOT_FOUND', 'TASK_NOT_FOUND', 'REQUEST_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/tasks/:id/actions',
    operationId: 'actOnTask',
    tag: 'tasks',
    auth: 'session',
    summary: {
      zh: '办理任务：同意、驳回、评论、退回、转交、委派、加签、减签、拿回、申请延期',
      en: 'Act on a task: approve, reject, comment, return, transfer, delegate, add or remove signers, take back, request an extension',
    },
    description: {
      zh: '两人同时办理同一任务时只有一人成功，另一人收到 409 TASK_ALREADY_DECIDED。看不到的任务返回 404；看得到但不归本人办理返回 403。',
      en: 'When two people decide the same task at once, one wins and the other gets 409 TASK_ALREADY_DECIDED. A task the caller cannot see is 404; one they can see but may not decide is 403.',
    },
    params: idParams,
    idempotent: true,
    body: taskActionBody,
    responses: {
      200: {
        description: { zh: '已办理；返回最新办件', en: 'Decided; the request as it now stands' },
        schema: actionResultSchema,
      },
    },
    errors: [...TASK_ACTION_ERRORS, 'PROCESS_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/tasks/:id/what-if',
    operationId: 'previewTaskAction',
    tag: 'tasks',
    auth: 'session',
    summary: {
      zh: '办理前预览：退回、转交、加签等会改变哪些任务、环节和时限',
      en: 'What-if: which tasks, steps and deadlines an action would change',
    },
    description: {
      zh: '与办理接口的请求体相同，但不做任何改变：由流程引擎在办件当前状态的副本上执行。引擎会拒绝的操作返回同样的错误。',
      en: 'The same body as `POST /tasks/{id}/actions`, but nothing changes: the engine applies the action to a copy of the request’s current state. An action the engine would refuse gets the same error.',
    },
    params: idParams,
    body: taskActionBody,
    responses: {
      200: { description: { zh: '将会发生的变化', en: 'What would change' }, schema: whatIfSchema },
    },
    errors: TASK_ACTION_ERRORS,
  },
  {
    method: 'POST',
    path: '/processes/:key/route-preview',
    operationId: 'previewProcessRoute',
    tag: 'catalogue',
    auth: 'session',
    summary: {
      zh: '流程预测：这份申请将经过哪些环节、由谁办理',
      en: 'Route preview: the steps and people a request would go through',
    },
    description: {
      zh: '用与流程引擎相同的规则计算：条件按所填数据判断，被跳过的环节不会列出；办理人按当前人员查找。不创建任何办件。',
      en: 'Computed by the same engine that runs requests: conditions read the data, skipped steps are left out, and the people are looked up as they are today. Nothing is created.',
    },
    params: processKeyParams,
    body: routePreviewBody,
    responses: { 200: { description: { zh: '预测的环节', en: 'The predicted steps' }, schema: routePreviewSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', 'PROCESS_NOT_FOUND', ...BODY_ERRORS],
  },
  ...APPLICATION_OPERATIONS,
  ...ORGANISATION_ENDPOINTS,
  ...USER_ENDPOINTS,
  ...DEFINITION_ENDPOINTS,
  ...DICTIONARY_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...BATCH_ENDPOINTS,
  ...VIEW_ENDPOINTS,
  ...STATS_ENDPOINTS,
  ...EVENT_ENDPOINTS,
  ...NOTIFICATION_ENDPOINTS,
  ...ATTACHMENT_ENDPOINTS,
  ...CODEC_ENDPOINTS,
  ...EXPORT_ENDPOINTS,
  ...OIDC_ENDPOINTS,
];

/**
 * Every error code an operation can answer with: its own and the ones every route can, except a
 * common one whose status the operation documents as a result of its own (the health check's 503).
 */
export function operationErrors(operation: ApiOperation): ErrorCode[] {
  // Any write from a browser page on a foreign origin (see `http/check-origin.ts`).
  const csrf: ErrorCode[] = operation.method === 'GET' ? [] : ['CSRF_REJECTED'];
  const common = COMMON_ERRORS.filter((code) => !(ERRORS[code].status in operation.responses));
  return [...new Set([...operation.errors, ...common, ...csrf])];
}

/** The documented operation of a route, by method and Express path. */
export function findOperation(method: string, path: string): ApiOperation | undefined {
  return API_OPERATIONS.find((operation) => operation.method === method && operation.path === path);
}
