import mongoose from 'mongoose';
import { useStore } from '../../test/store-lifecycle';
import { allOf, type Filter } from './all-of';

useStore();

describe('allOf', () => {
  it('writes what CASL and the list routes combine as plain top-level fields', () => {
    expect(
      allOf({ $or: [{ applicantOrgId: 'org-1' }] }, { status: 'running' }, { processKey: 'loan-renewal' }),
    ).toEqual({ applicantOrgId: 'org-1', status: 'running', processKey: 'loan-renewal' });
    expect(allOf({ $or: [{ participantIds: { $in: ['u-1'] } }] })).toEqual({ participantIds: 'u-1' });
    expect(allOf({ $and: [{ assigneeId: 'u-1' }, { status: 'open' }] })).toEqual({ assigneeId: 'u-1', status: 'open' });
    expect(allOf({}, { status: 'open' })).toEqual({ status: 'open' });
  });

  it('keeps under $and what cannot be merged', () => {
    expect(
      allOf(
        { createdAt: { $gte: 'a' } },
        { createdAt: { $lt: 'b' } },
        { $or: [{ kind: 'cc' }, { status: 'informed' }] },
        { $or: [{ x: 1 }, { y: 2 }] },
      ),
    ).toEqual({
      createdAt: { $gte: 'a' },
      $and: [
        { createdAt: { $lt: 'b' } },
        { $or: [{ kind: 'cc' }, { status: 'informed' }] },
        { $or: [{ x: 1 }, { y: 2 }] },
      ],
    });
    expect(allOf({ status: { $in: ['approved', 'rejected'] } })).toEqual({ status: { $in: ['approved', 'rejected'] } });
  });

  it('keeps a condition given twice once, so a filter repeating the read rule stays plain', () => {
    expect(allOf({ $or: [{ 'filedBy.userId': 'u-1' }] }, { 'filedBy.userId': 'u-1' }, { status: 'open' })).toEqual({
      'filedBy.userId': 'u-1',
      status: 'open',
    });
    expect(allOf({ createdAt: { $gte: 'a' } }, { createdAt: { $gte: 'a' } })).toEqual({ createdAt: { $gte: 'a' } });
    expect(allOf({ status: 'open' }, { status: 'done' })).toEqual({ status: 'open', $and: [{ status: 'done' }] });
  });

  it('matches on the database exactly what the $and of its conditions matches, arrays included', async () => {
    const collection = mongoose.connection.collection('all_of_probe');
    await collection.insertMany([
      { _id: 'a' as never, applicantOrgId: 'org-1', status: 'running', participantIds: ['u-1', 'u-2'], createdAt: '1' },
      { _id: 'b' as never, applicantOrgId: 'org-1', status: 'completed', participantIds: ['u-2'], createdAt: '2' },
      { _id: 'c' as never, applicantOrgId: 'org-2', status: 'running', participantIds: 'u-1', createdAt: '3' },
      { _id: 'd' as never, applicantOrgId: ['org-1'], status: 'running', createdAt: '4' },
      { _id: 'e' as never, status: 'running', kind: 'cc', createdAt: '5' },
    ]);
    const cases: Filter[][] = [
      [{ $or: [{ applicantOrgId: 'org-1' }] }, { status: 'running' }],
      [{ $or: [{ participantIds: { $in: ['u-1'] } }] }, { status: 'running' }],
      [{ status: 'running' }, { $or: [{ kind: 'cc' }, { applicantOrgId: 'org-2' }] }],
      [{ createdAt: { $gte: '2' } }, { createdAt: { $lt: '5' } }, { status: 'running' }],
      [{ $or: [{ applicantOrgId: 'org-1' }] }, { applicantOrgId: 'org-1' }],
    ];
    for (const conditions of cases) {
      const ids = async (filter: Filter) =>
        (await collection.find(filter).sort({ _id: 1 }).toArray()).map(({ _id }) => _id);
      expect(await ids(allOf(...conditions))).toEqual(await ids({ $and: conditions }));
    }
  });
});
