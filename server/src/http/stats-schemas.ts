import { z } from 'zod';

/** `GET /stats`: which requests to count. */
export const statsQuery = z.strictObject({
  processKey: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional()
    .meta({ description: 'Only this process' }),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Requests (and tasks) created at or after' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Created before' }),
});
