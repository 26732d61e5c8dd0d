import { subject } from '@casl/ability';
import {
  allOf,
  NotificationModel,
  RequestProjectionModel,
  type Notification,
  type RequestProjection,
} from '@tongban/store';
import type { Response } from 'express';
import { accessibleFilter } from '../auth/accessible-filter';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { localized, type Language } from '../http/language';
import { logger } from '../logger';
import {
  cursorAt,
  decodeCursor,
  encodeCursor,
  notificationIsAfter,
  requestIsAfter,
  type EventCursor,
  type NotificationPosition,
  type RequestPosition,
} from './event-cursor';

/** One open `GET /events` stream. */
export interface EventStream {
  user: CurrentUser;
  ability: AppAbility;
  language: Language;
  res: Response;
}

export interface ChangeFeedOptions {
  /** How often the database is asked what changed; default 1000 ms. */
  pollMs?: number;
  /** How far back each poll looks, so an entry written late is still seen; default 60 s. */
  lookbackMs?: number;
  /** A comment line keeps proxies from closing an idle stream; default 20 s. */
  heartbeatMs?: number;
  /** How old a `Last-Event-ID` may be and still be replayed; default 1 hour. Older: `resync`. */
  replayWindowMs?: number;
  /** At most this many missed changes are replayed; more: `resync`. Default 200. */
  replayLimit?: number;
}

/** How soon a browser reconnects after the stream drops (the SSE `retry:` field). */
export const RECONNECT_MS = 2000;
/** A cursor this far ahead of our clock was not written by a server in sync with us. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Why a resumed stream cannot replay what was missed: the client refetches instead. */
export type ResyncReason = 'malformed' | 'expired' | 'too-many' | 'unavailable';
const RESYNC_MESSAGES: Record<ResyncReason, { zh: string; en: string }> = {
  malformed: {
    zh: 'Last-Event-ID 不是本服务发出的事件编号，请重新加载数据。',
    en: 'Last-Event-ID is not an event id this service sent; refetch the data.',
  },
  expired: {
    zh: '断开时间过长，无法补发期间的变化，请重新加载数据。',
    en: 'Disconnected for too long to replay what changed; refetch the data.',
  },
  'too-many': {
    zh: '断开期间变化过多，请重新加载数据。',
    en: 'Too much changed while disconnected; refetch the data.',
  },
  unavailable: {
    zh: '暂时无法补发断开期间的变化，请重新加载数据。',
    en: 'What changed while disconnected cannot be replayed now; refetch the data.',
  },
};

/** What a change event says about a request, replayed or live. */
const REQUEST_FIELDS = {
  applicantOrgId: 1,
  participantIds: 1,
  filedBy: 1,
  status: 1,
  processKey: 1,
  revision: 1,
  updatedAt: 1,
} as const;
type ChangedRequest = Pick<RequestProjection, '_id' | keyof typeof REQUEST_FIELDS>;

/** A stream as the feed keeps it: where it stands, and what a replay already sent. */
interface OpenStream extends EventStream {
  cursor: EventCursor;
  /** While a replay runs, live changes wait here, to follow it in order. */
  held?: (() => void)[];
  /** Keys of the changes a replay sent, so that the live feed does not send them again. */
  replayed: Set<string>;
}

/**
 * Pushes request and inbox changes and new notifications to the open SSE
 * streams of this API process. There are no change streams on FerretDB, so
 * each process polls the database: request projections by revision (every
 * change of every request, whichever process or worker wrote it) and the
 * notifications of the people connected here. That is what makes it work
 * with several API processes behind one load balancer: nothing is shared in
 * memory. Each change goes only to streams whose user may read the request.
 *
 * Every event (and every heartbeat) carries an `id`, a cursor of database
 * positions (see `event-cursor.ts`); a browser that reconnects sends it back
 * as `Last-Event-ID`, and whichever process answers replays, from the
 * database, what the caller may read that changed since — bounded, else a
 * `resync` event tells the client to refetch.
 */
export class ChangeFeed {
  private readonly streams = new Set<OpenStream>();
  private readonly seen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private polling = false;
  private primed = false;
  private readonly pollMs: number;
  private readonly lookbackMs: number;
  private readonly heartbeatMs: number;
  private readonly replayWindowMs: number;
  private readonly replayLimit: number;

  constructor(options: ChangeFeedOptions = {}) {
    this.pollMs = options.pollMs ?? 1000;
    this.lookbackMs = options.lookbackMs ?? 60_000;
    this.heartbeatMs = options.heartbeatMs ?? 20_000;
    this.replayWindowMs = options.replayWindowMs ?? 3_600_000;
    this.replayLimit = options.replayLimit ?? 200;
  }

  /**
   * Starts a stream; the feed runs while at least one is open. With
   * `lastEventId` (a reconnect), first replays what the caller missed since.
   */
  async open(stream: EventStream, lastEventId?: string): Promise<void> {
    stream.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and similar proxies buffer responses unless told not to.
      'X-Accel-Buffering': 'no',
    });
    const now = Date.now();
    const resume = lastEventId === undefined ? undefined : this.resumePoint(lastEventId, now);
    const open: OpenStream = {
      ...stream,
      cursor: typeof resume === 'object' ? resume : cursorAt(now),
      replayed: new Set(),
      ...(typeof resume === 'object' ? { held: [] } : {}),
    };
    // An id at once, so that a stream that drops before its first event still resumes from here.
    open.res.write(`retry: ${RECONNECT_MS}\n${resume ? '' : `id: ${encodeCursor(open.cursor)}\n`}: connected\n\n`);
    // Joins the live feed before the replay reads the database: nothing written in between is lost.
    this.streams.add(open);
    open.res.on('close', () => this.close(open));
    if (!this.timer) {
      this.primed = false;
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.heartbeat = setInterval(() => this.sendHeartbeats(), this.heartbeatMs);
      void this.poll();
    }
    if (typeof resume === 'string') this.resync(open, resume);
    else if (resume) await this.replayThenGoLive(open);
  }

  /** Ends every stream (server shutdown). */
  closeAll(): void {
    for (const stream of this.streams) stream.res.end();
    this.stop();
  }

  private close(stream: OpenStream): void {
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
    this.timer = undefined;
    this.heartbeat = undefined;
    this.seen.clear();
  }

  /** The cursor to resume from, or why there is none. */
  private resumePoint(lastEventId: string, now: number): EventCursor | ResyncReason {
    const cursor = decodeCursor(lastEventId);
    if (!cursor) return 'malformed';
    const newest = Math.max(cursor.request.at, cursor.notification.at);
    const oldest = Math.min(cursor.request.at, cursor.notification.at);
    if (newest > now + CLOCK_SKEW_MS) return 'malformed';
    if (oldest < now - this.replayWindowMs) return 'expired';
    return cursor;
  }

  /** Tells the client to refetch everything; the stream goes on live from now. */
  private resync(stream: OpenStream, reason: ResyncReason): void {
    stream.cursor = cursorAt(Date.now());
    const message = localized(RESYNC_MESSAGES[reason], stream.language);
    stream.res.write(
      `event: resync\nid: ${encodeCursor(stream.cursor)}\ndata: ${JSON.stringify({ reason, message })}\n\n`,
    );
  }

  /**
   * Sends the changes since the stream's cursor that its user may read — the
   * request projections (read rules as a database filter) and their own
   * notifications — then the live changes that came in meanwhile.
   */
  private async replayThenGoLive(stream: OpenStream): Promise<void> {
    try {
      const { request: requestMark, notification: notificationMark } = stream.cursor;
      const requestAt = new Date(requestMark.at).toISOString();
      const notificationAt = new Date(notificationMark.at);
      // Plain ranges (no keyset $or), so the database reads them by index; what sits at the very
      // mark and is not after it is dropped below. Those extra rows can only make a resync
      // likelier, never hide a change.
      const [requests, notifications] = await Promise.all([
        RequestProjectionModel.find(
          allOf(accessibleFilter(stream.ability, 'read', 'Request'), { updatedAt: { $gte: requestAt } }),
          REQUEST_FIELDS,
        )
          .sort({ updatedAt: 1, _id: 1 })
          .limit(this.replayLimit + 1)
          .lean(),
        NotificationModel.find({ userId: stream.user.id, createdAt: { $gte: notificationAt } })
          .sort({ createdAt: 1, _id: 1 })
          .limit(this.replayLimit + 1)
          .lean(),
      ]);
      if (requests.length + notifications.length > this.replayLimit) {
        this.resync(stream, 'too-many');
      } else {
        for (const request of requests) {
          if (!requestIsAfter(requestPosition(request), requestMark)) continue;
          stream.replayed.add(requestKey(request));
          this.sendRequest(stream, request);
        }
        for (const notification of notifications) {
          if (!notificationIsAfter(notificationPosition(notification), notificationMark)) continue;
          stream.replayed.add(notificationKey(notification));
          this.sendNotification(stream, notification);
        }
      }
    } catch (error) {
      logger.warn({ err: error }, 'event replay failed; the client refetches');
      this.resync(stream, 'unavailable');
    } finally {
      const held = stream.held ?? [];
      stream.held = undefined;
      for (const deliver of held) deliver();
    }
  }

  /** A comment keeps the connection open; the id moves the stream's cursor on to what the feed has covered. */
  private sendHeartbeats(): void {
    for (const stream of this.streams)
      stream.res.write(stream.held ? `: ping\n\n` : `id: ${encodeCursor(stream.cursor)}\n: ping\n\n`);
  }

  /** One look at what changed since the last; overlapping polls are skipped. */
  async poll(): Promise<void> {
    if (this.polling || this.streams.size === 0) return;
    this.polling = true;
    try {
      const now = Date.now();
      await this.pushRequestChanges(new Date(now - this.lookbackMs).toISOString());
      await this.pushNotifications(new Date(now - this.lookbackMs));
      // From the second look on, an id not seen before is a change that is new in the database.
      this.primed = true;
      for (const [id, at] of this.seen) if (at < now - 2 * this.lookbackMs) this.seen.delete(id);
      // Whatever is older than the look-back window has been sent by now (or was not the stream's to read).
      for (const stream of this.streams) if (!stream.held) advance(stream.cursor, now - this.lookbackMs);
    } catch (error) {
      logger.warn({ err: error }, 'event feed poll failed; retrying');
    } finally {
      this.polling = false;
    }
  }

  /** `true` the first time an id is seen (and remembers it). */
  private isNew(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.set(id, Date.now());
    return true;
  }

  /**
   * Every projection write moves a request to a higher revision — an action,
   * a step starting, a task assigned, a clock turning yellow — so the changed
   * requests are those with a revision not seen yet. The feed's first look
   * cannot tell new from old: it sends only what is past each stream's cursor.
   */
  private async pushRequestChanges(since: string): Promise<void> {
    const fresh = this.primed;
    const requests = await RequestProjectionModel.find({ updatedAt: { $gte: since } }, REQUEST_FIELDS)
      .sort({ updatedAt: 1, _id: 1 })
      .limit(5000)
      .lean();
    for (const request of requests) {
      const key = requestKey(request);
      if (!this.isNew(key)) continue;
      const position = requestPosition(request);
      for (const stream of this.streams) {
        const deliver = () => {
          if (stream.replayed.has(key)) return;
          if (!fresh && !requestIsAfter(position, stream.cursor.request)) return;
          this.sendRequest(stream, request);
        };
        if (stream.held) stream.held.push(deliver);
        else deliver();
      }
    }
  }

  /**
   * The notifications of the people connected here. A notification carries the
   * moment it was written, so one at or before a stream's cursor was sent
   * already — or came before the stream — even when it is new to this feed
   * (its person was not connected here when it was written).
   */
  private async pushNotifications(since: Date): Promise<void> {
    const userIds = [...new Set([...this.streams].map((stream) => stream.user.id))];
    // The last stream may close while a poll is under way: nobody's notifications is no query
    // (FerretDB reads `$in: []` over the whole table).
    if (userIds.length === 0) return;
    const notifications = await NotificationModel.find({ userId: { $in: userIds }, createdAt: { $gte: since } })
      .sort({ createdAt: 1, _id: 1 })
      .limit(5000)
      .lean();
    for (const notification of notifications) {
      const key = notificationKey(notification);
      if (!this.isNew(key)) continue;
      const position = notificationPosition(notification);
      for (const stream of this.streams) {
        if (stream.user.id !== notification.userId) continue;
        const deliver = () => {
          if (stream.replayed.has(key) || !notificationIsAfter(position, stream.cursor.notification)) return;
          this.sendNotification(stream, notification);
        };
        if (stream.held) stream.held.push(deliver);
        else deliver();
      }
    }
  }

  /** `request` to a stream whose user may read it, and `inbox` if they hold or held one of its tasks. */
  private sendRequest(stream: OpenStream, request: ChangedRequest): void {
    if (!stream.ability.can('read', subject('Request', { ...request }) as never)) return;
    const position = requestPosition(request);
    if (requestIsAfter(position, stream.cursor.request)) stream.cursor.request = position;
    const id = encodeCursor(stream.cursor);
    const data = { requestId: request._id, revision: request.revision, status: request.status, at: request.updatedAt };
    send(stream, 'request', id, data);
    if (request.participantIds.includes(stream.user.id)) send(stream, 'inbox', id, data);
  }

  private sendNotification(stream: OpenStream, notification: Notification): void {
    const position = notificationPosition(notification);
    if (notificationIsAfter(position, stream.cursor.notification)) stream.cursor.notification = position;
    send(stream, 'notification', encodeCursor(stream.cursor), {
      id: notification._id,
      kind: notification.kind,
      title: localized(notification.title, stream.language),
      requestId: notification.requestId,
      ...(notification.requestNumber ? { requestNumber: notification.requestNumber } : {}),
      createdAt: notification.createdAt.toISOString(),
    });
  }
}

const requestKey = (request: ChangedRequest) => `${request._id}@${request.revision}`;
const notificationKey = (notification: Notification) => `notification:${notification._id}`;

function requestPosition(request: ChangedRequest): RequestPosition {
  return { at: Date.parse(request.updatedAt), id: request._id, revision: request.revision };
}

function notificationPosition(notification: Notification): NotificationPosition {
  return { at: notification.createdAt.getTime(), id: notification._id };
}

/** Moves both positions of a cursor on to `at`, never back. */
function advance(cursor: EventCursor, at: number): void {
  if (at > cursor.request.at) cursor.request = { at, id: '', revision: 0 };
  if (at > cursor.notification.at) cursor.notification = { at, id: '' };
}

function send(stream: EventStream, event: string, id: string, data: unknown): void {
  stream.res.write(`event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`);
}
