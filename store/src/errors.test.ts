import mongoose from 'mongoose';
import { useStore } from '../test/store-lifecycle';
import { isDuplicateKeyError } from './errors';

useStore();

describe('isDuplicateKeyError', () => {
  it('knows a unique key taken by an insert and by an update, on whichever database runs', async () => {
    const collection = mongoose.connection.collection('duplicate_probe');
    await collection.createIndex({ userId: 1, name: 1 }, { unique: true });
    await collection.insertMany([
      { _id: 'a' as never, userId: 'u-1', name: '到期的' },
      { _id: 'b' as never, userId: 'u-1', name: '本周的' },
    ]);
    const failure = (write: Promise<unknown>) =>
      write.then(
        () => undefined,
        (error: unknown) => error,
      );
    const inserted = await failure(collection.insertOne({ _id: 'c' as never, userId: 'u-1', name: '到期的' }));
    const updated = await failure(collection.updateOne({ _id: 'b' as never }, { $set: { name: '到期的' } }));
    expect([isDuplicateKeyError(inserted), isDuplicateKeyError(updated)]).toEqual([true, true]);
    expect(isDuplicateKeyError(await failure(collection.updateOne({ _id: 'b' as never }, { $inc: { name: 1 } })))).toBe(
      false,
    );
  });
});
