import mongoose from 'mongoose';
import { connectStore, disconnectStore } from '../src';

/** Connects to the database the jest harness started, and empties it between test files. */
export function useStore(): void {
  beforeAll(async () => {
    const uri = process.env.MONGODB_URI;
    if (!uri) throw new Error('MONGODB_URI is not set: run the tests through jest, which starts the database');
    await connectStore(uri);
  });
  afterAll(async () => {
    await mongoose.connection.db?.dropDatabase();
    await disconnectStore();
  });
}
