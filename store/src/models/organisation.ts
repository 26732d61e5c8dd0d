import { Schema, model } from 'mongoose';

export type OrganisationKind = 'department' | 'bank' | 'enterprise';

export interface Organisation {
  _id: string;
  name: string;
  nameEn?: string;
  kind: OrganisationKind;
  parentId?: string;
}

const organisationSchema = new Schema<Organisation>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: String,
    kind: { type: String, required: true, enum: ['department', 'bank', 'enterprise'] },
    parentId: String,
  },
  { versionKey: false, timestamps: true },
);

export const OrganisationModel = model<Organisation>('Organisation', organisationSchema, 'organisations');
