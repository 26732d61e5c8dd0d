import { useStore } from '../../test/store-lifecycle';
import { RequestProjectionModel } from '../models/request-projection';
import { fillHolderSlots } from '../migration/upgrade-stored-data';
import { countRequestsHeldBy, holderSlots } from './holder-slots';

useStore();

/** A projection with just what the counts read. */
async function held(_id: string, handlingOrgIds: string[], extra: Record<string, unknown> = {}) {
  await RequestProjectionModel.collection.insertOne({
    _id: _id as never,
    handlingOrgIds,
    ...holderSlots(handlingOrgIds),
    ...extra,
  });
}

describe('holderSlots', () => {
  it('puts each holder in one slot, sorted, the rest beyond, and clears the slots left empty', () => {
    expect(holderSlots(['org-b', 'org-a', 'org-b'])).toEqual({
      handlingOrgId1: 'org-a',
      handlingOrgId2: 'org-b',
      handlingOrgId3: null,
      handlingOrgIdsBeyond: [],
    });
    expect(holderSlots(['e', 'd', 'c', 'b', 'a']).handlingOrgIdsBeyond).toEqual(['d', 'e']);
    expect(holderSlots([])).toEqual({
      handlingOrgId1: null,
      handlingOrgId2: null,
      handlingOrgId3: null,
      handlingOrgIdsBeyond: [],
    });
  });
});

describe('countRequestsHeldBy', () => {
  it('counts the requests an organisation holds, as the handlingOrgIds filter finds them, whatever its slot', async () => {
    await held('h-one', ['org-x']);
    await held('h-two', ['org-a', 'org-x'], { deadlineLevel: 'red' });
    await held('h-five', ['org-a', 'org-b', 'org-c', 'org-d', 'org-x'], { deadlineLevel: 'yellow' });
    await held('h-none', []);
    for (const orgId of ['org-x', 'org-a', 'org-d', 'org-none'])
      expect([orgId, await countRequestsHeldBy({}, orgId)]).toEqual([
        orgId,
        await RequestProjectionModel.countDocuments({ handlingOrgIds: orgId }),
      ]);
    expect(await countRequestsHeldBy({ deadlineLevel: { $in: ['yellow', 'red'] } }, 'org-x')).toBe(2);
  });

  it('counts stored requests once the upgrade gave them their slots', async () => {
    await RequestProjectionModel.collection.insertOne({ _id: 'h-old' as never, handlingOrgIds: ['org-old'] });
    expect(await countRequestsHeldBy({}, 'org-old')).toBe(0);
    expect(await fillHolderSlots()).toBe(1);
    expect(await countRequestsHeldBy({}, 'org-old')).toBe(1);
    expect(await fillHolderSlots()).toBe(0);
  });
});
