import type { ErrorCode } from '../errors/messages';
import { defineEndpoint } from '../http/endpoint';
import { idParams, inboxQuery, taskActionBody } from '../http/schemas';
import { BODY_ERRORS } from '../openapi/operation-types';
import {
  actionResultSchema,
  taskCountsSchema,
  taskDetailSchema,
  taskListSchema,
  whatIfSchema,
} from '../openapi/response-schemas';
import { readerOf } from '../requests/request-reader';
import { requestDetail } from '../requests/get-request';
import { actOnTask } from './act-on-task';
import { countTasks, listTasks } from './list-tasks';
import { getTask } from './get-task';
import { previewTaskAction } from './preview-task-action';

/** What a task action can be refused with; a what-if of it, the same. */
export const TASK_ACTION_ERRORS: ErrorCode[] = [
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

/** `/tasks`: the inbox, one task, and the decisions on it and their what-if. */
export const TASK_ENDPOINTS = [
  defineEndpoint({
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
    handler: ({ user, query, language }) => listTasks(user, query, language),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/tasks/counts',
    operationId: 'countTasks',
    tag: 'tasks',
    auth: 'session',
    summary: { zh: '待办、已办、抄送我各有几条', en: 'How many tasks each inbox view holds' },
    responses: { 200: { description: { zh: '条数', en: 'The counts' }, schema: taskCountsSchema } },
    errors: ['UNAUTHENTICATED'],
    handler: ({ user }) => countTasks(user),
  }),
  defineEndpoint({
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
    paramsNotFound: 'NOT_FOUND',
    handler: ({ user, ability, params, language }) => getTask(user, ability, params.id, language),
  }),
  defineEndpoint({
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
    paramsNotFound: 'NOT_FOUND',
    handler: async ({ user, ability, params, body, idempotencyKey, language }, { temporal }) => {
      const action = { ...body, ...(idempotencyKey ? { idempotencyKey } : {}) };
      const projection = await actOnTask(temporal, user, ability, params.id, action, language);
      return {
        request: await requestDetail(projection, language, (definition) => readerOf(user, projection, definition)),
      };
    },
  }),
  defineEndpoint({
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
    paramsNotFound: 'NOT_FOUND',
    handler: ({ user, ability, params, body, language }, { temporal }) =>
      previewTaskAction(temporal, user, ability, params.id, body, language),
  }),
];
