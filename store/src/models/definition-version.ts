import { Schema, model } from 'mongoose';
import type { FormDefinition } from '@tongban/forms';
import type { ProcessDefinition } from '@tongban/workflows';

/** draft → published → archived; a published version never changes. */
export type DefinitionStatus = 'draft' | 'published' | 'archived';

interface DefinitionVersion<T> {
  /** `${key}@${version}`: a published version is one `_id` read away. */
  _id: string;
  key: string;
  version: number;
  status: DefinitionStatus;
  definition: T;
  publishedAt?: Date;
}

export type FormVersion = DefinitionVersion<FormDefinition>;
export type ProcessVersion = DefinitionVersion<ProcessDefinition>;

function definitionSchema<T>() {
  const schema = new Schema<DefinitionVersion<T>>(
    {
      _id: { type: String, required: true },
      key: { type: String, required: true },
      version: { type: Number, required: true },
      status: { type: String, required: true, enum: ['draft', 'published', 'archived'] },
      definition: { type: Schema.Types.Mixed, required: true },
      publishedAt: Date,
    },
    { versionKey: false, timestamps: true, minimize: false },
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
