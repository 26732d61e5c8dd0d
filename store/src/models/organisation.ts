import { Schema, model } from 'mongoose';
import { searchGramsOf } from '../queries/search-grams';

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
  /**
   * The characters and pairs of the name, English name and credit code (`searchGramsOf`):
   * what a search by any part of them looks up (`organisationSearchFilter`). Kept by
   * by the model on `save` and `updateOne`, whichever fields an update changes.
   */
  searchGrams?: string[];
}

/** What an organisation's `searchGrams` are, from the fields a search looks in. */
export function organisationSearchGrams(org: Pick<Organisation, 'name' | 'nameEn' | 'creditCode'>): string[] {
  return searchGramsOf(org.name, org.nameEn, org.creditCode);
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
    searchGrams: { type: [String], default: undefined },
    growthPoint: {
      type: new Schema({ groupId: { type: String, required: true } }, { _id: false }),
      default: undefined,
    },
  },
  { versionKey: false, timestamps: true },
);

/** The fields `searchGrams` are made of. */
const SEARCHED_FIELDS = ['name', 'nameEn', 'creditCode'] as const;

organisationSchema.pre('save', function keepSearchGrams() {
  this.searchGrams = organisationSearchGrams(this);
});

// An update that changes a searched field gives the organisation its grams again, from the fields as they
// will be: the stored ones, with the update's `$set` and `$unset` laid over them. An upsert that inserts
// gets them from its `$setOnInsert` and `$set`.
organisationSchema.pre('updateOne', async function keepSearchGramsOnUpdate() {
  const update = (this.getUpdate() ?? {}) as {
    $set?: Partial<Organisation>;
    $unset?: Record<string, unknown>;
    $setOnInsert?: Partial<Organisation>;
  };
  const namesSearched = (part?: object) => part !== undefined && SEARCHED_FIELDS.some((key) => key in part);
  const changesStored = namesSearched(update.$set) || namesSearched(update.$unset);
  if (!changesStored && !namesSearched(update.$setOnInsert)) return;
  const stored = await this.model.findOne(this.getFilter(), { name: 1, nameEn: 1, creditCode: 1 }).lean<Organisation>();
  if (stored && changesStored) {
    const after: Partial<Organisation> = { ...stored, ...update.$set };
    for (const key of Object.keys(update.$unset ?? {})) delete after[key as keyof Organisation];
    this.setUpdate({
      ...update,
      $set: { ...update.$set, searchGrams: organisationSearchGrams(after as Organisation) },
    });
  } else if (!stored && this.getOptions().upsert) {
    const inserted = { ...update.$setOnInsert, ...update.$set } as Organisation;
    this.setUpdate({
      ...update,
      $setOnInsert: { ...update.$setOnInsert, searchGrams: organisationSearchGrams(inserted) },
    });
  }
});

// Search boxes: an enterprise by its whole credit code, or by any part of its name or code.
organisationSchema.index({ creditCode: 1 });
organisationSchema.index({ searchGrams: 1 });
// The dashboard's offices and departments: the departments and banks, not the city's enterprises.
organisationSchema.index({ kind: 1 });

export const OrganisationModel = model<Organisation>('Organisation', organisationSchema, 'organisations');
