import { CHOICE_KINDS, type ChoiceOption, type DesignerField } from './form-model';
import { isJsonObject, type JsonObject } from './json-value';

/**
 * Choices from a dictionary (数据字典): a select, radio group or checkbox group
 * whose options are an administrator-kept list (行业分类, 企业规模 …). The
 * schema stays self-contained: the options are written out as `oneOf` like any
 * other choice, and `x-dictionary: { key, version }` beside them records where
 * they came from. Publishing a form replaces them with the dictionary's newest
 * published version (`pinDictionaryChoices`), so a published form holds the
 * entries it was published with and never changes when the dictionary does.
 */
export const DICTIONARY_KEYWORD = 'x-dictionary';

/** Which dictionary a choice field takes its options from; `version` is the one its options were copied from. */
export interface DictionaryReference {
  key: string;
  version?: number;
}

/** One entry of a dictionary, as a form's choices need it. */
export interface DictionaryEntryChoice {
  value: string;
  label: string;
}

/** A published dictionary version: what a form pins. */
export interface PublishedDictionary {
  key: string;
  version: number;
  entries: readonly DictionaryEntryChoice[];
}

/** The options a field shows for a dictionary's entries. */
export function dictionaryOptions(dictionary: PublishedDictionary): ChoiceOption[] {
  return dictionary.entries.map((entry) => ({ value: entry.value, label: entry.label }));
}

/** `schema` of a compiled choice field with its dictionary recorded on the node that holds the `oneOf`. */
export function withDictionary(field: DesignerField, schema: JsonObject): JsonObject {
  if (!field.dictionary || !CHOICE_KINDS.includes(field.kind)) return schema;
  const keyword = {
    [DICTIONARY_KEYWORD]: {
      key: field.dictionary.key,
      ...(field.dictionary.version !== undefined ? { version: field.dictionary.version } : {}),
    },
  };
  if (field.kind === 'checkbox' && isJsonObject(schema.items))
    return { ...schema, items: { ...schema.items, ...keyword } };
  return { ...schema, ...keyword };
}

/** The dictionary a choice property names, if it names one the way `withDictionary` writes it. */
export function readDictionary(schema: JsonObject): DictionaryReference | undefined {
  const node = schema.type === 'array' && isJsonObject(schema.items) ? schema.items : schema;
  const reference = node[DICTIONARY_KEYWORD];
  if (!isJsonObject(reference) || typeof reference.key !== 'string') return undefined;
  const { key, version } = reference;
  if (Object.keys(reference).some((name) => name !== 'key' && name !== 'version')) return undefined;
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version))) return undefined;
  return { key, ...(typeof version === 'number' ? { version } : {}) };
}

/** Every dictionary a form's schema names, with where (a JSON Pointer into the schema). */
export function dictionaryReferencesInSchema(schema: unknown): { path: string; key: string }[] {
  const found: { path: string; key: string }[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => walk(child, `${path}/${index}`));
      return;
    }
    if (!isJsonObject(node)) return;
    const reference = node[DICTIONARY_KEYWORD];
    if (isJsonObject(reference) && typeof reference.key === 'string') found.push({ path, key: reference.key });
    for (const [name, child] of Object.entries(node))
      if (name !== DICTIONARY_KEYWORD) walk(child, `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  walk(schema, '');
  return found;
}

/**
 * The schema with every dictionary-backed choice set to the given published
 * version: its `oneOf` becomes the entries (`const` + `title`) and its
 * `x-dictionary.version` that version. Keys not in `dictionaries` are listed
 * in `missing` and left as they are.
 */
export function pinDictionaryChoices(
  schema: JsonObject,
  dictionaries: ReadonlyMap<string, PublishedDictionary>,
): { schema: JsonObject; missing: { path: string; key: string }[] } {
  const missing: { path: string; key: string }[] = [];
  const pin = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((child, index) => pin(child, `${path}/${index}`));
    if (!isJsonObject(node)) return node;
    const pinned: JsonObject = {};
    for (const [name, child] of Object.entries(node))
      pinned[name] =
        name === DICTIONARY_KEYWORD ? child : pin(child, `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    const reference = node[DICTIONARY_KEYWORD];
    if (!isJsonObject(reference) || typeof reference.key !== 'string') return pinned;
    const dictionary = dictionaries.get(reference.key);
    if (!dictionary) {
      missing.push({ path, key: reference.key });
      return pinned;
    }
    pinned.oneOf = dictionary.entries.map((entry) => ({ const: entry.value, title: entry.label }));
    pinned[DICTIONARY_KEYWORD] = { key: dictionary.key, version: dictionary.version };
    return pinned;
  };
  return { schema: pin(schema, '') as JsonObject, missing };
}
