import { z } from 'zod';

/**
 * The Temporal codec server protocol (what the Temporal UI and CLI send to
 * `--codec-endpoint`): Payloads as proto3 JSON, so the data and each metadata
 * value are base64. Other fields of a Payload are dropped.
 */
const payloadJson = z
  .object({
    metadata: z
      .record(z.string().max(256), z.base64())
      .optional()
      .meta({ description: 'Metadata values, base64 (`encoding`, `encryption-key-id`, …)' }),
    data: z.base64().optional().meta({ description: 'The payload’s bytes, base64' }),
  })
  .meta({ description: 'A Temporal Payload in proto3 JSON' });

export const codecPayloads = z.object({ payloads: z.array(payloadJson).max(1000) }).meta({
  examples: [{ payloads: [{ metadata: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==' }, data: 'q83v' }] }],
});
export type CodecPayloadsJson = z.output<typeof codecPayloads>;

/** The namespace the Temporal UI says the payloads come from (`X-Namespace`); only recorded, never trusted. */
export const codecNamespaceHeader = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,255}$/)
  .optional();
