import { z } from 'zod';

/** Bodies and parameters of the dictionaries' API (数据字典). */

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .meta({ description: 'Lowercase letters, digits and hyphens', examples: ['industry'] });

export const dictionaryKeyParams = z.strictObject({ key });

export const dictionaryVersionParams = z.strictObject({
  key,
  version: z.coerce.number().int().min(1).max(1_000_000).meta({ description: 'Version number, from 1' }),
});

const entry = z.strictObject({
  value: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .meta({ description: 'What forms store; stable across versions', examples: ['C'] }),
  label: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ description: 'What people read (zh-CN)', examples: ['制造业'] }),
  labelEn: z.string().trim().min(1).max(200).optional(),
});

/** The most entries one dictionary holds: a choice longer than this is no choice a person makes from a list. */
export const MAX_DICTIONARY_ENTRIES = 500;

const content = {
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ examples: ['企业规模'] }),
  nameEn: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().max(1000).optional(),
  entries: z
    .array(entry)
    .min(1)
    .max(MAX_DICTIONARY_ENTRIES)
    .refine((entries) => new Set(entries.map((one) => one.value)).size === entries.length, {
      message: 'each value once',
    })
    .meta({ description: 'In the order forms show them; values unique' }),
};

export const dictionaryDraftBody = z.strictObject({ key, ...content }).meta({
  description: 'A new draft: version 1 of a new key, or the next version of one',
  examples: [
    {
      key: 'enterprise-size',
      name: '企业规模',
      entries: [
        { value: 'large', label: '大型' },
        { value: 'medium', label: '中型' },
      ],
    },
  ],
});

export const dictionaryUpdateBody = z.strictObject(content).meta({ description: 'The draft as the editor has it now' });
