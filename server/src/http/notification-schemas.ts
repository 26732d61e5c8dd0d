import { z } from 'zod';
import { pagingFields } from './paging';

export const notificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional().meta({ description: '`true`: only unread ones' }),
  ...pagingFields,
});

export const notificationParams = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9._:@-]{1,200}$/)
    .meta({ description: 'A notification id from the list' }),
});

/** `GET /events`: where to resume, for clients that cannot set the `Last-Event-ID` header. */
export const eventStreamQuery = z.strictObject({
  lastEventId: z.string().optional().meta({
    description:
      'The `id` of the last event received, as the `Last-Event-ID` header carries it (which wins when both are sent)',
  }),
});
