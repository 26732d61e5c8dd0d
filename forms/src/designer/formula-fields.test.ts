import { validateFormData } from '../validate-form-data';
import { computeFormData } from '../formulas/form-formulas';
import { checkFormModel } from './check-form-model';
import { formulaReferences } from './check-formulas';
import { compileFormModel } from './compile-form-model';
import type { DesignerField, FormModel } from './form-model';
import { parseFormSchema } from './parse-form-schema';
import { updateField } from './edit-form-model';

const field = (key: string, kind: DesignerField['kind'], title: string, extra: Partial<DesignerField> = {}) =>
  ({ uid: `u-${key}`, key, kind, title, required: false, ...extra }) as DesignerField;

/** 设备更新再贷款: a 明细表 whose rows compute their subtotal, a total over it, the loan in capitals. */
function relendingModel(formulas: { subtotal?: string; total?: string; words?: string } = {}): FormModel {
  return {
    title: '设备更新再贷款申请表',
    closed: true,
    fields: [
      field('company', 'text', '企业名称', { required: true }),
      field('equipment', 'table', '设备清单', {
        children: [
          field('name', 'text', '设备名称'),
          field('quantity', 'number', '数量', { integer: true }),
          field('unitPrice', 'amount', '单价（元）'),
          field('subtotal', 'amount', '小计（元）', { formula: formulas.subtotal ?? 'quantity * unitPrice' }),
        ],
      }),
      field('total', 'amount', '总投资（元）', { formula: formulas.total ?? 'SUM(equipment.subtotal)' }),
      field('totalInWords', 'text', '总投资大写', { formula: formulas.words ?? 'UPPERMONEY(total)' }),
    ],
  };
}

describe('computed fields in the designer model', () => {
  it('compile to x-formula and readOnly, and parse back to the same model', () => {
    const model = relendingModel();
    const { schema, uiSchema } = compileFormModel(model);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.total).toMatchObject({
      'x-formula': 'SUM(equipment.subtotal)',
      readOnly: true,
      multipleOf: 0.01,
    });
    const columns = (properties.equipment!.items as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(columns.subtotal).toMatchObject({ 'x-formula': 'quantity * unitPrice', readOnly: true });

    const parsed = parseFormSchema(schema, uiSchema);
    const total = parsed.fields.find((f) => f.key === 'total');
    expect(total).toMatchObject({ kind: 'amount', formula: 'SUM(equipment.subtotal)' });
    expect(total?.extraSchema).toBeUndefined();
    expect(parsed.fields.find((f) => f.key === 'equipment')?.children?.[3]).toMatchObject({
      kind: 'amount',
      formula: 'quantity * unitPrice',
    });
    expect(compileFormModel(parsed)).toEqual({ schema, uiSchema });
  });

  it('keep a readOnly field without a formula as it was', () => {
    const schema = { type: 'object', properties: { note: { type: 'string', title: '备注', readOnly: true } } };
    const parsed = parseFormSchema(schema, {});
    expect(parsed.fields[0]).toMatchObject({ kind: 'text', extraSchema: { readOnly: true } });
    expect(parsed.fields[0]?.formula).toBeUndefined();
    expect(compileFormModel(parsed).schema.properties).toEqual(schema.properties);
  });

  it('validate as the server validates: computed values accepted, a changed one refused', () => {
    const { schema, uiSchema } = compileFormModel(relendingModel());
    const form = { key: 'designed-formulas', version: 1, title: { zh: '设备更新' }, schema, uiSchema, example: {} };
    const typed = { company: '华北机械', equipment: [{ name: '机床', quantity: 2, unitPrice: 61728.39 }] };
    const computed = computeFormData(schema, typed).data;
    expect(computed).toMatchObject({ total: 123456.78, totalInWords: '壹拾贰万叁仟肆佰伍拾陆元柒角捌分' });
    expect(validateFormData(form, computed)).toEqual({ valid: true });
    expect(validateFormData(form, { ...computed, total: 100 })).toMatchObject({
      valid: false,
      errors: [{ path: '/total', message: '“总投资（元）”由公式计算，应为 123456.78' }],
    });
  });
});

describe('checkFormModel on formulas', () => {
  const messages = (model: FormModel, language: 'zh-CN' | 'en' = 'zh-CN') =>
    checkFormModel(model, language).map((problem) => [problem.uid, problem.message]);

  it('has nothing to say about sound formulas', () => {
    expect(messages(relendingModel())).toEqual([]);
  });

  it('refuses a cycle between formulas before publishing, on each field in it', () => {
    const model = relendingModel({ subtotal: 'total / 2', total: 'SUM(equipment.subtotal)' });
    const problems = messages(model);
    expect(problems.map(([uid]) => uid).sort()).toEqual(['u-subtotal', 'u-total']);
    expect(problems[0]?.[1]).toContain('公式循环引用');
    expect(messages(model, 'en')[0]?.[1]).toContain('refer to each other in a circle');
  });

  it('names an unknown field and a type mismatch on the field that holds the formula', () => {
    expect(messages(relendingModel({ total: 'SUM(equipment.price)' }))).toEqual([
      ['u-total', '“总投资（元）”的公式：“设备清单”中没有字段“price”'],
    ]);
    expect(messages(relendingModel({ total: 'company * 2' }))).toEqual([
      ['u-total', '“总投资（元）”的公式：“企业名称”是文本，这里需要数字'],
    ]);
  });

  it('refuses a formula on a field with a 显示条件, once', () => {
    const model = relendingModel();
    model.fields.push(
      field('note', 'text', '备注', {
        formula: '"大额"',
        visibleWhen: { combine: 'all', rules: [{ field: 'company', operator: 'notEmpty' }] },
      }),
    );
    expect(messages(model)).toEqual([['u-note', '“备注”由公式计算，不能再设置显示条件']]);
  });

  it('refuses a formula on a kind that cannot be computed', () => {
    const model = relendingModel();
    model.fields.push(field('agree', 'boolean', '承诺', { formula: 'true' }));
    expect(messages(model)).toContainEqual(['u-agree', '“承诺”这类字段不能设置公式']);
  });
});

describe('formulaReferences', () => {
  it('offers a column its own row by name, then every field by path, never the field itself', () => {
    const model = relendingModel();
    expect(formulaReferences(model, 'u-subtotal').map((reference) => reference.text)).toEqual([
      'name',
      'quantity',
      'unitPrice',
      'company',
      'equipment',
      'equipment.name',
      'equipment.quantity',
      'equipment.unitPrice',
      'total',
      'totalInWords',
    ]);
    expect(formulaReferences(model, 'u-total')).toContainEqual({
      text: 'equipment.subtotal',
      label: '设备清单 › 小计（元）',
      kind: 'column',
    });
  });
});

describe('renaming a field a formula names', () => {
  const formulaOf = (model: FormModel, key: string): string | undefined => {
    const search = (fields: readonly DesignerField[]): DesignerField | undefined =>
      fields.flatMap((f) => [f, ...(f.children ?? [])]).find((f) => f.key === key);
    return search(model.fields)?.formula;
  };

  it('rewrites the formulas that name it: a column by path and, in its own row, by name', () => {
    let model = relendingModel({ words: 'UPPERMONEY(total) & "（" & "total" & "）"' });
    model = updateField(model, 'u-unitPrice', { key: 'price' });
    expect(formulaOf(model, 'subtotal')).toBe('quantity * price');
    model = updateField(model, 'u-subtotal', { key: 'lineTotal' });
    expect(formulaOf(model, 'total')).toBe('SUM(equipment.lineTotal)');
    model = updateField(model, 'u-total', { key: 'investment' });
    expect(formulaOf(model, 'totalInWords')).toBe('UPPERMONEY(investment) & "（" & "total" & "）"');
    model = updateField(model, 'u-equipment', { key: 'devices' });
    expect(formulaOf(model, 'investment')).toBe('SUM(devices.lineTotal)');
    expect(checkFormModel(model)).toEqual([]);
  });
});
