import { singleRuleCondition } from './conditions';
import { checkFormModel } from './check-form-model';
import { createField, findField, insertField, moveField, removeField, updateField } from './edit-form-model';
import { emptyFormModel, type FormModel } from './form-model';

function modelWith(...kinds: Parameters<typeof createField>[1][]): FormModel {
  let model = emptyFormModel('测试表单');
  for (const kind of kinds) model = insertField(model, createField(model, kind), null, model.fields.length);
  return model;
}

describe('editing a form model', () => {
  it('gives new fields keys unused anywhere in the form', () => {
    let model = modelWith('text', 'section');
    const section = model.fields[1]?.uid as string;
    model = insertField(model, createField(model, 'text'), section, 0);
    expect(model.fields[1]?.children?.map((field) => field.key)).toEqual(['text2']);
    expect(createField(model, 'text').key).toBe('text3');
  });

  it('moves fields within and between groups, and refuses containers inside containers', () => {
    let model = modelWith('text', 'number', 'section', 'table');
    const [text, number, section, table] = model.fields.map((field) => field.uid) as [string, string, string, string];
    model = moveField(model, number, null, 0);
    expect(model.fields.map((field) => field.uid)).toEqual([number, text, section, table]);
    model = moveField(model, text, section, 0);
    expect(findField(model, text)).toMatchObject({ parent: section, index: 0 });
    expect(moveField(model, table, section, 0)).toBe(model);
    const withDateRange = insertField(model, createField(model, 'dateRange'), null, 0);
    const dateRange = withDateRange.fields[0]?.uid as string;
    // A table line holds simple values only.
    expect(moveField(withDateRange, dateRange, table, 0)).toBe(withDateRange);
    model = removeField(model, section);
    expect(findField(model, text)).toBeUndefined();
  });

  it('renames conditions with the key they depend on, and leaves the old model alone', () => {
    let model = modelWith('radio', 'text');
    const [radio, text] = model.fields.map((field) => field.uid) as [string, string];
    model = updateField(model, text, {
      visibleWhen: singleRuleCondition({ field: 'radio1', operator: 'eq', value: 'option1' }),
    });
    const before = model;
    model = updateField(model, radio, { key: 'kind' });
    expect(model.fields[1]?.visibleWhen).toEqual(
      singleRuleCondition({ field: 'kind', operator: 'eq', value: 'option1' }),
    );
    expect(before.fields[1]?.visibleWhen?.rules[0]).toMatchObject({ field: 'radio1' });
    model = updateField(model, text, { visibleWhen: undefined });
    expect('visibleWhen' in (model.fields[1] ?? {})).toBe(false);
  });
});

describe('checkFormModel', () => {
  it('accepts a well-formed model', () => {
    expect(checkFormModel(modelWith('text', 'select', 'amount'))).toEqual([]);
  });

  it('names each problem on its field, by title', () => {
    let model = modelWith('text', 'select', 'number', 'table', 'text');
    const [text, select, number, table, second] = model.fields.map((field) => field.uid) as string[];
    model = updateField(model, text as string, { key: '1bad', pattern: '([' });
    model = updateField(model, select as string, { options: [], title: '类别' });
    model = updateField(model, number as string, { minimum: 10, maximum: 1 });
    model = updateField(model, second as string, {
      key: 'number1',
      visibleWhen: singleRuleCondition({ field: 'later', operator: 'eq', value: 'x' }),
    });
    const problems = checkFormModel({ ...model, title: ' ' });
    expect(problems).toEqual([
      { uid: null, message: '请填写表单名称' },
      { uid: text, message: '“单行文本”的字段标识须以字母开头，只含字母、数字和下划线' },
      { uid: text, message: '“单行文本”的格式（正则表达式）无效' },
      { uid: select, message: '“类别”至少需要一个选项' },
      { uid: number, message: '“数字”的最小值大于最大值' },
      { uid: table, message: '“明细表”还没有列' },
      { uid: second, message: '“单行文本”的字段标识“number1”与同组字段重复' },
      { uid: second, message: '“单行文本”的显示条件引用了不存在的字段“later”' },
    ]);
    expect(checkFormModel(emptyFormModel('x'), 'en')).toEqual([{ uid: null, message: 'The form has no fields yet' }]);
  });
});
