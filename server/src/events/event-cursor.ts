import { z } from 'zod';

/**
 * Where an SSE stream stands, sent as each event's `id` so that a browser that
 * reconnects (`Last-Event-ID`) resumes where it was — on whichever API process
 * the load balancer picks: the cursor names positions in the database, nothing
 * held in one process's memory.
 *
 * Two positions, one per kind of change, each the last one delivered (or a
 * moment before which everything was):
 * - requests: (the projection's `updatedAt`, its id, its revision). Several
 *   projection writes of one request may share a workflow timestamp, so the
 *   id and revision break ties;
 * - notifications: (`createdAt`, id). A batch written together shares its time.
 *
 * On the wire: `1.` + base64url of `[requestAt, requestId, revision, notificationAt, notificationId]`,
 * times in epoch milliseconds. Opaque to clients.
 *
 * Limits, the same as the live feed's: a projection carries the workflow's
 * time, so one written more than the feed's look-back (60 s) after that time
 * may be missed by a replay too; the API processes' and the worker's clocks are
 * taken to agree within seconds (NTP).
 */
export interface RequestPosition {
  at: number;
  id: string;
  revision: number;
}
export interface NotificationPosition {
  at: number;
  id: string;
}
export interface EventCursor {
  request: RequestPosition;
  notification: NotificationPosition;
}

const VERSION = '1.';
/** Longer than any cursor this server writes; a longer `Last-Event-ID` is not one of ours. */
const MAX_LENGTH = 600;

const millis = z.number().int().nonnegative().max(8.64e15);
const storedId = z.string().max(200);
const wire = z.tuple([millis, storedId, z.number().int().nonnegative(), millis, storedId]);

/** A cursor at `at`: everything before it counts as delivered, everything from it on as new. */
export function cursorAt(at: number): EventCursor {
  return { request: { at, id: '', revision: 0 }, notification: { at, id: '' } };
}

export function encodeCursor(cursor: EventCursor): string {
  const { request, notification } = cursor;
  const fields = [request.at, request.id, request.revision, notification.at, notification.id];
  return VERSION + Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/** The cursor a client sent back, or `undefined` when it is not one this server wrote. */
export function decodeCursor(text: string): EventCursor | undefined {
  if (text.length > MAX_LENGTH || !text.startsWith(VERSION)) return undefined;
  const body = text.slice(VERSION.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const fields = wire.safeParse(parsed);
  if (!fields.success) return undefined;
  const [requestAt, requestId, revision, notificationAt, notificationId] = fields.data;
  return {
    request: { at: requestAt, id: requestId, revision },
    notification: { at: notificationAt, id: notificationId },
  };
}

/** Whether a request at `position` comes after `mark` (was not delivered yet). */
export function requestIsAfter(position: RequestPosition, mark: RequestPosition): boolean {
  if (position.at !== mark.at) return position.at > mark.at;
  if (position.id !== mark.id) return position.id > mark.id;
  return position.revision > mark.revision;
}

export function notificationIsAfter(position: NotificationPosition, mark: NotificationPosition): boolean {
  if (position.at !== mark.at) return position.at > mark.at;
  return position.id > mark.id;
}
