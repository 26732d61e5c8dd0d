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
