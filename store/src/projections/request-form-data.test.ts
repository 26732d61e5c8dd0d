import { startProcess, loanRenewalProcess, type Party } from '@tongban/workflows';
import { useStore } from '../../test/store-lifecycle';
import { RequestProjectionModel } from '../models';
import { findProjectionDrift } from './projection-drift';
import { readRequestProjection } from './request-form-data';
import { toRequestProjection, writeRequestProjection } from './write-request-projection';

useStore();

const applicant: Party = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐' };

/** What no document database stores as a document: nested arrays, `.` and `$` in keys, NUL in a string. */
const awkward = {
  matrix: [[1, [2]], []],
  'a.b': { c$d: 'x', '🏭': 'before\u0000after' },
};

function started(requestId: string, data: Record<string, unknown>) {
  return startProcess({ requestId, definition: loanRenewalProcess, applicant, data, at: '2026-01-05T01:00:00.000Z' })
    .state;
}

describe('a request projection’s form data', () => {
  it('is stored as text and reads back exactly', async () => {
    const state = { ...started('r-text', awkward), stepData: { 'bank-record': awkward } };
    await writeRequestProjection(state);
    const stored = await RequestProjectionModel.findById('r-text').lean();
    expect(typeof stored?.data).toBe('string');
    expect(readRequestProjection(stored!)).toMatchObject({ data: awkward, stepData: { 'bank-record': awkward } });
    expect(await findProjectionDrift(state)).toEqual([]);
  });

  it('still reads from a projection written before, holding the object, which is no drift and is rewritten as text', async () => {
    const state = started('r-object', { purpose: '周转', amount: 6_000_000 });
    const { data, stepData } = toRequestProjection(state);
    await RequestProjectionModel.collection.insertOne({
      ...toRequestProjection(state),
      _id: 'r-object' as never,
      data,
      stepData,
    });
    const old = await RequestProjectionModel.findById('r-object').lean();
    expect(typeof old?.data).toBe('object');
    expect(readRequestProjection(old!)).toMatchObject({ data, stepData: {} });
    expect(await findProjectionDrift(state)).toEqual([]);

    await writeRequestProjection({ ...state, revision: state.revision + 1 });
    const rewritten = await RequestProjectionModel.findById('r-object').lean();
    expect([typeof rewritten?.data, readRequestProjection(rewritten!).data]).toEqual(['string', data]);
  });
});
