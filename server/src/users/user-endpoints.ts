import { defineEndpoint } from '../http/endpoint';
import { createUser, getUser, listUsers, updateUser } from './manage-users';
import { getNotificationPreferences, setNotificationPreferences } from './notification-preferences';
import { clearSubstitute, getSubstitute, setSubstitute } from './set-substitute';
import {
  createUserBody,
  notificationPreferencesBody,
  substituteBody,
  updateUserBody,
  userIdParams,
  userListQuery,
} from '../http/directory-schemas';
import {
  directoryUserSchema,
  notificationPreferencesSchema,
  substituteBodySchema,
  userPageSchema,
} from '../openapi/directory-responses';
import { BODY_ERRORS } from '../openapi/operation-types';

/** `/users`: the directory for staff, accounts for administrators; `/me/…`: what each signed-in user sets for themselves. */
export const USER_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/users',
    operationId: 'listUsers',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '用户与人员查找（分页）', en: 'Users and the people search, paged' },
    description: {
      zh: '管理员看到全部账号（含用户名、是否启用、代理人）；督办、办理人员、窗口与企业用户只看到在职的办理人员（仅姓名、机构、角色；按姓名查找），用于转交、委派、代理人与表单中的人员选择（如对接人）；窗口另可查找企业用户；企业的人员对其他企业不可见；审计员 403。',
      en: 'Administrators see every account (with username, active flag and substitute); supervisors, staff, window clerks and enterprise applicants see active people who handle tasks (name, organisation and roles only; searched by name), for the transfer, delegate and substitute pickers and a form’s person picker (e.g. the contact person); window clerks also find enterprises’ applicants; an enterprise’s people stay hidden from other enterprises; auditors get 403.',
    },
    query: userListQuery,
    responses: { 200: { description: { zh: '一页用户', en: 'A page of users' }, schema: userPageSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
    handler: ({ ability, query }) => listUsers(ability, query),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/users',
    operationId: 'createUser',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '新建用户', en: 'Create a user' },
    description: {
      zh: '仅管理员。用户 id 为 u-<用户名>；密码以 argon2id 保存。',
      en: 'Administrators only. The id is u-<username>; the password is stored as argon2id.',
    },
    body: createUserBody,
    responses: {
      201: {
        description: { zh: '已创建', en: 'Created' },
        schema: directoryUserSchema,
        headers: { Location: { description: '/api/v1/users/{id}', schema: { type: 'string' } } },
      },
    },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'USERNAME_TAKEN',
      'UNKNOWN_ORGANISATION',
      ...BODY_ERRORS,
    ],
    handler: async ({ user, ability, body, res }) => {
      const created = await createUser(ability, user, body);
      res.status(201).location(`/api/v1/users/${created.id}`);
      return created;
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/users/:id',
    operationId: 'getUser',
    tag: 'directory',
    auth: 'session',
    summary: { zh: '用户', en: 'A user' },
    description: {
      zh: '看不到的用户与不存在的一样返回 404。',
      en: 'A user the caller may not see is 404, like one that does not exist.',
    },
    params: userIdParams,
    responses: { 200: { description: { zh: '用户', en: 'The user' }, schema: directoryUserSchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'USER_NOT_FOUND'],
    paramsNotFound: 'USER_NOT_FOUND',
    handler: ({ ability, params }) => getUser(ability, params.id),
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/users/:id',
    operationId: 'updateUser',
    tag: 'directory',
    auth: 'session',
    summary: {
      zh: '修改用户：姓名、机构、角色、密码、停用',
      en: 'Change a user: name, organisation, roles, password, deactivate',
    },
    description: {
      zh: '仅管理员。改密码或停用会立即结束该用户的全部会话；不能停用自己或取消自己的管理员角色。',
      en: 'Administrators only. A new password or deactivation ends the user’s sessions at once; nobody can deactivate themselves or drop their own admin role.',
    },
    params: userIdParams,
    body: updateUserBody,
    responses: { 200: { description: { zh: '修改后的用户', en: 'The user now' }, schema: directoryUserSchema } },
    errors: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_FAILED',
      'USER_NOT_FOUND',
      'UNKNOWN_ORGANISATION',
      'CANNOT_LOCK_OUT_SELF',
      ...BODY_ERRORS,
    ],
    paramsNotFound: 'USER_NOT_FOUND',
    handler: ({ user, ability, params, body }) => updateUser(ability, user, params.id, body),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/me/substitute',
    operationId: 'getSubstitute',
    tag: 'me',
    auth: 'session',
    summary: { zh: '我的外出代理人', en: 'My out-of-office substitute' },
    responses: {
      200: {
        description: { zh: '代理人（未设置为 null）', en: 'The substitute, or null' },
        schema: substituteBodySchema,
      },
    },
    errors: ['UNAUTHENTICATED'],
    handler: async ({ user }) => ({ substitute: await getSubstitute(user) }),
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/me/substitute',
    operationId: 'setSubstitute',
    tag: 'me',
    auth: 'session',
    summary: { zh: '设置外出代理人', en: 'Set my out-of-office substitute' },
    description: {
      zh: '办理人员在起止日期（含）内的新任务交由代理人办理；已分派的任务不变。代理人须是其他在职的办理人员。',
      en: 'From `from` to `to` (inclusive) the caller’s new tasks go to the substitute; tasks already assigned stay. The substitute must be another active colleague who handles tasks.',
    },
    body: substituteBody,
    responses: { 200: { description: { zh: '已设置', en: 'Set' }, schema: substituteBodySchema } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', 'SUBSTITUTE_INVALID', ...BODY_ERRORS],
    handler: async ({ user, ability, body, language }) => ({
      substitute: await setSubstitute(ability, user, body, language),
    }),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/me/notification-preferences',
    operationId: 'getNotificationPreferences',
    tag: 'me',
    auth: 'session',
    summary: { zh: '我的通知渠道', en: 'My notification channels' },
    responses: {
      200: { description: { zh: '通知渠道', en: 'The channels' }, schema: notificationPreferencesSchema },
    },
    errors: ['UNAUTHENTICATED'],
    handler: ({ user }) => getNotificationPreferences(user),
  }),
  defineEndpoint({
    method: 'PUT',
    path: '/me/notification-preferences',
    operationId: 'setNotificationPreferences',
    tag: 'me',
    auth: 'session',
    summary: {
      zh: '设置通知渠道：邮件、短信、钉钉/企业微信群机器人',
      en: 'Choose channels: e-mail, SMS, DingTalk/WeCom group robot',
    },
    description: {
      zh: '整体替换；站内通知始终保留。群机器人地址只能是 https://oapi.dingtalk.com 或 https://qyapi.weixin.qq.com 的地址（不会向内网地址发送）。mutedKinds 中的通知类型只在站内提示。',
      en: 'Replaces them as a whole; in-app notifications always stay. A robot URL must be on https://oapi.dingtalk.com or https://qyapi.weixin.qq.com (nothing is ever sent inside the network). Kinds in mutedKinds stay in-app only.',
    },
    body: notificationPreferencesBody,
    responses: {
      200: { description: { zh: '已保存', en: 'Saved' }, schema: notificationPreferencesSchema },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED', ...BODY_ERRORS],
    handler: ({ user, body }) => setNotificationPreferences(user, body),
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/me/substitute',
    operationId: 'clearSubstitute',
    tag: 'me',
    auth: 'session',
    summary: { zh: '取消外出代理人', en: 'Clear my out-of-office substitute' },
    responses: { 204: { description: { zh: '已取消', en: 'Cleared' } } },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
    handler: async ({ user, ability, res }) => {
      await clearSubstitute(ability, user);
      res.status(204).end();
    },
  }),
];
