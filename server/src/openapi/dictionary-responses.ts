import { z } from 'zod';

/** Responses of the dictionaries' API. */

const dateTime = z.iso.datetime({ offset: true });
const status = z.enum(['draft', 'published']);

export const dictionaryEntrySchema = z.strictObject({
  value: z.string(),
  label: z.string(),
  labelEn: z.string().optional(),
});

export const dictionaryVersionSchema = z
  .strictObject({
    key: z.string(),
    version: z.number().int(),
    status,
    revision: z.number().int().meta({ description: 'The ETag is `"r<revision>"`' }),
    name: z.string(),
    nameEn: z.string().optional(),
    description: z.string().optional(),
    entries: z.array(dictionaryEntrySchema),
    createdAt: dateTime.optional(),
    updatedAt: dateTime.optional(),
    publishedAt: dateTime.optional(),
    updatedBy: z.string().optional().meta({ description: 'User id of the last change' }),
  })
  .meta({ description: 'One version of a dictionary (数据字典)' });

export const dictionaryListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string().meta({ description: 'Of the newest version the caller may see, in the caller’s language' }),
      published: dictionaryVersionSchema
        .optional()
        .meta({ description: 'The newest published version, with its entries: what a form published now pins' }),
      versions: z
        .array(z.strictObject({ version: z.number().int(), status, revision: z.number().int() }))
        .meta({ description: 'Newest first; drafts only for administrators' }),
    }),
  ),
});
