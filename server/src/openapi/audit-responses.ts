import { z } from 'zod';
import { AUDIT_OBJECT_KINDS } from '../http/audit-schemas';

/** Responses of `/audit`. */

const person = { userId: z.string(), displayName: z.string() };

export const auditEntrySchema = z
  .strictObject({
    id: z.string().meta({
      description: '`requestId:seq`, or `administration:seq`',
      examples: ['req-0f3c9a7d2b1e4c5a8d6f7e90:00000002'],
    }),
    chain: z.enum(['request', 'administration']).meta({
      description: 'request: a request’s chain; administration: the one chain of administrative changes',
    }),
    requestId: z.string().optional().meta({ description: 'Request entries' }),
    processKey: z.string().optional().meta({ description: 'Request entries' }),
    object: z
      .strictObject({
        kind: z.enum(AUDIT_OBJECT_KINDS),
        id: z.string(),
        name: z.string().meta({ description: 'Its name at the time' }),
      })
      .optional()
      .meta({ description: 'Administrative entries: what was changed' }),
    seq: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actor: z
      .strictObject({
        ...person,
        orgId: z.string(),
        orgName: z.string(),
        onBehalfOf: z.looseObject(person).optional().meta({ description: 'A substitute acted for this person (代理)' }),
      })
      .nullable()
      .meta({ description: 'null: the system (a timer, the end of the process)' }),
    action: z.string(),
    stepId: z.string().optional(),
    comment: z.string().optional(),
    to: z.string().optional(),
    target: z.strictObject({ ...person, orgName: z.string() }).optional(),
    detail: z.record(z.string(), z.unknown()).optional().meta({
      description:
        'What else happened; on administrative entries `changes` ({ field: { before, after } }, null where none), `passwordChanged` (never the password)',
    }),
    prevHash: z.string().meta({ description: 'The previous entry’s hash (64 zeros for the first)' }),
    hash: z.string().meta({
      description: 'SHA-256 over this entry and prevHash (entries written since hash version 2: every stored field)',
    }),
  })
  .meta({ description: 'One entry of a request’s audit chain or of the administration chain' });

export const auditPageSchema = z.strictObject({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const chainBreak = {
  brokenAtSeq: z.number().int().meta({ description: 'The first entry that does not verify' }),
  reason: z.enum(['hash_mismatch', 'broken_link', 'gap', 'truncated']).meta({
    description:
      'hash_mismatch: the entry was edited; broken_link: its prevHash is not the previous hash; gap: an entry is missing; truncated: the chain ends before its anchor (the request’s record, the administration chain’s head) says it reached',
  }),
};

export const auditVerificationSchema = z
  .strictObject({
    ok: z.boolean().meta({ description: 'Every chain checked holds' }),
    requests: z.number().int().meta({ description: 'Chains checked' }),
    entries: z.number().int().meta({ description: 'Entries checked' }),
    broken: z.array(z.strictObject({ requestId: z.string(), ...chainBreak })),
    administration: z
      .strictObject({
        ok: z.boolean(),
        entries: z.number().int(),
        brokenAtSeq: chainBreak.brokenAtSeq.optional(),
        reason: chainBreak.reason.optional(),
      })
      .optional()
      .meta({ description: 'The administration chain (absent when one request was checked)' }),
  })
  .meta({ description: 'Whether the audit chains hold, and where each broken one first breaks' });

export const auditCsvSchema = z.string().meta({
  description: 'UTF-8 with a byte order mark (Excel shows Chinese), CRLF lines, a header row in the caller’s language',
});
