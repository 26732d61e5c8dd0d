import { seedForms } from '../seed';
import { compileFormModel } from './compile-form-model';
import { allFields } from './edit-form-model';
import { parseFormSchema } from './parse-form-schema';
import { jsonEqual } from './json-value';

describe('parseFormSchema', () => {
  it.each(seedForms.map((form) => [form.key, form] as const))(
    'reads seed form %s into fields and compiles it back to the same form',
    (_key, form) => {
      const model = parseFormSchema(form.schema, form.uiSchema);
      expect(model.title).toBe(form.schema.title);
      const compiled = compileFormModel(model);
      expect(jsonEqual(compiled.schema, form.schema)).toBe(true);
      expect(jsonEqual(compiled.uiSchema, form.uiSchema)).toBe(true);
      // The seed library uses only what the designer offers, but for one list of plain texts (意向银行).
      const raw = allFields(model.fields).filter((field) => field.kind === 'raw');
      expect(raw.map((field) => field.key)).toEqual(
        form.key === 'equipment-renewal-relending' ? ['preferredBanks'] : [],
      );
    },
  );

  it('reads an organisation picker limited to one kind of organisation, and keeps a kind it does not know', () => {
    const schema = {
      type: 'object',
      properties: { bank: { type: 'string', title: '贷款银行' }, other: { type: 'string', title: '其他' } },
    };
    const uiSchema = {
      bank: { 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'bank' } },
      other: { 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'township' } },
    };
    const model = parseFormSchema(schema, uiSchema);
    expect(model.fields.map((field) => [field.key, field.kind, field.orgKind])).toEqual([
      ['bank', 'orgPicker', 'bank'],
      ['other', 'orgPicker', undefined],
    ]);
    expect(compileFormModel(model).uiSchema).toMatchObject(uiSchema);
  });

  it('recognises the kinds of the project approval form', () => {
    const form = seedForms.find((candidate) => candidate.key === 'project-parallel-approval');
    const model = parseFormSchema(form?.schema, form?.uiSchema);
    const kinds = Object.fromEntries(model.fields.map((field) => [field.key, field.kind]));
    expect(kinds).toMatchObject({
      projectName: 'text',
      investment: 'number',
      industry: 'select',
      constructionContent: 'textarea',
      filings: 'checkbox',
      stage: 'radio',
      plannedStartDate: 'date',
    });
    const landArea = model.fields.find((field) => field.key === 'landArea');
    // exclusiveMinimum is not in the properties panel; it stays as it was.
    expect(landArea?.extraSchema).toEqual({ exclusiveMinimum: 0 });
  });

  it('keeps what it cannot model: unknown keywords on the field, unknown properties as raw JSON, unknown root rules', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      title: '导入的表单',
      required: ['email', 'size'],
      $defs: { code: { type: 'string', pattern: '^[A-Z]{3}$' } },
      properties: {
        email: { type: 'string', title: '邮箱', format: 'email' },
        size: { type: 'string', title: '尺寸', enum: ['S', 'M', 'L'] },
        code: { $ref: '#/$defs/code', title: '代码' },
        tags: { type: 'array', title: '标签', items: { type: 'string' } },
      },
      if: { properties: { size: { const: 'L' } }, required: ['size'] },
      then: { required: ['code'] },
    };
    const uiSchema = { 'ui:submitButtonOptions': { norender: true }, size: { 'ui:widget': 'radio' } };
    const model = parseFormSchema(schema, uiSchema);
    expect(model.fields.map((field) => [field.key, field.kind])).toEqual([
      ['email', 'text'],
      ['size', 'raw'],
      ['code', 'raw'],
      ['tags', 'raw'],
    ]);
    expect(model.fields[0]?.extraSchema).toEqual({ format: 'email' });
    expect(model.fields[1]).toMatchObject({ title: '尺寸', required: true, extraUi: { 'ui:widget': 'radio' } });
    expect(model.closed).toBe(false);
    expect(Object.keys(model.extraSchema ?? {}).sort()).toEqual(['$defs', 'if', 'then']);
    expect(model.extraUi).toEqual({ 'ui:submitButtonOptions': { norender: true } });

    const compiled = compileFormModel(model);
    expect(jsonEqual(compiled.schema, schema)).toBe(true);
    expect(compiled.uiSchema).toEqual({ ...uiSchema, 'ui:order': ['email', 'size', 'code', 'tags'] });
  });

  it('keeps visibility rules it did not write among the other rules', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A' } },
      allOf: [{ if: { properties: { a: { const: 'x' } } }, then: { properties: { b: { type: 'string' } } } }],
    };
    const model = parseFormSchema(schema, {});
    expect(model.fields.map((field) => field.key)).toEqual(['a']);
    expect(model.extraSchema?.allOf).toEqual(schema.allOf);
  });

  it('turns anything that is not a form into an empty model rather than failing', () => {
    expect(parseFormSchema(null)).toEqual({ title: '', fields: [], closed: false });
    expect(parseFormSchema({ type: 'object', properties: { x: 5 } }).fields[0]).toMatchObject({
      key: 'x',
      kind: 'raw',
    });
  });
});
