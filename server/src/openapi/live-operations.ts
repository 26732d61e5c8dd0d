import { z } from 'zod';
import { eventStreamQuery, notificationListQuery, notificationParams } from '../http/notification-schemas';
import type { ApiOperation } from './operation-types';

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

export const eventStreamSchema = z.string().meta({
  description: [
    'Server-sent events, each with an `id` (an opaque cursor any API process can resume from):',
    '- `request` `{ requestId, revision, status, at }`: a request the caller may read changed;',
    '- `inbox` (same data): it changed and the caller holds or held one of its tasks;',
    '- `notification` `{ id, kind, title, requestId, requestNumber, createdAt }`: a new notification for the caller;',
    '- `resync` `{ reason, message }`: what was missed cannot be replayed (`malformed`, `expired`, `too-many`,',
    '  `unavailable`): refetch everything, the stream goes on from now.',
    'Comment lines (`: ping`, with an `id` that moves the cursor on) keep the connection open; `retry: 2000`.',
  ].join('\n'),
});

export const LIVE_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'GET',
    path: '/events',
    operationId: 'streamEvents',
    tag: 'live',
    auth: 'session',
    summary: {
      zh: '实时推送（SSE）：办件、待办与通知的变化',
      en: 'Live updates (SSE): requests, inbox and notifications',
    },
    description: {
      zh: '只推送调用者有权查看的办件。每个 API 进程各自轮询数据库（约每秒一次），多个进程部署在同一负载均衡后亦可工作。每个事件带 `id`（数据库中的位置，任何进程都能识别）；断线重连时浏览器自动发送 `Last-Event-ID` 请求头（不能设置请求头的客户端可用 `lastEventId` 查询参数，请求头优先），服务先补发断开期间调用者有权查看的办件变化与本人通知（最多 200 条、1 小时内），否则发送 `resync` 事件，客户端应重新加载数据；格式不对的编号同样得到 `resync`，不会报错。',
      en: 'Only requests the caller may read. Each API process polls the database (about once a second), so it works with several processes behind one load balancer. Each event has an `id` (positions in the database, understood by every process); on a reconnect the browser sends it as `Last-Event-ID` (clients that cannot set headers use the `lastEventId` query parameter; the header wins), and the server first replays what changed meanwhile that the caller may read — request changes and their own notifications, at most 200 and within an hour — or else sends `resync`, telling the client to refetch. A malformed id gets `resync` too, never an error.',
    },
    query: eventStreamQuery,
    responses: {
      200: {
        description: { zh: '事件流', en: 'The event stream' },
        schema: eventStreamSchema,
        contentType: 'text/event-stream',
      },
    },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
  },
  {
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
  },
  {
    method: 'GET',
    path: '/notifications/unread-count',
    operationId: 'countUnreadNotifications',
    tag: 'live',
    auth: 'session',
    summary: { zh: '未读通知数', en: 'How many notifications are unread' },
    responses: { 200: { description: { zh: '未读数', en: 'The count' }, schema: unreadCountSchema } },
    errors: ['UNAUTHENTICATED'],
  },
  {
    method: 'POST',
    path: '/notifications/read-all',
    operationId: 'readAllNotifications',
    tag: 'live',
    auth: 'session',
    summary: { zh: '全部标为已读', en: 'Mark all read' },
    responses: { 200: { description: { zh: '已标记', en: 'Marked' }, schema: readAllSchema } },
    errors: ['UNAUTHENTICATED', 'UNSUPPORTED_MEDIA_TYPE', 'MALFORMED_JSON', 'PAYLOAD_TOO_LARGE'],
  },
  {
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
  },
];
