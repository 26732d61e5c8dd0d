import { Schema, model } from 'mongoose';

export type OrganisationKind = 'department' | 'bank' | 'enterprise';

export interface Organisation {
  _id: string;
  name: string;
  nameEn?: string;
  kind: OrganisationKind;
  parentId?: string;
  /** 统一社会信用代码 of an enterprise. */
  creditCode?: string;
  /**
   * 重大增长点监测: the enterprise reports monthly; `groupId` is its 包保组, an
   * organisation whose leader is the responsible official (包保责任人) a missing
   * report escalates to.
   */
  growthPoint?: { groupId: string };
  /**
   * What the 办件编号 of requests this organisation accepts open with, e.g.
   * `云梦招商` in `云梦招商-20261202-0001`; set by administrators. Without it,
   * the start of the organisation's name (see `numberPrefixOf`).
   */
  numberPrefix?: string;
  /** An enterprise's profile, which its applications' enterprise fields are filled in from (and checked against at a window): 住所. */
  address?: string;
  /** 法定代表人. */
  legalRepresentative?: string;
  /** The enterprise's own telephone (mobile or landline), not a person's. */
  contactPhone?: string;
}

const organisationSchema = new Schema<Organisation>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    nameEn: String,
    kind: { type: String, required: true, enum: ['department', 'bank', 'enterprise'] },
    parentId: String,
    creditCode: String,
    numberPrefix: String,
    address: String,
    legalRepresentative: String,
    contactPhone: String,
    growthPoint: {
      type: new Schema({ groupId: { type: String, required: true } }, { _id: false }),
      default: undefined,
    },
  },
  { versionKey: false, timestamps: true },
);

// 办件查询's search box: an enterprise by its whole credit code, or by the start of its name.
organisationSchema.index({ creditCode: 1 });
organisationSchema.index({ name: 1 });

export const OrganisationModel = model<Organisation>('Organisation', organisationSchema, 'organisations');
