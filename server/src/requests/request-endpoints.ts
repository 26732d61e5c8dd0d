import { ApiError } from '../errors/api-error';
import { defineEndpoint } from '../http/endpoint';
import { idParams, requestActionBody, requestListQuery, startRequestBody } from '../http/schemas';
import { BODY_ERRORS } from '../openapi/operation-types';
import {
  actionResultSchema,
  requestListSchema,
  requestViewSchema,
  startedRequestSchema,
} from '../openapi/response-schemas';
import { actOnRequest } from './act-on-request';
import { getRequest, requestDetail } from './get-request';
import { listRequests } from './list-requests';
import { readerOf } from './request-reader';
import { startRequest } from './start-request';

/** `/requests`: start one, list and read them, and the applicant's own actions on one. */
export const REQUEST_ENDPOINTS = [
  defineEndpoint({
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
    guard: ({ ability }) => {
      if (!ability.can('create', 'Request') && !ability.can('file', 'Request')) throw new ApiError('FORBIDDEN');
    },
    handler: async ({ user, ability, body, idempotencyKey, language, res }, { temporal }) => {
      // For oneself (applicants) or, at a service window, for an enterprise (代办).
      if (!ability.can(body.onBehalfOf ? 'file' : 'create', 'Request')) throw new ApiError('FORBIDDEN');
      const started = await startRequest(
        temporal,
        user,
        { ...body, ...(idempotencyKey ? { idempotencyKey } : {}) },
        language,
      );
      res.status(201).location(`/api/v1/requests/${started.id}`);
      return started;
    },
  }),
  defineEndpoint({
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
    handler: ({ user, ability, query, language }) => listRequests(user, ability, query, language),
  }),
  defineEndpoint({
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
    paramsNotFound: 'NOT_FOUND',
    handler: ({ user, ability, params, language }) => getRequest(user, ability, params.id, language),
  }),
  defineEndpoint({
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
    paramsNotFound: 'NOT_FOUND',
    handler: async ({ user, ability, params, body, idempotencyKey, language }, { temporal }) => {
      const action = { ...body, ...(idempotencyKey ? { idempotencyKey } : {}) };
      const projection = await actOnRequest(temporal, user, ability, params.id, action, language);
      return {
        request: await requestDetail(projection, language, (definition) => readerOf(user, projection, definition)),
      };
    },
  }),
];
