import { Schema, model } from 'mongoose';
import type { FormDefinition } from '@tongban/forms';
import type { ProcessDefinition } from '@tongban/workflows';

/** draft → published → archived; a published version never changes. */
export type DefinitionStatus = 'draft' | 'published' | 'archived';

/**
 * One version of a form or process definition. The definition is kept as JSON
 * text: JSON Schema uses keys such as `$schema`, `$ref` and `$defs`, which
 * MongoDB-wire databases (FerretDB among them) refuse as document keys.
 */
interface DefinitionVersion<T> {
  /** `${key}@${version}`: a published version is one `_id` read away. */
  _id: string;
  key: string;
  version: number;
  status: DefinitionStatus;
  definitionJson: string;
  /** Bumped by every change (edit, publish, archive): the API's ETag, so two editors cannot overwrite each other. */
  revision: number;
  publishedAt?: Date;
  archivedAt?: Date;
  /** Who last changed it (user id); absent for seeded versions. */
  updatedBy?: string;
  /** Never set: carries the definition's type for `parseDefinition`. */
  readonly __definition?: T;
}

export type FormVersion = DefinitionVersion<FormDefinition>;
export type ProcessVersion = DefinitionVersion<ProcessDefinition>;

export function parseDefinition<T>(version: Pick<DefinitionVersion<T>, 'definitionJson'>): T {
  return JSON.parse(version.definitionJson) as T;
}

/** A new version record of a definition. */
export function definitionVersionRecord<T extends { key: string; version: number }>(
  definition: T,
  status: DefinitionStatus,
  publishedAt?: Date,
): DefinitionVersion<T> {
  return {
    _id: definitionVersionId(definition.key, definition.version),
    key: definition.key,
    version: definition.version,
    status,
    definitionJson: JSON.stringify(definition),
    revision: 1,
    ...(publishedAt ? { publishedAt } : {}),
  };
}

function definitionSchema<T>() {
  const schema = new Schema<DefinitionVersion<T>>(
    {
      _id: { type: String, required: true },
      key: { type: String, required: true },
      version: { type: Number, required: true },
      status: { type: String, required: true, enum: ['draft', 'published', 'archived'] },
      definitionJson: { type: String, required: true },
      revision: { type: Number, default: 1 },
      publishedAt: Date,
      archivedAt: Date,
      updatedBy: String,
    },
    { versionKey: false, timestamps: true },
  );
  schema.index({ key: 1, version: 1 }, { unique: true });
  schema.index({ status: 1, key: 1 });
  return schema;
}

export const definitionVersionId = (key: string, version: number) => `${key}@${version}`;

export const FormVersionModel = model<FormVersion>('FormVersion', definitionSchema<FormDefinition>(), 'form_versions');
export const ProcessVersionModel = model<ProcessVersion>(
  'ProcessVersion',
  definitionSchema<ProcessDefinition>(),
  'process_versions',
);
