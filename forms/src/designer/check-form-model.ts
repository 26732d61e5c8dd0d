import type { FormLanguage } from '../form-definition';
import { conditionProblems } from './check-conditions';
import { formulaProblems } from './check-formulas';
import { CHOICE_KINDS, type DesignerField, type FormModel } from './form-model';

/** One thing an administrator must fix before publishing, on the field it concerns (null: the form itself). */
export interface FormModelProblem {
  uid: string | null;
  message: string;
}

/** Data keys: what the data is stored under, safe in JSON Pointers, JSON Logic `var`s and CSV headers. */
export const FIELD_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/**
 * What is wrong with a model, every problem at once, each naming the field by
 * its title in `language`. A model with problems still compiles (the preview
 * keeps working while one edits); publishing should wait until there are none.
 */
export function checkFormModel(model: FormModel, language: FormLanguage = 'zh-CN'): FormModelProblem[] {
  const say = (zh: string, en: string) => (language === 'en' ? en : zh);
  const problems: FormModelProblem[] = [];
  if (!model.title.trim()) problems.push({ uid: null, message: say('请填写表单名称', 'The form needs a title') });
  if (model.fields.length === 0)
    problems.push({ uid: null, message: say('表单还没有字段', 'The form has no fields yet') });

  const checkGroup = (fields: readonly DesignerField[]) => {
    const seen = new Set<string>();
    fields.forEach((field) => {
      const name = field.title.trim() || field.key;
      const add = (zh: string, en: string) =>
        problems.push({ uid: field.uid, message: say(`“${name}”${zh}`, `"${name}" ${en}`) });
      if (!FIELD_KEY_PATTERN.test(field.key))
        add(
          '的字段标识须以字母开头，只含字母、数字和下划线',
          'needs a key of letters, digits and underscores, starting with a letter',
        );
      else if (seen.has(field.key))
        add(`的字段标识“${field.key}”与同组字段重复`, `has the key "${field.key}" twice in its group`);
      seen.add(field.key);
      if (!field.title.trim() && field.kind !== 'staticText' && field.kind !== 'raw') add('缺少标题', 'needs a title');
      if (CHOICE_KINDS.includes(field.kind)) {
        const values = (field.options ?? []).map((option) => option.value);
        if (values.length === 0) add('至少需要一个选项', 'needs at least one option');
        if (values.some((value) => !value.trim())) add('有选项的值为空', 'has an option without a value');
        if (new Set(values).size !== values.length) add('有重复的选项值', 'has two options with the same value');
        if ((field.options ?? []).some((option) => !option.label.trim()))
          add('有选项的显示文字为空', 'has an option without a label');
        if (field.kind !== 'checkbox' && field.default !== undefined && !values.includes(String(field.default)))
          add('的默认值不在选项中', 'has a default that is not one of its options');
      }
      const range = (low: number | undefined, high: number | undefined, zh: string, en: string) => {
        if (low !== undefined && high !== undefined && low > high) add(zh, en);
      };
      range(field.minLength, field.maxLength, '的最少字数大于最多字数', 'has a minimum length above its maximum');
      range(field.minimum, field.maximum, '的最小值大于最大值', 'has a minimum above its maximum');
      range(field.minItems, field.maxItems, '的最少条数大于最多条数', 'has a minimum count above its maximum');
      if (field.pattern) {
        try {
          new RegExp(field.pattern, 'u');
        } catch {
          add('的格式（正则表达式）无效', 'has an invalid pattern (regular expression)');
        }
      }
      if (field.kind === 'table' && (field.children ?? []).length === 0) add('还没有列', 'has no columns yet');
      for (const problem of conditionProblems(model.fields, field)) add(problem.zh, problem.en);
      if (field.children) checkGroup(field.children);
    });
  };
  checkGroup(model.fields);
  problems.push(...formulaProblems(model, language));
  return problems;
}
