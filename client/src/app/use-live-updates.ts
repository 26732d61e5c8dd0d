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

/**
 * Live updates over the server's SSE stream (`GET /api/v1/events`): a changed
 * request refreshes the requests shown, a change in one's inbox refreshes the
 * inbox, and a notification (a new task, a reminder, a return) pops up with a
 * link to its request. EventSource reconnects by itself (the server asks for
 * 5 s); the polling the lists already do covers any gap.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  const navigate = useNavigate();

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/v1/events', { withCredentials: true });
    // Each event names a request (`requestId`, `revision`, `status`); the lists and the open detail refetch.
    const onRequest = () => void queryClient.invalidateQueries({ queryKey: ['requests'] });
    const onInbox = () => void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    const onNotification = (event: MessageEvent<string>) => {
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
    source.addEventListener('request', onRequest);
    source.addEventListener('inbox', onInbox);
    source.addEventListener('notification', onNotification);
    return () => source.close();
  }, [queryClient, notification, navigate]);
}
