import { z } from 'zod';
import { inboxQuery, requestListQuery } from './schemas';

/**
 * The spreadsheet exports take their list's query without paging: the same
 * filters, checked the same way, and every row they select (up to the cap).
 */
export const requestExportQuery = requestListQuery.omit({ page: true, pageSize: true });
export const inboxExportQuery = inboxQuery.omit({ page: true, pageSize: true });

/** `GET /stats/growth-point-reports/export.xlsx`: which month's round. */
export const growthPointReportsQuery = z.strictObject({
  reportMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .meta({ description: 'The report month, `YYYY-MM` (the round of the 1st of the month after)', example: '2026-10' }),
});
