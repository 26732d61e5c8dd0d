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
