import { compileFormModel } from './compile-form-model';
import { dictionaryReferencesInSchema, pinDictionaryChoices, type PublishedDictionary } from './dictionary-choices';
import { createField, insertField } from './edit-form-model';
import { emptyFormModel, type FormModel } from './form-model';
import { jsonEqual } from './json-value';
import { parseFormSchema } from './parse-form-schema';

const SIZE_V1: PublishedDictionary = {
  key: 'enterprise-size',
  version: 1,
  entries: [
    { value: 'large', label: '大型' },
    { value: 'small', label: '小型' },
  ],
};

/** A select, a radio group in a section and a checkbox group in a table, each from a dictionary. */
function dictionaryModel(): FormModel {
  let model = emptyFormModel('字典');
  const options = [{ value: 'large', label: '大型' }];
  const select = createField(model, 'select');
  model = insertField(
    model,
    { ...select, key: 'size', options, dictionary: { key: 'enterprise-size', version: 1 } },
    null,
    0,
  );
  const section = createField(model, 'section');
  model = insertField(model, { ...section, key: 'profile' }, null, 1);
  const radio = createField(model, 'radio');
  model = insertField(model, { ...radio, key: 'industry', dictionary: { key: 'industry' } }, section.uid, 0);
  const table = createField(model, 'table');
  model = insertField(model, { ...table, key: 'lines' }, null, 2);
  const checkbox = createField(model, 'checkbox');
  model = insertField(
    model,
    { ...checkbox, key: 'sizes', dictionary: { key: 'enterprise-size', version: 1 } },
    table.uid,
    0,
  );
  return model;
}

describe('choices from a dictionary', () => {
  it('record the dictionary beside the options and read back the same', () => {
    const { schema, uiSchema } = compileFormModel(dictionaryModel());
    expect(schema.properties).toMatchObject({
      size: { oneOf: [{ const: 'large', title: '大型' }], 'x-dictionary': { key: 'enterprise-size', version: 1 } },
      profile: { properties: { industry: { 'x-dictionary': { key: 'industry' } } } },
      lines: {
        items: { properties: { sizes: { items: { 'x-dictionary': { key: 'enterprise-size', version: 1 } } } } },
      },
    });
    const parsed = parseFormSchema(schema, uiSchema);
    expect(parsed.fields[0]).toMatchObject({ kind: 'select', dictionary: { key: 'enterprise-size', version: 1 } });
    expect(parsed.fields[1]?.children?.[0]).toMatchObject({ kind: 'radio', dictionary: { key: 'industry' } });
    expect(parsed.fields[2]?.children?.[0]).toMatchObject({ kind: 'checkbox', dictionary: { key: 'enterprise-size' } });
    const again = compileFormModel(parsed);
    expect(jsonEqual(again.schema, schema) && jsonEqual(again.uiSchema, uiSchema)).toBe(true);
  });

  it('are found wherever they sit in the schema', () => {
    const { schema } = compileFormModel(dictionaryModel());
    expect(dictionaryReferencesInSchema(schema)).toEqual([
      { path: '/properties/size', key: 'enterprise-size' },
      { path: '/properties/profile/properties/industry', key: 'industry' },
      { path: '/properties/lines/items/properties/sizes/items', key: 'enterprise-size' },
    ]);
  });

  it('are pinned to a published version: its entries become the options, its number is recorded', () => {
    const { schema } = compileFormModel(dictionaryModel());
    const sizeV2 = { ...SIZE_V1, version: 2, entries: [...SIZE_V1.entries, { value: 'micro', label: '微型' }] };
    const pinned = pinDictionaryChoices(schema, new Map([['enterprise-size', sizeV2]]));
    const oneOf = sizeV2.entries.map((entry) => ({ const: entry.value, title: entry.label }));
    expect(pinned.schema.properties).toMatchObject({
      size: { oneOf, 'x-dictionary': { key: 'enterprise-size', version: 2 } },
      lines: { items: { properties: { sizes: { items: { oneOf, 'x-dictionary': { version: 2 } } } } } },
    });
    expect(pinned.missing).toEqual([{ path: '/properties/profile/properties/industry', key: 'industry' }]);
    // The model the designer reads back from a pinned form shows the pinned entries.
    const parsed = parseFormSchema(pinned.schema, compileFormModel(dictionaryModel()).uiSchema);
    expect(parsed.fields[0]?.options).toEqual([...SIZE_V1.entries, { value: 'micro', label: '微型' }]);
    expect(parsed.fields[0]?.dictionary).toEqual({ key: 'enterprise-size', version: 2 });
  });
});
