import { z } from 'zod';

/**
 * Bodies and parameters of form and process definitions (the designers' API).
 * A definition is passed through as JSON and checked in full when published
 * (`validateProcessDefinition`, `validateFormDefinition`); a draft only needs its key.
 */

export const DEFINITION_KINDS = ['forms', 'processes'] as const;
export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .meta({ description: 'Lowercase letters, digits and hyphens', examples: ['loan-renewal'] });

export const definitionKindParams = z.strictObject({
  kind: z.enum(DEFINITION_KINDS).meta({ description: '`forms` or `processes`' }),
});

export const definitionVersionParams = z.strictObject({
  kind: z.enum(DEFINITION_KINDS).meta({ description: '`forms` or `processes`' }),
  key,
  version: z.coerce.number().int().min(1).max(1_000_000).meta({ description: 'Version number, from 1' }),
});

export const definitionListQuery = z.strictObject({
  status: z
    .enum(['draft', 'published', 'archived'])
    .optional()
    .meta({ description: 'Only keys with a version in this status' }),
  q: z.string().trim().min(1).max(64).optional().meta({ description: 'Part of the key or name' }),
});

const definition = z.looseObject({ key }).meta({
  description:
    'The form (key, title, schema, uiSchema, example) or process definition (key, name, form, steps); `version` is set by the server',
});

export const draftBody = z.strictObject({ definition }).meta({
  description: 'A draft: the definition as the designer has it now',
  examples: [
    {
      definition: {
        key: 'tax-refund',
        title: { zh: '退税申请' },
        schema: { type: 'object', properties: { amount: { type: 'number', title: '金额' } } },
        uiSchema: {},
        example: { amount: 1 },
      },
    },
  ],
});

/** What `…/export` writes and `…/import` reads: one definition, named by kind, so a file lands in the right designer. */
export const EXPORT_FORMATS = { forms: 'tongban.form/v1', processes: 'tongban.process/v1' } as const;

export const importBody = z
  .strictObject({
    format: z.enum([EXPORT_FORMATS.forms, EXPORT_FORMATS.processes]).meta({ description: 'From the exported file' }),
    exportedAt: z.string().max(64).optional(),
    sourceVersion: z.number().int().optional().meta({ description: 'The version it was exported from (informative)' }),
    definition,
  })
  .meta({ description: 'A file written by `…/export`; becomes a new draft version of its key' });
