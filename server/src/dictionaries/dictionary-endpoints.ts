import { defineEndpoint } from '../http/endpoint';
import { ApiError } from '../errors/api-error';
import { withRevision } from '../http/if-match';
import {
  createDictionaryDraft,
  getDictionaryVersion,
  listDictionaries,
  publishDictionaryVersion,
  updateDictionaryDraft,
  type DictionaryVersionView,
} from './manage-dictionaries';
import { dictionaryDraftBody, dictionaryUpdateBody, dictionaryVersionParams } from '../http/dictionary-schemas';
import { dictionaryListSchema, dictionaryVersionSchema } from '../openapi/dictionary-responses';
import { BODY_ERRORS } from '../openapi/operation-types';

const ETAG = {
  ETag: {
    description: 'The revision: send it back as If-Match to change this version',
    schema: { type: 'string' as const },
  },
};
const READ_ERRORS = ['UNAUTHENTICATED', 'DICTIONARY_NOT_FOUND'] as const;
const CHANGE_ERRORS = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DICTIONARY_NOT_FOUND',
  'DEFINITION_NOT_DRAFT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
] as const;
const versionResult = (zh: string, en: string) => ({
  200: { description: { zh, en }, schema: dictionaryVersionSchema, headers: ETAG },
});

const location = (view: DictionaryVersionView) => `/api/v1/dictionaries/${view.key}/versions/${view.version}`;

/**
 * `/dictionaries`: 数据字典 versions, draft → published, for the administrators
 * who keep them; published versions for everyone signed in. Every change to a
 * version carries `If-Match` with the ETag it was read with; whoever may not write
 * is told so (403) before anything about their request is checked.
 */
export const DICTIONARY_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/dictionaries',
    operationId: 'listDictionaries',
    tag: 'dictionaries',
    auth: 'session',
    summary: { zh: '数据字典及其各版本', en: 'Dictionaries and their versions' },
    description: {
      zh: '登录即可查看已发布的版本；管理员与督办另可看到草稿。每项附最新发布版本的全部条目。',
      en: 'Anyone signed in sees published versions; administrators and supervisors drafts too. Each item carries its newest published version in full.',
    },
    responses: { 200: { description: { zh: '按标识分组', en: 'By key' }, schema: dictionaryListSchema } },
    errors: ['UNAUTHENTICATED'],
    handler: ({ ability, language }) => listDictionaries(ability, language),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/dictionaries',
    operationId: 'createDictionaryDraft',
    tag: 'dictionaries',
    auth: 'session',
    summary: {
      zh: '新建字典草稿（新标识的第 1 版，或已有标识的下一版）',
      en: 'Create a dictionary draft (version 1 of a new key, or the next version)',
    },
    description: {
      zh: '仅管理员。版本号由服务器决定；条目的值在字典内不可重复。',
      en: 'Administrators only. The server numbers the version; entry values are unique within the dictionary.',
    },
    body: dictionaryDraftBody,
    responses: {
      201: {
        description: { zh: '已创建草稿', en: 'Draft created' },
        schema: dictionaryVersionSchema,
        headers: { ...ETAG, Location: { description: '…/versions/{version}', schema: { type: 'string' } } },
      },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', 'SERVICE_UNAVAILABLE', ...BODY_ERRORS],
    guard: ({ ability }) => {
      if (!ability.can('manage', 'Definition')) throw new ApiError('FORBIDDEN');
    },
    handler: async ({ user, ability, body, res }) => {
      const created = await createDictionaryDraft(ability, user, body);
      res.status(201).location(location(created));
      return withRevision(res, created);
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/dictionaries/:key/versions/:version',
    operationId: 'getDictionaryVersion',
    tag: 'dictionaries',
    auth: 'session',
    summary: { zh: '字典的一个版本', en: 'One version of a dictionary' },
    description: {
      zh: '已发布的版本登录即可查看；草稿仅管理员与督办（其他人 404）。',
      en: 'Published versions for anyone signed in; drafts for administrators and supervisors only (404 to others).',
    },
    params: dictionaryVersionParams,
    responses: versionResult('该版本；ETag 为其修订号', 'The version; its ETag is the revision'),
    errors: [...READ_ERRORS],
    paramsNotFound: 'DICTIONARY_NOT_FOUND',
    handler: async ({ ability, params: { key, version }, res }) => {
      return withRevision(res, await getDictionaryVersion(ability, key, version));
    },
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/dictionaries/:key/versions/:version',
    operationId: 'updateDictionaryDraft',
    tag: 'dictionaries',
    auth: 'session',
    summary: { zh: '保存字典草稿', en: 'Save a dictionary draft' },
    description: {
      zh: '仅管理员，仅草稿（已发布的版本不可更改：409，请新建版本）。须带 If-Match。',
      en: 'Administrators only, drafts only (a published version never changes: 409, create a new version). Needs If-Match.',
    },
    params: dictionaryVersionParams,
    ifMatch: true,
    body: dictionaryUpdateBody,
    responses: versionResult('已保存', 'Saved'),
    errors: [...CHANGE_ERRORS, 'VALIDATION_FAILED', ...BODY_ERRORS],
    paramsNotFound: 'DICTIONARY_NOT_FOUND',
    guard: ({ ability }) => {
      if (!ability.can('manage', 'Definition')) throw new ApiError('FORBIDDEN');
    },
    handler: async ({ user, ability, params: { key, version }, revision, body, res }) => {
      return withRevision(res, await updateDictionaryDraft(ability, user, key, version, revision, body));
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/dictionaries/:key/versions/:version/publish',
    operationId: 'publishDictionary',
    tag: 'dictionaries',
    auth: 'session',
    summary: { zh: '发布字典草稿', en: 'Publish a dictionary draft' },
    description: {
      zh: '仅管理员。发布后该版本永不改变；此后发布的表单锁定最新发布的版本，已发布的表单不受影响。须带 If-Match。',
      en: 'Administrators only. Once published the version never changes; forms published from then on pin the newest published version, forms already published keep theirs. Needs If-Match.',
    },
    params: dictionaryVersionParams,
    ifMatch: true,
    responses: versionResult('已发布', 'Published'),
    errors: [...CHANGE_ERRORS],
    paramsNotFound: 'DICTIONARY_NOT_FOUND',
    guard: ({ ability }) => {
      if (!ability.can('manage', 'Definition')) throw new ApiError('FORBIDDEN');
    },
    handler: async ({ user, ability, params: { key, version }, revision, res }) => {
      return withRevision(res, await publishDictionaryVersion(ability, user, key, version, revision));
    },
  }),
];
