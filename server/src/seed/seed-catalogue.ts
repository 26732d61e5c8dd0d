import {
  definitionVersionRecord,
  FormVersionModel,
  isDuplicateKeyError,
  OrganisationModel,
  ProcessVersionModel,
  UserModel,
} from '@tongban/store';
import { seedDictionaries, seedForms } from '@tongban/forms';
import { seedProcesses } from '@tongban/workflows';
import { hashPassword } from '../auth/passwords';
import { cityData } from './city-data';
import { DEMO_PASSWORD, demoUserId } from './demo-data';
import { publishDictionariesIfMissing } from '../dictionaries/seed-dictionaries';

/**
 * Loads the seed catalogue on top of the demo data: the city's departments,
 * banks and enterprises with their people, the 306 growth-point enterprises
 * and their 包保 officials, and every seed form and process. Idempotent: each
 * record is inserted only if missing (what exists is left as it is: a changed
 * password stays changed), with one query and a few bulk inserts per
 * collection, so a second run costs a few round trips and changes nothing.
 */
export async function seedCatalogue(): Promise<{ created: number }> {
  const { organisations, users } = cityData();
  // One hash for every seed user: they share the demo password, and argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = await insertMissing(OrganisationModel, organisations);
  created += await insertMissing(
    UserModel,
    users.map(({ description: _description, ...user }) => ({
      _id: demoUserId(user.username),
      ...user,
      passwordHash,
      active: true,
    })),
  );
  created += await publishDictionariesIfMissing(seedDictionaries);
  created += await publishIfMissing(seedForms, 'forms');
  created += await publishIfMissing(seedProcesses, 'processes');
  return { created };
}

/** Publishes each definition version that is not stored yet; a published version is never rewritten. */
export async function publishIfMissing(
  definitions: readonly { key: string; version: number }[],
  collection: 'forms' | 'processes',
): Promise<number> {
  const publishedAt = new Date();
  let created = 0;
  for (const definition of definitions) {
    try {
      const record = definitionVersionRecord(definition, 'published', publishedAt);
      await (collection === 'forms' ? FormVersionModel.create(record) : ProcessVersionModel.create(record));
      created += 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return created;
}

/**
 * Inserts the documents whose `_id` is not stored yet. Bulk inserts of at most
 * 100: FerretDB on SQLite stalls on one command with hundreds of upserts, and
 * one `insertMany` per chunk is faster than upserts anyway.
 */
async function insertMissing<T extends { _id: string }>(
  model: {
    find(filter: object, projection: object): { lean(): PromiseLike<{ _id: string }[]> };
    insertMany(docs: T[], options: { ordered: false }): Promise<unknown>;
  },
  docs: T[],
): Promise<number> {
  const existing = new Set(
    (await model.find({ _id: { $in: docs.map((doc) => doc._id) } }, { _id: 1 }).lean()).map((doc) => doc._id),
  );
  const missing = docs.filter((doc) => !existing.has(doc._id));
  let inserted = 0;
  for (let start = 0; start < missing.length; start += 100) {
    const chunk = missing.slice(start, start + 100);
    try {
      await model.insertMany(chunk, { ordered: false });
      inserted += chunk.length;
    } catch (error) {
      // A concurrent seed inserted some of them first: they exist, which is all this wants.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return inserted;
}
