import http from 'node:http';

/** One server-sent event as a browser dispatches it. */
export interface ServerSentEvent {
  event: string;
  id?: string;
  data: Record<string, unknown>;
}

/** An open `GET /events` stream and what it has received so far. */
export interface EventStreamClient {
  status: number;
  events: ServerSentEvent[];
  /** As a browser's EventSource keeps it: the last `id:` seen, in an event or not; what it sends on reconnect. */
  lastEventId: string | undefined;
  waitFor(match: (event: ServerSentEvent) => boolean, timeoutMs?: number): Promise<ServerSentEvent>;
  close(): void;
}

export interface OpenEventStreamOptions {
  cookie: string;
  /** Sent as the `Last-Event-ID` header, as EventSource does on a reconnect. */
  lastEventId?: string;
  /** Appended to the URL, e.g. `?lastEventId=…`. */
  search?: string;
}

/**
 * Opens `GET /api/v1/events` on a real listening server and parses the stream
 * the way EventSource does (blocks separated by a blank line; `id:` updates the
 * last event id even in a block without data).
 */
export function openEventStream(base: string, options: OpenEventStreamOptions): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const listeners = new Set<() => void>();
    const headers: Record<string, string> = { cookie: options.cookie, accept: 'text/event-stream' };
    if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
    const req = http.get(`${base}/api/v1/events${options.search ?? ''}`, { headers }, (res) => {
      const stream: EventStreamClient = {
        status: res.statusCode ?? 0,
        events: [],
        lastEventId: undefined,
        close: () => req.destroy(),
        waitFor: (match, timeoutMs = 10_000) =>
          new Promise((found, fail) => {
            const check = () => {
              const event = stream.events.find(match);
              if (!event) return;
              listeners.delete(check);
              clearTimeout(timer);
              found(event);
            };
            const timer = setTimeout(() => {
              listeners.delete(check);
              fail(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(stream.events)}`));
            }, timeoutMs);
            listeners.add(check);
            check();
          }),
      };
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = new Map<string, string>();
          for (const line of block.split('\n')) {
            if (line.startsWith(':') || !line.includes(':')) continue;
            const colon = line.indexOf(':');
            fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
          }
          if (fields.has('id')) stream.lastEventId = fields.get('id');
          if (fields.has('event') || fields.has('data'))
            stream.events.push({
              event: fields.get('event') ?? 'message',
              id: fields.get('id'),
              data: JSON.parse(fields.get('data') ?? '{}'),
            });
          for (const listener of listeners) listener();
        }
      });
      resolve(stream);
    });
    req.on('error', reject);
  });
}
