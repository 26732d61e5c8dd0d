import { defineEndpoint } from '../http/endpoint';
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadCount } from './notifications';
import { z } from 'zod';
import { notificationListQuery, notificationParams } from '../http/notification-schemas';

/** `/events` (SSE) and `/notifications`. */

export const notificationSchema = z
  .strictObject({
    id: z.string(),
    kind: z
      .string()
      .meta({ description: 'assignment, reminder, yellow, red, escalation, returned, completed, urge, …' }),
    title: z.string().meta({ description: 'In the caller’s language' }),
    requestId: z.string(),
    requestNumber: z.string().optional().meta({ description: 'The request’s 办件编号, which the notification names' }),
    stepId: z.string().optional(),
    createdAt: z.iso.datetime({ offset: true }),
    readAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ description: 'An in-app notification (站内通知)' });

export const notificationPageSchema = z.strictObject({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int().meta({ description: 'Unread notifications in all (the badge)' }),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const unreadCountSchema = z.strictObject({ unread: z.number().int() });
export const readAllSchema = z.strictObject({
  updated: z.number().int().meta({ description: 'How many were unread' }),
});

/** `/notifications`: each person's in-app notifications (站内通知). */
export const NOTIFICATION_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/notifications',
    operationId: 'listNotifications',
    tag: 'live',
    auth: 'session',
    summary: {
      zh: '我的通知（最新在前，分页）与未读数',
      en: 'My notifications, newest first, paged, with the unread count',
    },
    query: notificationListQuery,
    responses: {
      200: { description: { zh: '一页通知', en: 'A page of notifications' }, schema: notificationPageSchema },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
    handler: ({ user, query, language }) => listNotifications(user, query, language),
  }),
  defineEndpoint({
    method: 'GET',
    path: '/notifications/unread-count',
    operationId: 'countUnreadNotifications',
    tag: 'live',
    auth: 'session',
    summary: { zh: '未读通知数', en: 'How many notifications are unread' },
    responses: { 200: { description: { zh: '未读数', en: 'The count' }, schema: unreadCountSchema } },
    errors: ['UNAUTHENTICATED'],
    handler: async ({ user }) => ({ unread: await unreadCount(user) }),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/notifications/read-all',
    operationId: 'readAllNotifications',
    tag: 'live',
    auth: 'session',
    summary: { zh: '全部标为已读', en: 'Mark all read' },
    responses: { 200: { description: { zh: '已标记', en: 'Marked' }, schema: readAllSchema } },
    errors: ['UNAUTHENTICATED', 'UNSUPPORTED_MEDIA_TYPE', 'MALFORMED_JSON', 'PAYLOAD_TOO_LARGE'],
    handler: ({ user }) => markAllNotificationsRead(user),
  }),
  defineEndpoint({
    method: 'POST',
    path: '/notifications/:id/read',
    operationId: 'readNotification',
    tag: 'live',
    auth: 'session',
    summary: { zh: '标为已读', en: 'Mark read' },
    description: {
      zh: '他人的通知与不存在的一样返回 404。',
      en: 'Someone else’s notification is 404, like one that does not exist.',
    },
    params: notificationParams,
    responses: { 204: { description: { zh: '已读', en: 'Read' } } },
    errors: [
      'UNAUTHENTICATED',
      'NOTIFICATION_NOT_FOUND',
      'UNSUPPORTED_MEDIA_TYPE',
      'MALFORMED_JSON',
      'PAYLOAD_TOO_LARGE',
    ],
    paramsNotFound: 'NOTIFICATION_NOT_FOUND',
    handler: async ({ user, params, res }) => {
      await markNotificationRead(user, params.id);
      res.status(204).end();
    },
  }),
];
