import { Schema, model } from 'mongoose';

/**
 * A claim on the next revision of a form or process version: `_id` is
 * `<collection>:<key>@<version>#r<revision>`. An edit first inserts its claim;
 * the unique `_id` lets exactly one of two concurrent edits from the same
 * revision win, on MongoDB and on FerretDB, whose conditional updates are not
 * atomic against each other.
 */
export interface DefinitionRevision {
  _id: string;
  by: string;
  at: Date;
}

const definitionRevisionSchema = new Schema<DefinitionRevision>(
  {
    _id: { type: String, required: true },
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export const DefinitionRevisionModel = model<DefinitionRevision>(
  'DefinitionRevision',
  definitionRevisionSchema,
  'definition_revisions',
);
