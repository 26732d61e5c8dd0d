import { validateFormData } from '../validate-form-data';
import { compileFormModel } from './compile-form-model';
import { createField, insertField, updateField } from './edit-form-model';
import { emptyFormModel, type FormModel } from './form-model';
import { jsonEqual } from './json-value';
import { parseFormSchema } from './parse-form-schema';

/** A form with a county picker at the top and a city picker in a detail table, as the designer builds them. */
function regionModel(): FormModel {
  let model = emptyFormModel('地区');
  const county = createField(model, 'region');
  model = insertField(model, { ...county, key: 'county', title: '所在区县', required: true }, null, 0);
  const table = createField(model, 'table');
  model = insertField(model, { ...table, key: 'sites', title: '生产基地' }, null, 1);
  const city = createField(model, 'region');
  model = insertField(
    model,
    { ...city, key: 'city', title: '所在城市', regionDepth: 'city', required: true },
    table.uid,
    0,
  );
  return model;
}

let version = 0;
function validate(model: FormModel, data: Record<string, unknown>, language: 'zh-CN' | 'en' = 'zh-CN') {
  const { schema, uiSchema } = compileFormModel(model);
  return validateFormData(
    { key: 'regions', version: ++version, title: { zh: '地区' }, schema, uiSchema, example: {} },
    data,
    language,
  );
}

const YUNMENG = { code: '420923', names: ['湖北省', '孝感市', '云梦县'] };

describe('the region field', () => {
  it('compiles to a code with its names, the depth in the uiSchema, and reads back the same', () => {
    const model = regionModel();
    const { schema, uiSchema } = compileFormModel(model);
    expect(schema.properties).toMatchObject({
      county: {
        type: 'object',
        required: ['code', 'names'],
        properties: { code: { pattern: '^[0-9]{6}$' }, names: { maxItems: 3 } },
      },
    });
    expect(uiSchema.county).toEqual({ 'ui:field': 'region', 'ui:options': { depth: 'county' } });
    expect(uiSchema.sites).toMatchObject({
      items: { city: { 'ui:field': 'region', 'ui:options': { depth: 'city' } } },
    });

    const parsed = parseFormSchema(schema, uiSchema);
    expect(parsed.fields.map((field) => [field.kind, field.regionDepth])).toEqual([
      ['region', 'county'],
      ['table', undefined],
    ]);
    expect(parsed.fields[1]?.children?.map((field) => [field.kind, field.regionDepth])).toEqual([['region', 'city']]);
    const again = compileFormModel(parsed);
    expect(jsonEqual(again.schema, schema) && jsonEqual(again.uiSchema, uiSchema)).toBe(true);
  });

  it('accepts regions the pickers could have produced', () => {
    const data = { county: YUNMENG, sites: [{ city: { code: '110000', names: ['北京市'] } }] };
    expect(validate(regionModel(), data)).toEqual({ valid: true });
  });

  it('refuses a changed name, an unknown code and the wrong depth as field errors, in the caller’s language', () => {
    const data = {
      county: { code: '420923', names: ['湖北省', '孝感市', '孝南区'] },
      sites: [
        { city: { code: '420923', names: ['湖北省', '孝感市'] } },
        { city: { code: '429999', names: ['湖北省'] } },
      ],
    };
    expect(validate(regionModel(), data)).toEqual({
      valid: false,
      errors: [
        { path: '/county', message: '“所在区县”的地区名称与行政区划代码不符' },
        { path: '/sites/0/city', message: '“所在城市”须选择到市一级' },
        { path: '/sites/1/city', message: '“所在城市”所选地区不存在' },
      ],
    });
    const inEnglish = validate(regionModel(), { county: data.county }, 'en');
    expect(inEnglish.valid ? [] : inEnglish.errors.map((error) => error.message)).toEqual([
      '"所在区县": the region\'s names do not match its code',
    ]);
  });

  it('leaves an optional region out, and lets the schema refuse a value of another shape', () => {
    let model = regionModel();
    model = updateField(model, model.fields[0]?.uid ?? '', { required: false });
    expect(validate(model, {})).toEqual({ valid: true });
    const wrongShape = validate(model, { county: { code: '420923' } });
    expect(wrongShape.valid).toBe(false);
  });
});
