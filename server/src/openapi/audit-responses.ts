import { z } from 'zod';

/** Responses of `/audit`. */

const person = { userId: z.string(), displayName: z.string() };

export const auditEntrySchema = z
  .strictObject({
    id: z.string().meta({ description: '`requestId:seq`', examples: ['req-0f3c9a7d2b1e4c5a8d6f7e90:00000002'] }),
    requestId: z.string(),
    processKey: z.string(),
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
    detail: z.record(z.string(), z.unknown()).optional(),
    prevHash: z.string().meta({ description: 'The previous entry’s hash (64 zeros for the first)' }),
    hash: z.string().meta({ description: 'SHA-256 over this entry and prevHash' }),
  })
  .meta({ description: 'One entry of a request’s audit chain' });

export const auditPageSchema = z.strictObject({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const auditVerificationSchema = z
  .strictObject({
    ok: z.boolean().meta({ description: 'Every chain checked holds' }),
    requests: z.number().int().meta({ description: 'Chains checked' }),
    entries: z.number().int().meta({ description: 'Entries checked' }),
    broken: z.array(
      z.strictObject({
        requestId: z.string(),
        brokenAtSeq: z.number().int().meta({ description: 'The first entry that does not verify' }),
        reason: z.enum(['hash_mismatch', 'broken_link', 'gap']).meta({
          description:
            'hash_mismatch: the entry was edited; broken_link: its prevHash is not the previous hash; gap: an entry is missing',
        }),
      }),
    ),
  })
  .meta({ description: 'Whether the audit chains hold, and where each broken one first breaks' });

export const auditCsvSchema = z.string().meta({
  description: 'UTF-8 with a byte order mark (Excel shows Chinese), CRLF lines, a header row in the caller’s language',
});
