import { useStore } from '../../test/store-lifecycle';
import { organisationSearchFilter } from '../directory/search-organisations';
import { OrganisationModel } from './organisation';

useStore();

/** The ids an administrator's search for `text` finds. */
async function found(text: string): Promise<string[]> {
  const orgs = await OrganisationModel.find(organisationSearchFilter(text), { _id: 1 }).sort({ _id: 1 }).lean();
  return orgs.map((org) => org._id);
}

describe('an organisation stays findable by what it is called now', () => {
  it('after a rename, a removed English name, a new credit code and an upsert; other changes keep its grams', async () => {
    await OrganisationModel.create({
      _id: 'org-grams',
      name: '孝感英联科技有限公司',
      nameEn: 'Yinglian Tech',
      kind: 'enterprise',
    });
    expect(await found('英联科技')).toEqual(['org-grams']);

    await OrganisationModel.updateOne({ _id: 'org-grams' }, { $set: { name: '孝感晨曦精密机械有限公司' } });
    expect(await found('晨曦精密')).toEqual(['org-grams']);
    expect(await found('英联科技')).toEqual([]);
    expect(await found('yinglian')).toEqual(['org-grams']);

    await OrganisationModel.updateOne({ _id: 'org-grams' }, { $unset: { nameEn: 1 } });
    expect(await found('yinglian')).toEqual([]);
    expect(await found('晨曦精密')).toEqual(['org-grams']);

    await OrganisationModel.updateOne({ _id: 'org-grams' }, { $set: { creditCode: '91420900MA49XXXX1Y' } });
    expect(await found('MA49')).toEqual(['org-grams']);
    const before = (await OrganisationModel.findById('org-grams').lean())?.searchGrams;
    await OrganisationModel.updateOne({ _id: 'org-grams' }, { $set: { contactPhone: '0712-1234567' } });
    expect((await OrganisationModel.findById('org-grams').lean())?.searchGrams).toEqual(before);

    await OrganisationModel.updateOne(
      { _id: 'org-upserted' },
      { $setOnInsert: { name: '云梦县行政审批局', kind: 'department' } },
      { upsert: true },
    );
    expect(await found('行政审批')).toEqual(['org-upserted']);
    // An upsert that finds the organisation leaves it as it is.
    await OrganisationModel.updateOne(
      { _id: 'org-upserted' },
      { $setOnInsert: { name: '别的名字', kind: 'department' } },
      { upsert: true },
    );
    expect(await found('行政审批')).toEqual(['org-upserted']);
    expect(await found('别的名字')).toEqual([]);
  });
});
