import { Schema, model } from 'mongoose';

/** One entry of a dictionary: the value forms store, and what people read. */
export interface DictionaryEntry {
  value: string;
  label: string;
  /** The English label, when there is one. */
  labelEn?: string;
}

/** draft → published; a published version never changes (forms pin it), a new version replaces it. */
export type DictionaryStatus = 'draft' | 'published';

/**
 * One version of an administrator-managed dictionary (数据字典: 行业分类,
 * 企业规模 …). Versioned like form definitions: a form pins the version that
 * was newest when it was published, copying its entries into its schema, so
 * editing a dictionary never changes a published form.
 */
export interface DictionaryVersion {
  /** `${key}@${version}`. */
  _id: string;
  key: string;
  version: number;
  status: DictionaryStatus;
  name: string;
  nameEn?: string;
  description?: string;
  entries: DictionaryEntry[];
  /** Bumped by every change: the API's ETag, so two editors cannot overwrite each other. */
  revision: number;
  publishedAt?: Date;
  /** Who last changed it (user id); absent for seeded versions. */
  updatedBy?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

export const dictionaryVersionId = (key: string, version: number) => `${key}@${version}`;

const dictionaryVersionSchema = new Schema<DictionaryVersion>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, required: true, enum: ['draft', 'published'] },
    name: { type: String, required: true },
    nameEn: String,
    description: String,
    entries: {
      type: [new Schema<DictionaryEntry>({ value: String, label: String, labelEn: String }, { _id: false })],
      default: [],
    },
    revision: { type: Number, default: 1 },
    publishedAt: Date,
    updatedBy: String,
  },
  { versionKey: false, timestamps: true },
);
dictionaryVersionSchema.index({ key: 1, version: 1 }, { unique: true });
// What everyone signed in reads: the published versions, by key.
dictionaryVersionSchema.index({ status: 1, key: 1 });

export const DictionaryVersionModel = model<DictionaryVersion>(
  'DictionaryVersion',
  dictionaryVersionSchema,
  'dictionary_versions',
);
