import { useStore } from '../../test/store-lifecycle';
import { OrganisationModel } from '../models/organisation';
import { organisationSearchFilter } from './search-organisations';

useStore();

const found = async (text: string) =>
  (await OrganisationModel.find(organisationSearchFilter(text), { _id: 1 }).sort({ _id: 1 }).lean()).map(
    (org) => org._id,
  );

describe('organisationSearchFilter', () => {
  it('finds by any part of the name, English name or credit code, full-width or not, and nothing else', async () => {
    await OrganisationModel.create([
      {
        _id: 'org-s-yinglian',
        name: '孝感英联科技（集团）有限公司',
        kind: 'enterprise',
        creditCode: '91420902MA4D8LW6XW',
      },
      { _id: 'org-s-tax', name: '云梦县税务局', nameEn: 'Yunmeng Tax Bureau', kind: 'department' },
      { _id: 'org-s-other', name: '孝感联创机械有限公司', kind: 'enterprise' },
    ]);
    expect(await found('英联科技')).toEqual(['org-s-yinglian']);
    expect(await found('(集团)')).toEqual(['org-s-yinglian']);
    expect(await found('（集团）有限')).toEqual(['org-s-yinglian']);
    expect(await found('ma4d8')).toEqual(['org-s-yinglian']);
    expect(await found('ＴＡＸ bureau')).toEqual(['org-s-tax']);
    expect(await found('孝感')).toEqual(['org-s-other', 'org-s-yinglian']);
    expect(await found('联科创')).toEqual([]);
    expect(await found('   ')).toEqual([]);
  });
});
