import { dictionaryReferencesInSchema, pinDictionaryChoices, type PublishedDictionary } from '@tongban/forms/designer';
import type { FieldError } from '@tongban/forms';
import type { Language } from '../http/language';
import { newestPublishedDictionaries } from './manage-dictionaries';

type JsonObject = Record<string, unknown>;

/**
 * A form about to be published with its dictionary-backed choices
 * (`x-dictionary`) set to each dictionary's newest published version: the
 * entries are copied into the schema and the version recorded, so the
 * published form keeps them whatever later versions of the dictionary say.
 * A choice naming a dictionary with no published version is a problem to fix
 * before publishing. `definition` is returned as it was when it names none.
 */
export async function pinFormDictionaries(
  definition: JsonObject,
  language: Language,
): Promise<{ definition: JsonObject; problems: FieldError[]; pinned: { key: string; version: number }[] }> {
  const schema = definition.schema;
  const references = dictionaryReferencesInSchema(schema);
  if (references.length === 0 || typeof schema !== 'object' || schema === null)
    return { definition, problems: [], pinned: [] };
  const stored = await newestPublishedDictionaries(references.map((reference) => reference.key));
  const dictionaries = new Map<string, PublishedDictionary>(
    [...stored.values()].map((version) => [
      version.key,
      {
        key: version.key,
        version: version.version,
        entries: version.entries.map((entry) => ({ value: entry.value, label: entry.label })),
      },
    ]),
  );
  const result = pinDictionaryChoices(schema as JsonObject, dictionaries);
  const problems = result.missing.map(({ path, key }) => ({
    path: `/schema${path}`,
    message: language === 'en' ? `dictionary "${key}" has no published version` : `数据字典“${key}”不存在或尚未发布`,
  }));
  const pinned = [...dictionaries.values()].map(({ key, version }) => ({ key, version }));
  return { definition: { ...definition, schema: result.schema }, problems, pinned };
}
