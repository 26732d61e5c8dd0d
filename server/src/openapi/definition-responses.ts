import { z } from 'zod';

/** Responses of the designers' API (form and process definitions). */

const dateTime = z.iso.datetime({ offset: true });
const status = z.enum(['draft', 'published', 'archived']);

export const definitionVersionSchema = z
  .strictObject({
    kind: z.enum(['forms', 'processes']),
    key: z.string(),
    version: z.number().int(),
    status,
    revision: z.number().int().meta({ description: 'The ETag is `"r<revision>"`' }),
    definition: z.record(z.string(), z.unknown()),
    createdAt: dateTime.optional(),
    updatedAt: dateTime.optional(),
    publishedAt: dateTime.optional(),
    archivedAt: dateTime.optional(),
    updatedBy: z.string().optional().meta({ description: 'User id of the last change' }),
  })
  .meta({ description: 'One version of a form or process definition' });

export const definitionListSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string().meta({ description: 'Of the newest version, in the caller’s language' }),
      versions: z.array(
        z.strictObject({
          version: z.number().int(),
          status,
          revision: z.number().int(),
          updatedAt: dateTime.optional(),
        }),
      ),
    }),
  ),
});

export const definitionExportSchema = z
  .strictObject({
    format: z.enum(['tongban.form/v1', 'tongban.process/v1']),
    exportedAt: dateTime,
    sourceVersion: z.number().int(),
    definition: z.record(z.string(), z.unknown()),
  })
  .meta({ description: 'A definition file; `POST …/import` reads it back' });

export const formUsedBySchema = z
  .strictObject({
    items: z.array(
      z.strictObject({
        key: z.string(),
        version: z.number().int().meta({ description: 'The process’s newest published version' }),
        name: z.string().meta({ description: 'In the caller’s language' }),
        references: z
          .array(
            z.strictObject({
              path: z.string().meta({ description: 'JSON Pointer into the process definition, e.g. `/form`' }),
              version: z.number().int().meta({ description: 'The older form version it pins' }),
            }),
          )
          .meta({ description: 'Where it names the form: `/form`, and `/steps/…/form` of 填报 steps' }),
      }),
    ),
  })
  .meta({ description: 'Published processes still on an older version of the form' });
