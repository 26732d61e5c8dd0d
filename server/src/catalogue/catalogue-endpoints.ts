import { z } from 'zod';
import { defineEndpoint } from '../http/endpoint';
import { processKeyParams, routePreviewBody } from '../http/schemas';
import { BODY_ERRORS } from '../openapi/operation-types';
import { catalogueListSchema, routePreviewSchema } from '../openapi/response-schemas';
import { getPreviousApplication } from '../requests/previous-application';
import { listCatalogue } from './list-catalogue';
import { previewProcessRoute } from './preview-route';

export const previousApplicationSchema = z.strictObject({
  previous: z
    .strictObject({
      requestId: z.string(),
      number: z.string().optional().meta({ description: '办件编号' }),
      createdAt: z.string(),
      data: z.record(z.string(), z.unknown()).meta({ description: 'Its form data, the fields the caller may read' }),
    })
    .nullable()
    .meta({ description: 'The newest request of the caller’s organisation on this process; null when there is none' }),
});

/** `/processes`: the processes the caller may start, the route a request would take, and what a form starts from. */
export const CATALOGUE_ENDPOINTS = [
  defineEndpoint({
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
    handler: async ({ ability, language }) => ({ items: await listCatalogue(ability, language) }),
  }),
  defineEndpoint({
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
    handler: ({ user, ability, params, body, language }) =>
      previewProcessRoute(ability, user, params.key, body.data, language),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/processes/:key/previous-application',
    operationId: 'getPreviousApplication',
    tag: 'catalogue',
    auth: 'session',
    summary: {
      zh: '沿用上次填写：本单位在该事项上最近一次办件的表单数据',
      en: 'Reuse the last application: the form data of the caller’s organisation’s newest request on this process',
    },
    description: {
      zh: '只返回调用者本单位发起（含窗口代办）的办件，且只含调用者可见的字段；从未办过则 previous 为 null。',
      en: 'Only requests of the caller’s own organisation (window filings for it included), only the fields the caller may read; previous is null when there is none.',
    },
    params: processKeyParams,
    responses: {
      200: { description: { zh: '最近一次的表单数据', en: 'The newest form data' }, schema: previousApplicationSchema },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ user, ability, params }) => getPreviousApplication(user, ability, params.key),
  }),
];
