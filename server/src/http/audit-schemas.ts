import { z } from 'zod';
import { pagingFields } from './paging';

/** Filters of the audit log, its CSV export and its verification. */

/** The kinds of object administrative entries are about (store's `AuditObjectKind`). */
export const AUDIT_OBJECT_KINDS = ['organisation', 'user', 'form', 'process', 'dictionary', 'namespace'] as const;
const auditChain = z.enum(['administration', 'request']);

const instant = z.iso.datetime({ offset: true }).meta({ examples: ['2026-12-01T00:00:00+08:00'] });

const auditFilterFields = {
  requestId: z
    .string()
    // Its id (`req-…`) or its 办件编号 (云梦招商-20261202-0001): one word, as a number's prefix is. A
    // page filtering as the auditor types sends a number half typed, which matches nothing rather than failing.
    .regex(/^[^\s|\p{Cc}]{1,128}$/u)
    .optional()
    .meta({
      description: 'One request’s chain, by its id or its 办件编号',
      examples: ['云梦招商-20261202-0001'],
    }),
  actorId: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/)
    .optional()
    .meta({ description: 'Entries by this user' }),
  action: z
    .string()
    .regex(/^[a-z_]{1,32}$/)
    .optional()
    .meta({ description: 'approve, reject, return, transfer, …' }),
  processKey: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  from: instant.optional().meta({ description: 'At or after this instant' }),
  to: instant.optional().meta({ description: 'Before this instant' }),
  chain: auditChain.optional().meta({
    description:
      'administration: changes to organisations, users, definitions, substitutes, lockouts; request: requests’ entries',
  }),
  objectKind: z
    .enum(AUDIT_OBJECT_KINDS)
    .optional()
    .meta({ description: 'Administrative entries about this kind of object' }),
  objectId: z
    .string()
    .regex(/^[A-Za-z0-9._@:-]{1,160}$/)
    .optional()
    .meta({ description: 'Administrative entries about this object (an organisation or user id, `key@version`)' }),
};

export const auditListQuery = z.strictObject({ ...auditFilterFields, ...pagingFields });
export const auditExportQuery = z.strictObject(auditFilterFields);
export const auditVerifyQuery = z.strictObject({
  requestId: auditFilterFields.requestId.meta({ description: 'Check one request’s chain; all chains when absent' }),
  chain: z.literal('administration').optional().meta({ description: 'Check only the administration chain' }),
});

export type AuditFilterInput = z.output<typeof auditExportQuery>;
