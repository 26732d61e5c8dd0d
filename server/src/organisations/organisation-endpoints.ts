import { defineEndpoint } from '../http/endpoint';
import {
  createOrganisationBody,
  organisationIdParams,
  organisationListQuery,
  updateOrganisationBody,
} from '../http/directory-schemas';
import { organisationPageSchema, organisationSchema } from '../openapi/directory-responses';
import { ADMINISTRATORS_ONLY, BODY_ERRORS } from '../openapi/operation-types';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './manage-organisations';

/** `/organisations`: staff read them; administrators create, change and delete them. */
export const ORGANISATION_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/organisations',
    operationId: 'listOrganisations',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '机构列表（分页）', en: 'Organisations, paged' },
    description: {
      zh: '管理员、督办、窗口与办理人员可查看全部机构；企业用户（填写表单中的单位选择，如受理部门、贷款银行）只看到部门、银行和本企业，看不到其他企业；审计员 403。',
      en: 'Administrators, supervisors, window clerks and staff who handle tasks see every organisation; enterprise applicants (a form’s organisation picker, e.g. the accepting department or the lending bank) see departments, banks and their own organisation, never another enterprise; auditors get 403.',
    },
    query: organisationListQuery,
    responses: {
      200: { description: { zh: '一页机构', en: 'A page of organisations' }, schema: organisationPageSchema },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query }) => listOrganisations(ability, query),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/organisations',
    operationId: 'createOrganisation',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '新建机构', en: 'Create an organisation' },
    description: ADMINISTRATORS_ONLY,
    body: createOrganisationBody,
    responses: {
      201: {
        description: { zh: '已创建', en: 'Created' },
        schema: organisationSchema,
        headers: { Location: { description: '/api/v1/organisations/{id}', schema: { type: 'string' } } },
      },
    },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'ORGANISATION_ID_TAKEN',
      'UNKNOWN_ORGANISATION',
      ...BODY_ERRORS,
    ],
    handler: async ({ user, ability, body, language, res }) => {
      const created = await createOrganisation(ability, user, body, language);
      res.status(201).location(`/api/v1/organisations/${created.id}`);
      return created;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/organisations/:id',
    operationId: 'getOrganisation',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '机构', en: 'An organisation' },
    description: {
      zh: '看不到的机构（如企业用户查看其他企业）与不存在的一样返回 404。',
      en: 'An organisation the caller may not see (another enterprise, for an applicant) is 404, like one that does not exist.',
    },
    params: organisationIdParams,
    responses: { 200: { description: { zh: '机构', en: 'The organisation' }, schema: organisationSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'ORGANISATION_NOT_FOUND'],
    paramsNotFound: 'ORGANISATION_NOT_FOUND',
    handler: ({ ability, params }) => getOrganisation(ability, params.id),
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/organisations/:id',
    operationId: 'updateOrganisation',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '修改机构', en: 'Change an organisation' },
    description: ADMINISTRATORS_ONLY,
    params: organisationIdParams,
    body: updateOrganisationBody,
    responses: { 200: { description: { zh: '修改后的机构', en: 'The organisation now' }, schema: organisationSchema } },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'ORGANISATION_NOT_FOUND',
      'UNKNOWN_ORGANISATION',
      ...BODY_ERRORS,
    ],
    paramsNotFound: 'ORGANISATION_NOT_FOUND',
    handler: ({ user, ability, params, body, language }) =>
      updateOrganisation(ability, user, params.id, body, language),
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/organisations/:id',
    operationId: 'deleteOrganisation',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '删除机构（须无用户、无下级机构）', en: 'Delete an organisation (no users, no members)' },
    description: ADMINISTRATORS_ONLY,
    params: organisationIdParams,
    responses: { 204: { description: { zh: '已删除', en: 'Deleted' } } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'ORGANISATION_NOT_FOUND', 'ORGANISATION_IN_USE'],
    paramsNotFound: 'ORGANISATION_NOT_FOUND',
    handler: async ({ user, ability, params, res }) => {
      await deleteOrganisation(ability, user, params.id);
      res.status(204).end();
    },
  }),
];
