import { ApplicationFailure } from '@temporalio/activity';
import { connectStore, disconnectStore, RequestProjectionModel } from '@tongban/store';
import { loanRenewalProcess, startProcess } from '@tongban/workflows';
import mongoose from 'mongoose';
import { DOCUMENT_REFUSED, refusingUnstorableForGood } from './refuse-or-retry';

// What the real database says of a document it will never store, and of one it stores.

beforeAll(async () => {
  await connectStore(process.env.MONGODB_URI!);
});

afterAll(async () => {
  await mongoose.connection.db?.dropDatabase();
  await disconnectStore();
});

const applicant = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐' };

function projectionNamed(requestId: string, name: Record<string, unknown>) {
  const { state } = startProcess({
    requestId,
    definition: loanRenewalProcess,
    applicant,
    data: { matrix: [[1]] },
    at: '2026-01-05T01:00:00.000Z',
  });
  return { _id: requestId, ...state, processKey: 'k', processVersion: 1, processName: name } as never;
}

describe('refusingUnstorableForGood', () => {
  it('fails for good (non-retryable DOCUMENT_REFUSED) when the database refuses the document itself', async () => {
    const write = refusingUnstorableForGood((document: object) =>
      RequestProjectionModel.collection.insertOne(document as never),
    );
    const failure = await write(projectionNamed('r-refused', { zh: '续贷', 'zh.hans': 'x' })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: DOCUMENT_REFUSED, nonRetryable: true });
    expect(await RequestProjectionModel.exists({ _id: 'r-refused' })).toBeNull();
  });

  it('stays retryable for anything else, and passes what a write returns', async () => {
    const unreachable = refusingUnstorableForGood(async () => {
      throw new Error('connection refused');
    });
    const failure = await unreachable().catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(ApplicationFailure);
    const write = refusingUnstorableForGood(async () => 'written');
    expect(await write()).toBe('written');
  });
});
