import {
  conditionCandidates,
  conditionRules,
  conditionValueType,
  fieldsWithPaths,
  isConditionSubgroup,
  operatorsFor,
  VALUE_OPERATORS,
  type Condition,
} from './conditions';
import { CHOICE_KINDS, type DesignerField } from './form-model';

/**
 * What is wrong with a field's 显示条件 and 必填条件, one message per problem
 * (without the field's name, which the caller puts first): rules on a field
 * that is missing, below it, in another table, with an operator or a value
 * its kind does not offer, empty groups.
 */
export function conditionProblems(
  fields: readonly DesignerField[],
  field: DesignerField,
): { zh: string; en: string }[] {
  const problems: { zh: string; en: string }[] = [];
  const all = fieldsWithPaths(fields);
  const candidates = conditionCandidates(fields, field.uid);
  const own = all.find((entry) => entry.field.uid === field.uid);
  const check = (condition: Condition | undefined, zhName: string, enName: string) => {
    if (!condition) return;
    const say = (zh: string, en: string) => problems.push({ zh: `的${zhName}${zh}`, en: `has a ${enName} that ${en}` });
    if (condition.rules.some((item) => isConditionSubgroup(item) && item.rules.length === 0))
      say('有空的条件组', 'has an empty group');
    for (const rule of conditionRules(condition)) {
      const target = candidates.find((entry) => entry.path === rule.field);
      const named = all.find((entry) => entry.path === rule.field);
      if (!target) {
        if (!named) say(`引用了不存在的字段“${rule.field}”`, `refers to a field "${rule.field}" that does not exist`);
        else if (named.table !== own?.table || named.field.kind === 'table')
          say(
            `不能引用“${named.field.title || rule.field}”：明细表的列只能引用同一明细表中它前面的列`,
            `cannot read "${named.field.title || rule.field}": table columns only read earlier columns of their own table`,
          );
        else
          say(
            `须引用它前面的字段，“${named.field.title || rule.field}”在它后面`,
            `must read fields above it; "${named.field.title || rule.field}" is below`,
          );
        continue;
      }
      const title = target.field.title || rule.field;
      if (!operatorsFor(target.field.kind).includes(rule.operator)) {
        say(`对“${title}”用了它不支持的比较方式`, `compares "${title}" in a way its kind does not offer`);
        continue;
      }
      if (!VALUE_OPERATORS.includes(rule.operator)) continue;
      const type = conditionValueType(target.field.kind);
      if (rule.value === undefined || (type === 'string' && rule.value === '' && rule.operator === 'contains'))
        say(`缺少与“${title}”比较的值`, `needs a value to compare "${title}" with`);
      else if (typeof rule.value !== type)
        say(`与“${title}”比较的值类型不对`, `compares "${title}" with a value of the wrong type`);
      else if (target.field.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(rule.value)))
        say(`与“${title}”比较的日期须写作 YYYY-MM-DD`, `compares "${title}" with a date not written YYYY-MM-DD`);
      else if (
        CHOICE_KINDS.includes(target.field.kind) &&
        !(target.field.options ?? []).some((option) => option.value === rule.value)
      )
        say(`取值不在“${title}”的选项中`, `uses a value "${title}" does not offer`);
    }
  };
  check(field.visibleWhen, '显示条件', 'visibility condition');
  check(field.requiredWhen, '必填条件', 'required condition');
  return problems;
}
