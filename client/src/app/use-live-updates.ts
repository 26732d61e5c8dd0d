import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

/** A notification as `GET /events` sends it (already in the UI language). */
interface LiveNotification {
  id: string;
  kind: string;
  title: string;
  requestId?: string;
}

/** After the server refused a reconnect (e.g. a 502 while an API process restarts), try again this much later, doubling. */
const REOPEN_AFTER_MS = 5000;
const REOPEN_AT_MOST_MS = 60_000;

/**
 * Live updates over the server's SSE stream (`GET /api/v1/events`): a changed
 * request refreshes the requests shown, a change in one's inbox refreshes the
 * inbox, and a notification (a new task, a reminder, a return) pops up with a
 * link to its request.
 *
 * Every event has an id (a cursor). After a network blip EventSource
 * reconnects by itself (the server asks for 2 s) and sends the last id as
 * `Last-Event-ID`; whichever API process answers replays what was missed. When
 * the server cannot (`resync`: away too long, too much changed), every cached
 * query is refetched. A refused reconnect closes an EventSource for good, so a
 * new one is opened, resuming from the last id through `?lastEventId=`.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  const navigate = useNavigate();

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    let source: EventSource | undefined;
    let lastEventId = '';
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let refusals = 0;
    const remember = (event: MessageEvent<string>) => {
      if (event.lastEventId) lastEventId = event.lastEventId;
    };
    // Each event names a request (`requestId`, `revision`, `status`); the lists and the open detail refetch.
    const onRequest = (event: MessageEvent<string>) => {
      remember(event);
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
    };
    const onInbox = (event: MessageEvent<string>) => {
      remember(event);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    };
    // What was missed cannot be replayed: everything shown may be stale.
    const onResync = (event: MessageEvent<string>) => {
      remember(event);
      void queryClient.invalidateQueries();
    };
    const onNotification = (event: MessageEvent<string>) => {
      remember(event);
      const item = JSON.parse(event.data) as LiveNotification;
      notification.info({
        key: item.id,
        title: item.title,
        placement: 'bottomRight',
        ...(item.requestId
          ? {
              onClick: () => void navigate(`/requests/${encodeURIComponent(item.requestId ?? '')}`),
              style: { cursor: 'pointer' },
            }
          : {}),
      });
    };
    const open = () => {
      const url = lastEventId ? `/api/v1/events?lastEventId=${encodeURIComponent(lastEventId)}` : '/api/v1/events';
      const current = new EventSource(url, { withCredentials: true });
      current.addEventListener('request', onRequest);
      current.addEventListener('inbox', onInbox);
      current.addEventListener('notification', onNotification);
      current.addEventListener('resync', onResync);
      current.addEventListener('open', () => {
        refusals = 0;
      });
      current.addEventListener('error', () => {
        if (current.readyState !== EventSource.CLOSED) return;
        reopen = setTimeout(open, Math.min(REOPEN_AT_MOST_MS, REOPEN_AFTER_MS * 2 ** refusals));
        refusals += 1;
      });
      source = current;
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [queryClient, notification, navigate]);
}
