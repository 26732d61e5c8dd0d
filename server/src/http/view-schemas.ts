import { z } from 'zod';
import { inboxQuery, requestListQuery } from './schemas';

/** Saved views (the caller's named filters of a list) and batch decisions. */

/** The filters a view may keep: its list's query without paging. */
export const VIEW_FILTERS = {
  tasks: inboxQuery.omit({ page: true, pageSize: true }),
  requests: requestListQuery.omit({ page: true, pageSize: true }),
} as const;

export const savedViewBody = z
  .strictObject({
    name: z.string().trim().min(1).max(40),
    list: z.enum(['tasks', 'requests']).meta({ description: '`tasks`: GET /tasks; `requests`: GET /requests' }),
    filters: z
      .record(z.string().max(32), z.union([z.string().max(128), z.number()]))
      .meta({ description: 'Query parameters of that list (not page or pageSize); checked like the list checks them' }),
  })
  .meta({ examples: [{ name: '续贷待办', list: 'tasks', filters: { status: 'open', processKey: 'loan-renewal' } }] });

export const savedViewParams = z.strictObject({
  id: z
    .string()
    .regex(/^view-[a-z0-9]{1,32}$/)
    .meta({ examples: ['view-3f2b8c1e7a4d'] }),
});

export const savedViewListQuery = z.strictObject({
  list: z.enum(['tasks', 'requests']).optional().meta({ description: 'Only views of this list' }),
});

/** At most this many tasks per batch: each is one Temporal Update, done in turn. */
export const MAX_BATCH = 50;

export const batchActionBody = z
  .strictObject({
    action: z
      .enum(['approve', 'reject'])
      .meta({ description: '批量同意 approve or 批量驳回 reject (needs a comment)' }),
    taskIds: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9._@-]{1,128}$/)
          .meta({ description: 'A task id from the inbox' }),
      )
      .min(1)
      .max(MAX_BATCH)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate task id' }),
    comment: z.string().max(2000).optional().meta({ description: 'The same opinion on every task' }),
  })
  .meta({ examples: [{ action: 'approve', taskIds: ['req-0f3c9a7d2b1e4c5a8d6f7e90.1'], comment: '同意' }] });
