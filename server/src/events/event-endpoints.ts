import { z } from 'zod';
import { defineEndpoint } from '../http/endpoint';
import { eventStreamQuery } from '../http/notification-schemas';

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

/** `/events`: the live stream (SSE) of what changed that the caller may read. */
export const EVENT_ENDPOINTS = [
  defineEndpoint({
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
    handler: async ({ user, ability, query, language, req, res }, { feed }) => {
      // A browser's EventSource sends the header on each reconnect: newer than a query string fixed at the start.
      const lastEventId = req.get('Last-Event-ID') || query.lastEventId || undefined;
      await feed.open({ user, ability, language, res }, lastEventId);
    },
  }),
];
