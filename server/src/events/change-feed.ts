import { subject } from '@casl/ability';
import { NotificationModel, RequestProjectionModel } from '@tongban/store';
import type { Response } from 'express';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { localized, type Language } from '../http/language';
import { logger } from '../logger';

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
}

/**
 * Pushes request and inbox changes and new notifications to the open SSE
 * streams of this API process. There are no change streams on FerretDB, so
 * each process polls the database: request projections by revision (every
 * change of every request, whichever process or worker wrote it) and the
 * notifications of the people connected here. That is what makes it work
 * with several API processes behind one load balancer: nothing is shared in
 * memory. Each change goes only to streams whose user may read the request.
 */
export class ChangeFeed {
  private readonly streams = new Set<EventStream>();
  private readonly seen = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private polling = false;
  private primed = false;
  private readonly pollMs: number;
  private readonly lookbackMs: number;
  private readonly heartbeatMs: number;

  constructor(options: ChangeFeedOptions = {}) {
    this.pollMs = options.pollMs ?? 1000;
    this.lookbackMs = options.lookbackMs ?? 60_000;
    this.heartbeatMs = options.heartbeatMs ?? 20_000;
  }

  /** Starts a stream; the feed runs while at least one is open. */
  open(stream: EventStream): void {
    stream.res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and similar proxies buffer responses unless told not to.
      'X-Accel-Buffering': 'no',
    });
    stream.res.write(`retry: 5000\n: connected\n\n`);
    this.streams.add(stream);
    stream.res.on('close', () => this.close(stream));
    if (!this.timer) {
      this.primed = false;
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.heartbeat = setInterval(() => this.broadcastComment('ping'), this.heartbeatMs);
      void this.poll();
    }
  }

  /** Ends every stream (server shutdown). */
  closeAll(): void {
    for (const stream of this.streams) stream.res.end();
    this.stop();
  }

  private close(stream: EventStream): void {
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

  private broadcastComment(text: string): void {
    for (const stream of this.streams) stream.res.write(`: ${text}\n\n`);
  }

  /** One look at what changed since the last; overlapping polls are skipped. */
  async poll(): Promise<void> {
    if (this.polling || this.streams.size === 0) return;
    this.polling = true;
    try {
      const now = Date.now();
      await this.pushRequestChanges(new Date(now - this.lookbackMs).toISOString());
      await this.pushNotifications(new Date(now - this.lookbackMs));
      // The first look only learns what already happened: a new stream starts from now.
      this.primed = true;
      for (const [id, at] of this.seen) if (at < now - 2 * this.lookbackMs) this.seen.delete(id);
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
    return this.primed;
  }

  /**
   * Every projection write moves a request to a higher revision — an action,
   * a step starting, a task assigned, a clock turning yellow — so the changed
   * requests are those with a revision not seen yet.
   */
  private async pushRequestChanges(since: string): Promise<void> {
    const requests = await RequestProjectionModel.find(
      { updatedAt: { $gte: since } },
      { applicantOrgId: 1, participantIds: 1, filedBy: 1, status: 1, processKey: 1, revision: 1, updatedAt: 1 },
    )
      .sort({ updatedAt: 1 })
      .limit(5000)
      .lean();
    for (const request of requests) {
      const id = `${request._id}@${request.revision}`;
      if (!this.isNew(id)) continue;
      const data = {
        requestId: request._id,
        revision: request.revision,
        status: request.status,
        at: request.updatedAt,
      };
      for (const stream of this.streams) {
        if (!stream.ability.can('read', subject('Request', { ...request }) as never)) continue;
        send(stream, 'request', id, data);
        // Someone who holds or held a task of it: their inbox may have changed.
        if (request.participantIds.includes(stream.user.id)) send(stream, 'inbox', id, data);
      }
    }
  }

  private async pushNotifications(since: Date): Promise<void> {
    const userIds = [...new Set([...this.streams].map((stream) => stream.user.id))];
    const notifications = await NotificationModel.find({ userId: { $in: userIds }, createdAt: { $gte: since } })
      .sort({ createdAt: 1 })
      .limit(5000)
      .lean();
    for (const notification of notifications) {
      if (!this.isNew(`notification:${notification._id}`)) continue;
      for (const stream of this.streams) {
        if (stream.user.id !== notification.userId) continue;
        send(stream, 'notification', notification._id, {
          id: notification._id,
          kind: notification.kind,
          title: localized(notification.title, stream.language),
          requestId: notification.requestId,
          createdAt: notification.createdAt.toISOString(),
        });
      }
    }
  }
}

function send(stream: EventStream, event: string, id: string, data: unknown): void {
  stream.res.write(`event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`);
}
