import type { SeedDictionary } from '@tongban/forms';
import { DictionaryVersionModel, dictionaryVersionId, isDuplicateKeyError } from '@tongban/store';

/** Publishes version 1 of each seed dictionary that has none yet; what administrators made of it since is left alone. */
export async function publishDictionariesIfMissing(dictionaries: readonly SeedDictionary[]): Promise<number> {
  const publishedAt = new Date();
  let created = 0;
  for (const dictionary of dictionaries) {
    try {
      await DictionaryVersionModel.create({
        _id: dictionaryVersionId(dictionary.key, 1),
        key: dictionary.key,
        version: 1,
        status: 'published',
        name: dictionary.name,
        nameEn: dictionary.nameEn,
        description: dictionary.description,
        entries: dictionary.entries,
        revision: 1,
        publishedAt,
      });
      created += 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return created;
}
