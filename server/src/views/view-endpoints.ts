import { defineEndpoint } from '../http/endpoint';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views';
import { savedViewBody, savedViewListQuery, savedViewParams } from '../http/view-schemas';
import { savedViewListSchema, savedViewSchema } from '../openapi/inbox-responses';
import { BODY_ERRORS } from '../openapi/operation-types';

/** `/me/views`: each person's saved list views; nobody sees anyone else's. */
export const VIEW_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/me/views',
    operationId: 'listSavedViews',
    tag: 'me',
    auth: 'session',
    summary: { zh: '我保存的列表视图', en: 'My saved list views' },
    query: savedViewListQuery,
    responses: { 200: { description: { zh: '视图', en: 'Views' }, schema: savedViewListSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
    handler: ({ user, query }) => listSavedViews(user, query.list),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/me/views',
    operationId: 'createSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '保存列表视图', en: 'Save a list view' },
    description: {
      zh: '筛选条件按该列表自身的规则校验；每人最多 50 个，名称不可重复。',
      en: 'The filters are checked as the list checks them; at most 50 per person, names unique.',
    },
    body: savedViewBody,
    responses: {
      201: {
        description: { zh: '已保存', en: 'Saved' },
        schema: savedViewSchema,
        headers: { Location: { description: '/api/v1/me/views/{id}', schema: { type: 'string' } } },
      },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', 'SAVED_VIEW_NAME_TAKEN', 'SAVED_VIEW_LIMIT', ...BODY_ERRORS],
    handler: async ({ user, body, req, res }) => {
      const created = await createSavedView(user, body, req);
      res.status(201).location(`/api/v1/me/views/${created.id}`);
      return created;
    },
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/me/views/:id',
    operationId: 'updateSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '修改视图', en: 'Change a saved view' },
    description: {
      zh: '他人的视图与不存在的一样返回 404。',
      en: 'Someone else’s view is 404, like one that does not exist.',
    },
    params: savedViewParams,
    body: savedViewBody,
    responses: { 200: { description: { zh: '修改后的视图', en: 'The view now' }, schema: savedViewSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', 'SAVED_VIEW_NOT_FOUND', 'SAVED_VIEW_NAME_TAKEN', ...BODY_ERRORS],
    paramsNotFound: 'SAVED_VIEW_NOT_FOUND',
    handler: ({ user, params, body, req }) => updateSavedView(user, params.id, body, req),
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/me/views/:id',
    operationId: 'deleteSavedView',
    tag: 'me',
    auth: 'session',
    summary: { zh: '删除视图', en: 'Delete a saved view' },
    params: savedViewParams,
    responses: { 204: { description: { zh: '已删除', en: 'Deleted' } } },
    errors: ['UNAUTHENTICATED', 'SAVED_VIEW_NOT_FOUND'],
    paramsNotFound: 'SAVED_VIEW_NOT_FOUND',
    handler: async ({ user, params, res }) => {
      await deleteSavedView(user, params.id);
      res.status(204).end();
    },
  }),
];
