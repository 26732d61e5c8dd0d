import { z } from 'zod';

/** Responses of saved views and batch decisions. */

export const savedViewSchema = z
  .strictObject({
    id: z.string().meta({ examples: ['view-3f2b8c1e7a4d'] }),
    name: z.string(),
    list: z.enum(['tasks', 'requests']),
    filters: z.record(z.string(), z.union([z.string(), z.number()])),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ description: 'A saved list view: which list, and its filters as query parameters' });

export const savedViewListSchema = z.strictObject({ items: z.array(savedViewSchema) });

export const batchResultSchema = z
  .strictObject({
    results: z.array(
      z.union([
        z.strictObject({
          taskId: z.string(),
          ok: z.literal(true),
          requestId: z.string(),
          requestStatus: z.string().meta({ description: 'The request after this decision' }),
        }),
        z.strictObject({
          taskId: z.string(),
          ok: z.literal(false),
          error: z.strictObject({
            code: z.string().meta({ description: 'As `POST /tasks/{id}/actions` would answer' }),
            message: z.string(),
          }),
        }),
      ]),
    ),
    succeeded: z.number().int(),
    failed: z.number().int(),
  })
  .meta({ description: 'What happened to each task, in the order sent' });
