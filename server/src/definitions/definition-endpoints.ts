import { defineEndpoint } from '../http/endpoint';
import { ApiError } from '../errors/api-error';
import { withRevision } from '../http/if-match';
import {
  archiveVersion,
  createDraft,
  deleteDraft,
  requireDesigner,
  exportVersion,
  getDefinitionVersion,
  importDefinition,
  listDefinitions,
  publishVersion,
  updateDraft,
  type DefinitionVersionView,
} from './manage-definitions';
import { processesOnOlderForm } from './processes-on-older-form';
import {
  definitionKindParams,
  definitionListQuery,
  definitionVersionParams,
  draftBody,
  importBody,
} from '../http/definition-schemas';
import {
  definitionExportSchema,
  definitionListSchema,
  definitionVersionSchema,
  formUsedBySchema,
} from '../openapi/definition-responses';
import { BODY_ERRORS } from '../openapi/operation-types';

const ETAG = {
  ETag: {
    description: 'The revision: send it back as If-Match to change this version',
    schema: { type: 'string' as const },
  },
};
const READ_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'DEFINITION_NOT_FOUND'] as const;
const CHANGE_ERRORS = [...READ_ERRORS, 'PRECONDITION_FAILED', 'PRECONDITION_REQUIRED'] as const;
const versionResult = (zh: string, en: string) => ({
  200: { description: { zh, en }, schema: definitionVersionSchema, headers: ETAG },
});

const location = (view: DefinitionVersionView) =>
  `/api/v1/definitions/${view.kind}/${view.key}/versions/${view.version}`;

/**
 * `/definitions/:kind` (`forms` or `processes`): versions of definitions,
 * draft → published → archived, for the designers. Every change to a version
 * carries `If-Match` with the ETag it was read with; whoever may not design is
 * told so (403) before anything about their request is checked.
 */
export const DEFINITION_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/definitions/:kind',
    operationId: 'listDefinitions',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '表单或流程定义及其各版本', en: 'Form or process definitions and their versions' },
    description: { zh: '管理员与督办可查看。', en: 'Administrators and supervisors.' },
    params: definitionKindParams,
    query: definitionListQuery,
    responses: { 200: { description: { zh: '按标识分组', en: 'By key' }, schema: definitionListSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED'],
    paramsNotFound: 'NOT_FOUND',
    handler: ({ ability, params, query, language }) => listDefinitions(ability, params.kind, query, language),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/definitions/:kind',
    operationId: 'createDefinitionDraft',
    tag: 'definitions',
    auth: 'session',
    summary: {
      zh: '新建草稿（新标识的第 1 版，或已有标识的下一版）',
      en: 'Create a draft (version 1 of a new key, or the next version)',
    },
    description: {
      zh: '仅管理员。版本号由服务器决定；草稿只检查标识，发布时全面校验。',
      en: 'Administrators only. The server numbers the version; a draft needs only its key, publishing checks everything.',
    },
    params: definitionKindParams,
    body: draftBody,
    responses: {
      201: {
        description: { zh: '已创建草稿', en: 'Draft created' },
        schema: definitionVersionSchema,
        headers: { ...ETAG, Location: { description: '…/versions/{version}', schema: { type: 'string' } } },
      },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'SERVICE_UNAVAILABLE', ...BODY_ERRORS],
    paramsNotFound: 'NOT_FOUND',
    handler: async ({ user, ability, params, body, res }) => {
      const created = await createDraft(ability, user, params.kind, body.definition);
      res.status(201).location(location(created));
      return withRevision(res, created);
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/definitions/:kind/import',
    operationId: 'importDefinition',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '导入定义文件为新草稿', en: 'Import a definition file as a new draft' },
    description: {
      zh: '仅管理员。读取 …/export 导出的文件（可来自其他县区），成为该标识的下一版草稿。',
      en: 'Administrators only. Reads a file from …/export (possibly another county’s) as the next draft version of its key.',
    },
    params: definitionKindParams,
    body: importBody,
    responses: {
      201: {
        description: { zh: '已导入为草稿', en: 'Imported as a draft' },
        schema: definitionVersionSchema,
        headers: { ...ETAG, Location: { description: '…/versions/{version}', schema: { type: 'string' } } },
      },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'SERVICE_UNAVAILABLE', ...BODY_ERRORS],
    paramsNotFound: 'NOT_FOUND',
    handler: async ({ user, ability, params, body, language, res }) => {
      const created = await importDefinition(ability, user, params.kind, body, language);
      res.status(201).location(location(created));
      return withRevision(res, created);
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/definitions/:kind/:key/versions/:version',
    operationId: 'getDefinitionVersion',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '一个版本', en: 'One version' },
    params: definitionVersionParams,
    responses: versionResult('该版本；ETag 为其修订号', 'The version; its ETag is the revision'),
    errors: [...READ_ERRORS],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    handler: async ({ ability, params: { kind, key, version }, res }) => {
      return withRevision(res, await getDefinitionVersion(ability, kind, key, version));
    },
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/definitions/:kind/:key/versions/:version',
    operationId: 'updateDefinitionDraft',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '保存草稿', en: 'Save a draft' },
    description: {
      zh: '仅管理员，仅草稿（已发布的版本不可更改：409）。须带 If-Match。',
      en: 'Administrators only, drafts only (a published version never changes: 409). Needs If-Match.',
    },
    params: definitionVersionParams,
    ifMatch: true,
    body: draftBody,
    responses: versionResult('已保存', 'Saved'),
    errors: [...CHANGE_ERRORS, 'VALIDATION_FAILED', 'DEFINITION_NOT_DRAFT', ...BODY_ERRORS],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    guard: ({ ability }) => requireDesigner(ability, true),
    handler: async ({ user, ability, params: { kind, key, version }, revision, body, language, res }) => {
      return withRevision(
        res,
        await updateDraft(ability, user, kind, key, version, revision, body.definition, language),
      );
    },
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/definitions/:kind/:key/versions/:version',
    operationId: 'deleteDefinitionDraft',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '删除草稿', en: 'Delete a draft' },
    description: { zh: '仅管理员，仅草稿。须带 If-Match。', en: 'Administrators only, drafts only. Needs If-Match.' },
    params: definitionVersionParams,
    ifMatch: true,
    responses: { 204: { description: { zh: '已删除', en: 'Deleted' } } },
    errors: [...CHANGE_ERRORS, 'DEFINITION_NOT_DRAFT'],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    guard: ({ ability }) => requireDesigner(ability, true),
    handler: async ({ user, ability, params: { kind, key, version }, revision, res }) => {
      await deleteDraft(ability, user, kind, key, version, revision);
      res.status(204).end();
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/definitions/:kind/:key/versions/:version/publish',
    operationId: 'publishDefinition',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '发布草稿', en: 'Publish a draft' },
    description: {
      zh: '仅管理员。流程按流程定义规则全面校验，且其引用的表单须已发布；表单须为可编译的 JSON Schema 且示例数据符合。有问题时 422 列出全部问题（位置与说明）。发布后该版本永不改变，事项目录提供最新发布的版本。须带 If-Match。',
      en: 'Administrators only. A process is checked in full and every form it names must be published; a form must be a JSON Schema that compiles, with an example that fits. Problems: 422 listing every one (where and what). Once published the version never changes; the catalogue offers the newest published version. Needs If-Match.',
    },
    params: definitionVersionParams,
    ifMatch: true,
    responses: versionResult('已发布', 'Published'),
    errors: [...CHANGE_ERRORS, 'DEFINITION_NOT_DRAFT', 'DEFINITION_INVALID'],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    guard: ({ ability }) => requireDesigner(ability, true),
    handler: async ({ user, ability, params: { kind, key, version }, revision, language, res }) => {
      return withRevision(res, await publishVersion(ability, user, kind, key, version, revision, language));
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/definitions/:kind/:key/versions/:version/archive',
    operationId: 'archiveDefinition',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '停用已发布的版本', en: 'Archive a published version' },
    description: {
      zh: '仅管理员。停用后不再用于新办件；在办的办件继续按该版本办理。须带 If-Match。',
      en: 'Administrators only. New requests no longer use it; running requests carry on with it. Needs If-Match.',
    },
    params: definitionVersionParams,
    ifMatch: true,
    responses: versionResult('已停用', 'Archived'),
    errors: [...CHANGE_ERRORS, 'DEFINITION_NOT_PUBLISHED'],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    guard: ({ ability }) => requireDesigner(ability, true),
    handler: async ({ user, ability, params: { kind, key, version }, revision, res }) => {
      return withRevision(res, await archiveVersion(ability, user, kind, key, version, revision));
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/definitions/:kind/:key/versions/:version/used-by',
    operationId: 'listProcessesOnOlderForm',
    tag: 'definitions',
    auth: 'session',
    summary: {
      zh: '仍使用该表单旧版本的已发布流程',
      en: 'Published processes still on an older version of this form',
    },
    description: {
      zh: '仅 `forms`（流程为 404）。列出最新发布版本引用该表单低于此版本的流程及引用位置，供发布表单后将流程改用新版本（新建草稿并发布）。管理员与督办可查看。',
      en: 'Forms only (processes: 404). The processes whose newest published version names this form at a lower version, with where, so that after publishing a form the designer can move them onto it (a new draft, then publish). Administrators and supervisors.',
    },
    params: definitionVersionParams,
    responses: { 200: { description: { zh: '按流程', en: 'By process' }, schema: formUsedBySchema } },
    errors: [...READ_ERRORS],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    // Only forms are used by other definitions; `processes/…/used-by` is no resource.
    handler: ({ ability, params: { kind, key, version }, language }) => {
      if (kind !== 'forms') throw new ApiError('NOT_FOUND');
      return processesOnOlderForm(ability, key, version, language);
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/definitions/:kind/:key/versions/:version/export',
    operationId: 'exportDefinition',
    tag: 'definitions',
    auth: 'session',
    summary: { zh: '导出为 JSON 文件', en: 'Export as a JSON file' },
    params: definitionVersionParams,
    responses: {
      200: {
        description: {
          zh: '定义文件（Content-Disposition: attachment）',
          en: 'The file (Content-Disposition: attachment)',
        },
        schema: definitionExportSchema,
        headers: {
          'Content-Disposition': {
            description: 'attachment; filename="form-<key>-v<version>.json"',
            schema: { type: 'string' },
          },
        },
      },
    },
    errors: [...READ_ERRORS],
    paramsNotFound: 'DEFINITION_NOT_FOUND',
    handler: async ({ ability, params: { kind, key, version }, res }) => {
      const file = await exportVersion(ability, kind, key, version);
      res.attachment(`${kind === 'forms' ? 'form' : 'process'}-${key}-v${version}.json`);
      return file;
    },
  }),
];
