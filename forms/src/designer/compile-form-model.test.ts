import { singleRuleCondition } from './conditions';
import { validateFormData } from '../validate-form-data';
import { compileFormModel } from './compile-form-model';
import { createField, insertField, updateField } from './edit-form-model';
import { emptyFormModel, PALETTE_KINDS, type DesignerField, type FormModel } from './form-model';
import { parseFormSchema } from './parse-form-schema';

/** A form with one field of every palette kind, built the way the designer builds it. */
function everyKindModel(): FormModel {
  let model = emptyFormModel('全部字段');
  for (const kind of PALETTE_KINDS) model = insertField(model, createField(model, kind), null, model.fields.length);
  const section = model.fields.find((field) => field.kind === 'section') as DesignerField;
  const table = model.fields.find((field) => field.kind === 'table') as DesignerField;
  const inSection = createField(model, 'text');
  model = insertField(model, { ...inSection, title: '分组内文本', required: true }, section.uid, 0);
  const column = createField(model, 'amount');
  model = insertField(model, { ...column, title: '金额列', required: true }, table.uid, 0);
  return model;
}

let compiledForms = 0;

/** Validates with the server's validator; each call is a new form version, since validators are cached by version. */
function validate(model: FormModel, data: Record<string, unknown>) {
  const { schema, uiSchema } = compileFormModel(model);
  const form = { key: 'designed', version: ++compiledForms, title: { zh: model.title }, schema, uiSchema, example: {} };
  return validateFormData(form, data, 'zh-CN');
}

describe('compileFormModel', () => {
  it('compiles every palette kind into a draft 2020-12 schema that accepts good data and refuses bad', () => {
    let model = everyKindModel();
    for (const field of model.fields) model = updateField(model, field.uid, { required: true });
    const good = {
      text1: '一行字',
      textarea1: '多行\n文字',
      number1: 3.5,
      amount1: 6_000_000.5,
      date1: '2026-03-31',
      dateRange1: { start: '2026-01-01', end: '2026-02-01' },
      select1: 'option1',
      radio1: 'option2',
      checkbox1: ['option1', 'option2'],
      boolean1: false,
      orgPicker1: 'org-yipule',
      userPicker1: 'u-qiye',
      region1: { code: '420923', names: ['湖北省', '孝感市', '云梦县'] },
      attachment1: [{ id: 'file-1', name: '营业执照.pdf', size: 1024, contentType: 'application/pdf' }],
      table1: [{ amount2: 100 }],
      section1: { text2: '分组内' },
      staticText1: null,
    };
    expect(validate(model, good)).toEqual({ valid: true });

    const bad = validate(model, { ...good, amount1: 1.234, select1: 'nope', extra: 1, table1: [], section1: {} });
    expect(bad.valid).toBe(false);
    const paths = bad.valid ? [] : bad.errors.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['/amount1', '/select1', '/table1', '/section1/text2']));
  });

  it('writes choices as oneOf of const + title and the widgets rjsf needs', () => {
    const model = everyKindModel();
    const { schema, uiSchema } = compileFormModel(model);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.radio1).toEqual({
      type: 'string',
      title: '单选',
      oneOf: [
        { const: 'option1', title: '选项1' },
        { const: 'option2', title: '选项2' },
      ],
    });
    expect(uiSchema.radio1).toEqual({ 'ui:widget': 'radio' });
    expect(uiSchema.checkbox1).toEqual({ 'ui:widget': 'checkboxes' });
    expect(uiSchema.attachment1).toEqual({ 'ui:field': 'attachments' });
    expect(uiSchema.orgPicker1).toEqual({ 'ui:widget': 'orgPicker' });
    const banks = compileFormModel({
      ...model,
      fields: model.fields.map((field) =>
        field.kind === 'orgPicker' ? { ...field, orgKind: 'bank' as const } : field,
      ),
    });
    expect(banks.uiSchema.orgPicker1).toEqual({ 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'bank' } });
    expect(uiSchema['ui:order']).toEqual(model.fields.map((field) => field.key));
    expect(schema.additionalProperties).toBe(false);
  });

  it('shows a conditional field only when its condition holds, and requires it only then', () => {
    let model = emptyFormModel('条件');
    const kind = { ...createField(model, 'radio'), key: 'kind', title: '类型', required: true };
    model = insertField(model, kind, null, 0);
    const reason = { ...createField(model, 'textarea'), key: 'reason', title: '原因', required: true };
    model = insertField(
      model,
      { ...reason, visibleWhen: singleRuleCondition({ field: 'kind', operator: 'eq', value: 'option2' }) },
      null,
      1,
    );
    const { schema } = compileFormModel(model);
    expect(schema.unevaluatedProperties).toBe(false);
    expect(schema.additionalProperties).toBeUndefined();

    expect(validate(model, { kind: 'option1' })).toEqual({ valid: true });
    expect(validate(model, { kind: 'option2', reason: '说明' })).toEqual({ valid: true });
    const missing = validate(model, { kind: 'option2' });
    expect(missing.valid ? [] : missing.errors.map((error) => error.path)).toEqual(['/reason']);
    // Hidden means absent: data for a field that is not shown is refused.
    expect(validate(model, { kind: 'option1', reason: '多余' }).valid).toBe(false);
  });

  it('tests a checkbox group with contains', () => {
    let model = emptyFormModel('条件');
    model = insertField(model, { ...createField(model, 'checkbox'), key: 'items' }, null, 0);
    const detail = {
      ...createField(model, 'text'),
      key: 'detail',
      visibleWhen: singleRuleCondition({ field: 'items', operator: 'contains', value: 'option2' }),
    };
    model = insertField(model, detail, null, 1);
    const { schema } = compileFormModel(model);
    expect((schema.allOf as Record<string, unknown>[])[0]?.if).toEqual({
      properties: { items: { contains: { const: 'option2' } } },
      required: ['items'],
    });
    expect(validate(model, { items: ['option1', 'option2'], detail: 'x' })).toEqual({ valid: true });
    expect(validate(model, { items: ['option1'], detail: 'x' }).valid).toBe(false);
  });

  it('checks a text field that holds a Chinese identifier, and reads the format back', () => {
    let model = emptyFormModel('企业信息');
    const field = createField(model, 'text');
    model = insertField(
      model,
      { ...field, key: 'creditCode', title: '统一社会信用代码', required: true, format: 'cn-credit-code' },
      null,
      0,
    );
    expect(validate(model, { creditCode: '91350100M000100Y43' })).toEqual({ valid: true });
    expect(validate(model, { creditCode: '91350100M000100Y44' })).toEqual({
      valid: false,
      errors: [
        { path: '/creditCode', message: expect.stringMatching(/^“统一社会信用代码”不是有效的统一社会信用代码/) },
      ],
    });
    const { schema, uiSchema } = compileFormModel(model);
    expect(withoutUids(parseFormSchema(schema, uiSchema))).toEqual(withoutUids(model));
  });

  it('reads its own output back into the same model', () => {
    let model = everyKindModel();
    model = updateField(model, model.fields[0]?.uid ?? '', {
      required: true,
      help: '帮助',
      placeholder: '占位',
      default: '默认',
      minLength: 2,
      maxLength: 10,
      pattern: '^\\S+$',
    });
    const radio = model.fields.find((field) => field.kind === 'radio') as DesignerField;
    const textarea = model.fields.find((field) => field.kind === 'textarea') as DesignerField;
    model = updateField(model, textarea.uid, {
      visibleWhen: singleRuleCondition({ field: radio.key, operator: 'eq', value: 'option1' }),
      required: true,
    });
    const { schema, uiSchema } = compileFormModel(model);
    const parsed = parseFormSchema(schema, uiSchema);
    expect(withoutUids(parsed)).toEqual(withoutUids(model));
    expect(compileFormModel(parsed)).toEqual({ schema, uiSchema });
  });
});

function withoutUids(model: FormModel): unknown {
  const strip = (fields: DesignerField[]): unknown[] =>
    fields.map(({ uid: _uid, children, ...rest }) => (children ? { ...rest, children: strip(children) } : rest));
  return { ...model, fields: strip(model.fields) };
}
