import Big from 'big.js';
import { createWorkingCalendar } from '@tongban/workflows/calendar';
import { amountInCapitals } from './capital-amount';
import type { FormulaNode } from './check-formula';
import { FormulaError } from './formula-error';
import type { FormulaField } from './formula-fields';

/**
 * Exact decimals of their own (20 places for a quotient, half-up rounding,
 * the 四舍五入 of accounting), so nothing else that uses big.js can change
 * how a formula computes.
 */
export const Decimal = Big();
Decimal.DP = 20;
Decimal.RM = Big.roundHalfUp;
export type Decimal = Big;

/** A formula's value: a decimal, text (dates are `YYYY-MM-DD` text), yes/no, or empty (null). */
export type FormulaValue = Decimal | string | boolean | null;

/** The values of a table column, one per row. */
class ColumnValues {
  constructor(readonly values: FormulaValue[]) {}
}
/** A whole table, as COUNT and ISEMPTY see it. */
class TableRows {
  constructor(readonly count: number) {}
}
type Operand = FormulaValue | ColumnValues | TableRows;

/** The part of the working-day calendar formulas use. */
export interface FormulaCalendar {
  isWorkingDay(date: string): boolean;
  workingDaysBetween(from: string, to: string): number;
  addWorkingDays(date: string, n: number): string;
}

let officialCalendar: FormulaCalendar | undefined;

/** The shipped official calendar (国务院 holiday arrangements), built on first use. */
export function officialFormulaCalendar(): FormulaCalendar {
  officialCalendar ??= createWorkingCalendar();
  return officialCalendar;
}

export interface FormulaContext {
  /** The whole form data. */
  data: unknown;
  /** For a formula in a 明细表 row: which row (its index in the table the formula's field is in). */
  row: number | null;
  calendar: FormulaCalendar;
}

/**
 * Computes a checked formula on form data. Deterministic: exact decimal
 * arithmetic, no clock, no locale, so the browser, the server and a
 * workflow get the same value from the same data.
 *
 * @throws FormulaError on a value of the wrong type in the data, a division by zero, an invalid date
 */
export function evaluateFormula(node: FormulaNode, context: FormulaContext): FormulaValue {
  const value = evaluate(node, context);
  if (value instanceof ColumnValues || value instanceof TableRows) throw new Error('a column is not a value');
  return value;
}

function evaluate(node: FormulaNode, context: FormulaContext): Operand {
  switch (node.type) {
    case 'number':
      return new Decimal(node.value);
    case 'text':
      return node.value;
    case 'boolean':
      return node.value;
    case 'field':
      return readField(node.field, node.mode, context);
    case 'unary': {
      const value = single(node.argument, context);
      if (node.operator === '!') return !truth(value, node.argument);
      const number = numeric(value, node.argument);
      return node.operator === '-' ? number.neg() : number;
    }
    case 'binary':
      return binary(node, context);
    case 'call':
      return call(node.name, node.args, context);
  }
}

function single(node: FormulaNode, context: FormulaContext): FormulaValue {
  return evaluateFormula(node, context);
}

function readField(field: FormulaField, mode: 'value' | 'column' | 'table', context: FormulaContext): Operand {
  if (mode === 'value') return toValue(at(context.data, field.path, context.row), field);
  const tablePath = mode === 'table' ? field.path : field.path.slice(0, field.path.lastIndexOf('*'));
  const rows = at(context.data, tablePath, context.row);
  const list = Array.isArray(rows) ? rows : [];
  if (mode === 'table') return new TableRows(list.length);
  const inRow = field.path.slice(tablePath.length + 1);
  return new ColumnValues(list.map((row) => toValue(at(row, inRow, null), field)));
}

/** The data at a path; `*` is the row of the formula's own table. */
function at(data: unknown, path: readonly string[], row: number | null): unknown {
  let node = data;
  for (const segment of path) {
    if (segment === '*') {
      if (!Array.isArray(node) || row === null) return undefined;
      node = node[row];
    } else {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
      node = Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return node;
}

/** A stored value as a formula value, checked against what the field holds. */
function toValue(raw: unknown, field: FormulaField): FormulaValue {
  if (raw === undefined || raw === null || raw === '') return null;
  const wrong = () =>
    new FormulaError(
      'FORMULA_TYPE',
      `“${field.title}”的值无法用于计算`,
      `"${field.title}" holds a value formulas cannot use`,
    );
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || (field.type !== 'number' && field.type !== 'any')) throw wrong();
    // String() gives the shortest decimal that reads back as the same double: the digits people typed.
    return new Decimal(String(raw));
  }
  if (typeof raw === 'string') {
    if (field.type === 'number') throw wrong();
    return raw;
  }
  if (typeof raw === 'boolean') return raw;
  throw wrong();
}

function describe(node: FormulaNode): { zh: string; en: string } {
  return node.type === 'field'
    ? { zh: `“${node.field.title}”`, en: `"${node.field.title}"` }
    : { zh: '计算中的一项', en: 'a part of the formula' };
}

/** A number for arithmetic; an empty value counts as zero. */
function numeric(value: FormulaValue, node: FormulaNode): Decimal {
  if (value === null) return new Decimal(0);
  if (value instanceof Decimal) return value;
  const name = describe(node);
  throw new FormulaError('FORMULA_TYPE', `${name.zh}不是数字`, `${name.en} is not a number`);
}

/** A condition; an empty value counts as not holding. */
function truth(value: FormulaValue, node: FormulaNode): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  const name = describe(node);
  throw new FormulaError('FORMULA_TYPE', `${name.zh}不是条件（是/否）`, `${name.en} is not a condition (yes/no)`);
}

/** Text as a person reads it: plain decimals without exponent, 是/否. */
export function formulaText(value: FormulaValue): string {
  if (value === null) return '';
  if (value instanceof Decimal) return value.toFixed();
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value;
}

function binary(node: Extract<FormulaNode, { type: 'binary' }>, context: FormulaContext): FormulaValue {
  const { operator } = node;
  if (operator === '&&')
    return truth(single(node.left, context), node.left) && truth(single(node.right, context), node.right);
  if (operator === '||')
    return truth(single(node.left, context), node.left) || truth(single(node.right, context), node.right);
  const left = single(node.left, context);
  const right = single(node.right, context);
  switch (operator) {
    case '+':
      return numeric(left, node.left).plus(numeric(right, node.right));
    case '-':
      return numeric(left, node.left).minus(numeric(right, node.right));
    case '*':
      return numeric(left, node.left).times(numeric(right, node.right));
    case '/':
      return divide(numeric(left, node.left), numeric(right, node.right));
    case '&':
      return formulaText(left) + formulaText(right);
    default: {
      const order = compare(left, right, operator);
      switch (operator) {
        case '=':
        case '==':
          return order === 0;
        case '!=':
        case '<>':
          return order !== 0;
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '>=':
          return order >= 0;
      }
    }
  }
}

function divide(dividend: Decimal, divisor: Decimal): Decimal {
  if (divisor.eq(0)) throw new FormulaError('FORMULA_DIVISION_BY_ZERO', '除数为零', 'division by zero');
  return dividend.div(divisor);
}

/** Order of two values of one kind; an empty value is the other side's zero (0, "", no). */
function compare(left: FormulaValue, right: FormulaValue, operator: string): number {
  const zeroLike = (other: FormulaValue): FormulaValue =>
    other instanceof Decimal ? new Decimal(0) : typeof other === 'boolean' ? false : '';
  const a = left ?? zeroLike(right);
  const b = right ?? zeroLike(left);
  if (a instanceof Decimal && b instanceof Decimal) return a.cmp(b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : 1;
  throw new FormulaError(
    'FORMULA_TYPE',
    `比较（${operator}）的两边不是同一种值`,
    `the two sides of ${operator} are different kinds of value`,
  );
}

/** The values of arguments that may be columns, flattened, empty ones left out. */
function flatten(args: readonly FormulaNode[], context: FormulaContext): { value: FormulaValue; node: FormulaNode }[] {
  const result: { value: FormulaValue; node: FormulaNode }[] = [];
  for (const node of args) {
    const operand = evaluate(node, context);
    const values = operand instanceof ColumnValues ? operand.values : operand instanceof TableRows ? [] : [operand];
    for (const value of values) if (value !== null && value !== '') result.push({ value, node });
  }
  return result;
}

function numbers(args: readonly FormulaNode[], context: FormulaContext): Decimal[] {
  return flatten(args, context).map(({ value, node }) => numeric(value, node));
}

function call(name: string, args: readonly FormulaNode[], context: FormulaContext): Operand {
  const arg = (index: number) => single(args[index]!, context);
  switch (name) {
    case 'SUM':
      return numbers(args, context).reduce((total, n) => total.plus(n), new Decimal(0));
    case 'PRODUCT': {
      const all = numbers(args, context);
      return all.length === 0 ? null : all.reduce((product, n) => product.times(n), new Decimal(1));
    }
    case 'AVERAGE': {
      const all = numbers(args, context);
      return all.length === 0
        ? null
        : divide(
            all.reduce((t, n) => t.plus(n), new Decimal(0)),
            new Decimal(all.length),
          );
    }
    case 'MAX':
    case 'MIN': {
      const all = numbers(args, context);
      if (all.length === 0) return null;
      return all.reduce((best, n) => ((name === 'MAX' ? n.gt(best) : n.lt(best)) ? n : best));
    }
    case 'SUMPRODUCT': {
      const columns = args.map((node) => {
        const operand = evaluate(node, context);
        return { node, values: operand instanceof ColumnValues ? operand.values : [] };
      });
      const rows = Math.max(0, ...columns.map((column) => column.values.length));
      let total = new Decimal(0);
      for (let row = 0; row < rows; row++) {
        total = total.plus(
          columns.reduce(
            (product, column) => product.times(numeric(column.values[row] ?? null, column.node)),
            new Decimal(1),
          ),
        );
      }
      return total;
    }
    case 'COUNT': {
      const operand = evaluate(args[0]!, context);
      if (operand instanceof TableRows) return new Decimal(operand.count);
      return new Decimal(flatten(args, context).length);
    }
    case 'ROUND': {
      const value = arg(0);
      if (value === null) return null;
      const places = args[1] ? Number(numeric(arg(1), args[1]).toFixed(0)) : 0;
      return numeric(value, args[0]!).round(places, Big.roundHalfUp);
    }
    case 'ABS': {
      const value = arg(0);
      return value === null ? null : numeric(value, args[0]!).abs();
    }
    case 'IF':
      return truth(arg(0), args[0]!) ? arg(1) : arg(2);
    case 'AND':
      return args.every((node) => truth(single(node, context), node));
    case 'OR':
      return args.some((node) => truth(single(node, context), node));
    case 'NOT':
      return !truth(arg(0), args[0]!);
    case 'ISEMPTY': {
      const operand = evaluate(args[0]!, context);
      if (operand instanceof TableRows) return operand.count === 0;
      if (operand instanceof ColumnValues) return operand.values.every((value) => value === null || value === '');
      return operand === null || operand === '';
    }
    case 'DAYS':
    case 'NETWORKDAYS': {
      const start = arg(0);
      const end = arg(1);
      if (start === null || end === null) return null;
      const from = dateOf(start, args[0]!);
      const to = dateOf(end, args[1]!);
      if (name === 'DAYS') return new Decimal(dayNumber(to) - dayNumber(from));
      return new Decimal(workingDaysInclusive(context.calendar, from, to));
    }
    case 'DATEADD':
    case 'WORKDAY': {
      const start = arg(0);
      const count = arg(1);
      if (start === null || count === null) return null;
      const date = dateOf(start, args[0]!);
      const days = wholeDays(numeric(count, args[1]!), args[1]!);
      if (name === 'DATEADD') return dateOfDayNumber(dayNumber(date) + days);
      if (days < 0)
        throw new FormulaError(
          'FORMULA_OUT_OF_RANGE',
          'WORKDAY 的工作日数不能为负数',
          'WORKDAY takes a number of working days of 0 or more',
        );
      return context.calendar.addWorkingDays(date, days);
    }
    case 'CONCAT':
      return flatten(args, context)
        .map(({ value }) => formulaText(value))
        .join('');
    case 'TEXTJOIN':
      return flatten(args.slice(1), context)
        .map(({ value }) => formulaText(value))
        .join(formulaText(arg(0)));
    case 'UPPERMONEY': {
      const value = arg(0);
      return value === null ? null : amountInCapitals(numeric(value, args[0]!));
    }
    default:
      throw new FormulaError('FORMULA_UNKNOWN_FUNCTION', `没有函数“${name}”`, `there is no function "${name}"`);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateOf(value: FormulaValue, node: FormulaNode): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      return value as string;
  }
  const name = describe(node);
  throw new FormulaError('FORMULA_INVALID_DATE', `${name.zh}不是有效日期`, `${name.en} is not a valid date`);
}

/** Days since 1970-01-01 of a checked `YYYY-MM-DD`: arithmetic on the date, never the clock. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** A whole number of days, at most a century either way (dates stay within the calendar's years). */
function wholeDays(value: Decimal, node: FormulaNode): number {
  if (!value.eq(value.round(0)) || value.abs().gt(36_600)) {
    const name = describe(node);
    throw new FormulaError(
      'FORMULA_OUT_OF_RANGE',
      `${name.zh}须是整数天数（不超过一百年）`,
      `${name.en} must be a whole number of days (within a century)`,
    );
  }
  return value.toNumber();
}

function dateOfDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Working days from `from` to `to`, both counted (Excel's NETWORKDAYS); negative when `to` is earlier. */
function workingDaysInclusive(calendar: FormulaCalendar, from: string, to: string): number {
  if (to < from) return -workingDaysInclusive(calendar, to, from);
  return calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0);
}
