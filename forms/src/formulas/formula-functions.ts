/** The functions a formula may call, described for the designer's function list. */

export type FormulaFunctionName =
  | 'SUM'
  | 'PRODUCT'
  | 'SUMPRODUCT'
  | 'COUNT'
  | 'AVERAGE'
  | 'MAX'
  | 'MIN'
  | 'ROUND'
  | 'ABS'
  | 'IF'
  | 'AND'
  | 'OR'
  | 'NOT'
  | 'ISEMPTY'
  | 'DAYS'
  | 'NETWORKDAYS'
  | 'DATEADD'
  | 'WORKDAY'
  | 'CONCAT'
  | 'TEXTJOIN'
  | 'UPPERMONEY';

export type FormulaFunctionCategory = 'aggregate' | 'math' | 'logic' | 'date' | 'text';

export interface FormulaFunction {
  name: FormulaFunctionName;
  category: FormulaFunctionCategory;
  /** Fewest and most arguments (`Infinity`: any number). */
  arity: readonly [number, number];
  signature: { zh: string; en: string };
  description: { zh: string; en: string };
}

/** In the order the designer lists them. */
export const FORMULA_FUNCTIONS: readonly FormulaFunction[] = [
  {
    name: 'SUM',
    category: 'aggregate',
    arity: [1, Infinity],
    signature: { zh: 'SUM(明细表.列, …)', en: 'SUM(table.column, …)' },
    description: {
      zh: '求和：明细表一列的合计，或几个数相加；空值不计',
      en: 'the total of a table column, or of several numbers; empty values are skipped',
    },
  },
  {
    name: 'PRODUCT',
    category: 'aggregate',
    arity: [1, Infinity],
    signature: { zh: 'PRODUCT(明细表.列, …)', en: 'PRODUCT(table.column, …)' },
    description: { zh: '乘积：一列或几个数相乘；空值不计', en: 'the product of a column or of several numbers' },
  },
  {
    name: 'SUMPRODUCT',
    category: 'aggregate',
    arity: [2, Infinity],
    signature: { zh: 'SUMPRODUCT(明细表.数量, 明细表.单价)', en: 'SUMPRODUCT(table.quantity, table.price)' },
    description: {
      zh: '逐行相乘再求和，如数量×单价的合计',
      en: 'multiplies row by row and adds up, e.g. quantity × price over all rows',
    },
  },
  {
    name: 'COUNT',
    category: 'aggregate',
    arity: [1, 1],
    signature: { zh: 'COUNT(明细表) 或 COUNT(明细表.列)', en: 'COUNT(table) or COUNT(table.column)' },
    description: { zh: '明细表的行数，或一列中已填的个数', en: 'the rows of a table, or the filled cells of a column' },
  },
  {
    name: 'AVERAGE',
    category: 'aggregate',
    arity: [1, Infinity],
    signature: { zh: 'AVERAGE(明细表.列, …)', en: 'AVERAGE(table.column, …)' },
    description: { zh: '平均值；空值不计', en: 'the average; empty values are skipped' },
  },
  {
    name: 'MAX',
    category: 'aggregate',
    arity: [1, Infinity],
    signature: { zh: 'MAX(明细表.列, …)', en: 'MAX(table.column, …)' },
    description: { zh: '最大值', en: 'the largest value' },
  },
  {
    name: 'MIN',
    category: 'aggregate',
    arity: [1, Infinity],
    signature: { zh: 'MIN(明细表.列, …)', en: 'MIN(table.column, …)' },
    description: { zh: '最小值', en: 'the smallest value' },
  },
  {
    name: 'ROUND',
    category: 'math',
    arity: [1, 2],
    signature: { zh: 'ROUND(数值, 小数位数)', en: 'ROUND(number, decimals)' },
    description: { zh: '四舍五入到指定小数位（默认取整）', en: 'rounds half up to the decimals given (default 0)' },
  },
  {
    name: 'ABS',
    category: 'math',
    arity: [1, 1],
    signature: { zh: 'ABS(数值)', en: 'ABS(number)' },
    description: { zh: '绝对值', en: 'the absolute value' },
  },
  {
    name: 'IF',
    category: 'logic',
    arity: [3, 3],
    signature: { zh: 'IF(条件, 成立时, 不成立时)', en: 'IF(condition, then, else)' },
    description: {
      zh: '条件成立取第二个值，否则取第三个值',
      en: 'the second value when the condition holds, else the third',
    },
  },
  {
    name: 'AND',
    category: 'logic',
    arity: [1, Infinity],
    signature: { zh: 'AND(条件, …)', en: 'AND(condition, …)' },
    description: { zh: '所有条件都成立', en: 'every condition holds' },
  },
  {
    name: 'OR',
    category: 'logic',
    arity: [1, Infinity],
    signature: { zh: 'OR(条件, …)', en: 'OR(condition, …)' },
    description: { zh: '任一条件成立', en: 'at least one condition holds' },
  },
  {
    name: 'NOT',
    category: 'logic',
    arity: [1, 1],
    signature: { zh: 'NOT(条件)', en: 'NOT(condition)' },
    description: { zh: '条件不成立', en: 'the condition does not hold' },
  },
  {
    name: 'ISEMPTY',
    category: 'logic',
    arity: [1, 1],
    signature: { zh: 'ISEMPTY(字段)', en: 'ISEMPTY(field)' },
    description: { zh: '字段未填写（明细表没有行）', en: 'the field is empty (a table has no rows)' },
  },
  {
    name: 'DAYS',
    category: 'date',
    arity: [2, 2],
    signature: { zh: 'DAYS(开始日期, 结束日期)', en: 'DAYS(start date, end date)' },
    description: {
      zh: '两个日期相差的自然日天数（结束日期减开始日期）',
      en: 'calendar days from the start date to the end date (end minus start)',
    },
  },
  {
    name: 'NETWORKDAYS',
    category: 'date',
    arity: [2, 2],
    signature: { zh: 'NETWORKDAYS(开始日期, 结束日期)', en: 'NETWORKDAYS(start date, end date)' },
    description: {
      zh: '两个日期之间（含首尾）的工作日天数，按国务院公布的节假日和调休安排',
      en: 'working days from the start date to the end date, both included, by the official holiday calendar',
    },
  },
  {
    name: 'DATEADD',
    category: 'date',
    arity: [2, 2],
    signature: { zh: 'DATEADD(日期, 天数)', en: 'DATEADD(date, days)' },
    description: {
      zh: '日期加上若干自然日（负数为往前）',
      en: 'the date so many calendar days later (earlier when negative)',
    },
  },
  {
    name: 'WORKDAY',
    category: 'date',
    arity: [2, 2],
    signature: { zh: 'WORKDAY(日期, 工作日数)', en: 'WORKDAY(date, working days)' },
    description: {
      zh: '日期之后第 N 个工作日（不含当天），如办结时限',
      en: 'the Nth working day after the date (the date itself not counted), e.g. a deadline',
    },
  },
  {
    name: 'CONCAT',
    category: 'text',
    arity: [1, Infinity],
    signature: { zh: 'CONCAT(文本, …)', en: 'CONCAT(text, …)' },
    description: { zh: '把几段文字连在一起（也可用 &）', en: 'joins text together (so does &)' },
  },
  {
    name: 'TEXTJOIN',
    category: 'text',
    arity: [2, Infinity],
    signature: { zh: 'TEXTJOIN(分隔符, 明细表.列, …)', en: 'TEXTJOIN(separator, table.column, …)' },
    description: {
      zh: '用分隔符连接各值，空值跳过',
      en: 'joins the values with a separator, skipping empty ones',
    },
  },
  {
    name: 'UPPERMONEY',
    category: 'text',
    arity: [1, 1],
    signature: { zh: 'UPPERMONEY(金额)', en: 'UPPERMONEY(amount)' },
    description: {
      zh: '金额大写，如 壹拾贰万叁仟肆佰伍拾陆元柒角捌分',
      en: 'the amount in Chinese capital numerals (金额大写)',
    },
  },
];

const BY_NAME = new Map(FORMULA_FUNCTIONS.map((fn) => [fn.name, fn]));

/** The function called `name`, in any letter case. */
export function formulaFunction(name: string): FormulaFunction | undefined {
  return BY_NAME.get(name.toUpperCase() as FormulaFunctionName);
}
