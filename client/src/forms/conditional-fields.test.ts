import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
import {
  compileFormModel,
  createField,
  emptyFormModel,
  insertField,
  singleRuleCondition,
  type DesignerField,
  type FormModel,
} from '@tongban/forms/designer';
import { formValidator } from './form-validator';
import { interpretingValidator } from './interpreting-validator';

// A designed form's 显示条件 and 必填条件 as react-jsonschema-form resolves them: the fields it draws and requires for
// the data typed so far, and what it sends once a field is hidden again (EditableForm omits what is not drawn).
function conditionalModel(): FormModel {
  let model = emptyFormModel('条件');
  const add = (field: Partial<DesignerField> & Pick<DesignerField, 'kind'>) => {
    const created = createField(model, field.kind as Exclude<DesignerField['kind'], 'raw'>);
    model = insertField(model, { ...created, ...field }, null, model.fields.length);
  };
  add({ kind: 'radio', key: 'kind', title: '类型' });
  add({ kind: 'amount', key: 'amount', title: '金额' });
  add({
    kind: 'textarea',
    key: 'history',
    title: '以往申请情况',
    required: true,
    visibleWhen: singleRuleCondition({ field: 'kind', operator: 'eq', value: 'option2' }),
  });
  const section = createField(model, 'section');
  const inSection = { ...createField(model, 'text'), key: 'previousGrant', title: '上次获补情况' };
  model = insertField(model, { ...section, key: 'enterprise', title: '企业情况' }, null, model.fields.length);
  model = insertField(
    model,
    { ...inSection, requiredWhen: singleRuleCondition({ field: 'kind', operator: 'eq', value: 'option2' }) },
    section.uid,
    0,
  );
  const byGrant = { ...createField(model, 'text'), key: 'grantDetail', title: '获补明细' };
  model = insertField(
    model,
    { ...byGrant, visibleWhen: singleRuleCondition({ field: 'enterprise.previousGrant', operator: 'notEmpty' }) },
    section.uid,
    1,
  );
  const shownInSection = { ...createField(model, 'text'), key: 'renewalNote', title: '续申说明' };
  model = insertField(
    model,
    { ...shownInSection, visibleWhen: singleRuleCondition({ field: 'kind', operator: 'eq', value: 'option2' }) },
    section.uid,
    1,
  );
  add({
    kind: 'textarea',
    key: 'reason',
    title: '理由',
    requiredWhen: {
      combine: 'any',
      rules: [
        { field: 'amount', operator: 'gt', value: 1_000_000 },
        { field: 'kind', operator: 'eq', value: 'option1' },
      ],
    },
  });
  return model;
}

const { schema } = compileFormModel(conditionalModel());

describe.each([
  ['ajv', formValidator('zh-CN')],
  ['the interpreting validator', interpretingValidator('zh-CN')],
])('a designed form with conditions, resolved by rjsf with %s', (_name, validator) => {
  const utils = createSchemaUtils(validator, schema as RJSFSchema);
  const drawn = (data: Record<string, unknown>) => utils.retrieveSchema(schema as RJSFSchema, data);

  it('draws a field only while its 显示条件 holds, and requires it then', () => {
    expect(Object.keys(drawn({ kind: 'option1' }).properties ?? {})).not.toContain('history');
    const shown = drawn({ kind: 'option2' });
    expect(Object.keys(shown.properties ?? {})).toContain('history');
    expect(shown.required).toContain('history');
  });

  it('requires a field only while its 必填条件 holds', () => {
    expect(drawn({ kind: 'option2', amount: 500 }).required ?? []).not.toContain('reason');
    expect(drawn({ kind: 'option2', amount: 2_000_000 }).required).toContain('reason');
    expect(drawn({ kind: 'option1', amount: 500 }).required).toContain('reason');
  });

  it('requires a section’s field by a condition on a field outside the section', () => {
    const section = (data: Record<string, unknown>) =>
      (drawn(data).properties?.enterprise ?? {}) as { required?: string[] };
    expect(section({ kind: 'option1' }).required ?? []).not.toContain('previousGrant');
    expect(section({ kind: 'option2' }).required).toContain('previousGrant');
  });

  it('draws a section’s field by a 显示条件 on a field outside the section', () => {
    const section = (data: Record<string, unknown>) =>
      Object.keys((drawn(data).properties?.enterprise as RJSFSchema | undefined)?.properties ?? {});
    expect(section({ kind: 'option1' })).not.toContain('renewalNote');
    expect(section({ kind: 'option2' })).toContain('renewalNote');
    const hidden = { kind: 'option1', enterprise: { previousGrant: '2025 年', renewalNote: '续申' } };
    expect(utils.omitExtraData(schema as RJSFSchema, hidden)).toEqual({
      kind: 'option1',
      enterprise: { previousGrant: '2025 年' },
    });
    // A field its own section hides, in a section the root shows fields of.
    expect(
      utils.omitExtraData(schema as RJSFSchema, { kind: 'option2', enterprise: { grantDetail: '稳岗奖励' } }),
    ).toEqual({ kind: 'option2' });
    expect(
      utils.omitExtraData(schema as RJSFSchema, {
        kind: 'option2',
        enterprise: { previousGrant: '2025 年', grantDetail: '稳岗奖励' },
      }),
    ).toEqual({ kind: 'option2', enterprise: { previousGrant: '2025 年', grantDetail: '稳岗奖励' } });
    const onlyHidden = { kind: 'option1', enterprise: { renewalNote: '续申' } };
    expect(utils.omitExtraData(schema as RJSFSchema, onlyHidden)).toEqual({ kind: 'option1' });
    const shown = { ...hidden, kind: 'option2' };
    expect(utils.omitExtraData(schema as RJSFSchema, shown)).toEqual(shown);
  });

  it('sends no value for a field hidden again', () => {
    expect(utils.omitExtraData(schema as RJSFSchema, { kind: 'option1', history: '2025 年申请过' })).toEqual({
      kind: 'option1',
    });
    expect(utils.omitExtraData(schema as RJSFSchema, { kind: 'option2', history: '2025 年申请过' })).toEqual({
      kind: 'option2',
      history: '2025 年申请过',
    });
  });
});
