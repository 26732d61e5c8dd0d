import type jsep from 'jsep';
import { FormulaError } from './formula-error';
import type { FormulaField, FormulaFields, ScalarType } from './formula-fields';
import { formulaFunction, type FormulaFunctionName } from './formula-functions';
import {
  FORMULA_BINARY_OPERATORS,
  FORMULA_UNARY_OPERATORS,
  parseFormulaText,
  type FormulaBinaryOperator,
} from './formula-syntax';

/** A formula after checking: names resolved to fields, functions to their names, numbers kept as exact decimal text. */
export type FormulaNode =
  | { type: 'number'; value: string }
  | { type: 'text'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'field'; field: FormulaField; mode: 'value' | 'column' | 'table' }
  | { type: 'call'; name: FormulaFunctionName; args: FormulaNode[] }
  | { type: 'binary'; operator: FormulaBinaryOperator; left: FormulaNode; right: FormulaNode }
  | { type: 'unary'; operator: '-' | '+' | '!'; argument: FormulaNode };

/** What an expression gives: one value (`empty` for the literal ""), a table column, or a whole table. */
export type FormulaType =
  | { shape: 'scalar'; type: ScalarType | 'empty' }
  | { shape: 'column'; type: ScalarType; table: FormulaField }
  | { shape: 'table'; table: FormulaField };

export interface CheckedFormula {
  root: FormulaNode;
  type: FormulaType;
  /** Every field the formula reads (a column counts as its column field). */
  references: FormulaField[];
}

/** The groups a formula's names are looked up in, innermost (its own section or table row) first. */
export type FormulaScope = readonly ReadonlyMap<string, FormulaField>[];

/** The names a formula on `field` sees: its own group, then each group around it, up to the form. */
export function scopeOf(field: FormulaField | null, fields: FormulaFields): FormulaScope {
  const groups: ReadonlyMap<string, FormulaField>[] = [];
  for (let group = field?.parent ?? null; group; group = group.parent) groups.push(group.children);
  groups.push(fields.top);
  return groups;
}

/**
 * Reads a formula and checks it against the form's fields: every name is a
 * field in scope, every function exists with its number of arguments, every
 * operation gets values of the right type, and table columns appear only in
 * functions that sum them up.
 *
 * @throws FormulaError
 */
export function checkFormula(text: string, scope: FormulaScope): CheckedFormula {
  const references = new Set<FormulaField>();
  const root = toNode(parseFormulaText(text), scope, references);
  return { root, type: typeOf(root), references: [...references] };
}

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function toNode(expression: jsep.Expression, scope: FormulaScope, references: Set<FormulaField>): FormulaNode {
  const child = (node: jsep.Expression) => toNode(node, scope, references);
  switch (expression.type) {
    case 'Literal': {
      const { value, raw } = expression as jsep.Literal;
      if (typeof value === 'number') return { type: 'number', value: raw };
      if (typeof value === 'string') return { type: 'text', value };
      if (typeof value === 'boolean') return { type: 'boolean', value };
      throw unsupported(raw);
    }
    case 'Identifier':
    case 'MemberExpression': {
      const field = resolveField(expression, scope);
      references.add(field.field);
      return { type: 'field', ...field };
    }
    case 'CallExpression': {
      const { callee, arguments: args } = expression as jsep.CallExpression;
      if (callee.type !== 'Identifier') throw unsupported('');
      const name = (callee as jsep.Identifier).name;
      const fn = formulaFunction(name);
      if (!fn)
        throw new FormulaError('FORMULA_UNKNOWN_FUNCTION', `没有函数“${name}”`, `there is no function "${name}"`);
      const [fewest, most] = fn.arity;
      if (args.length < fewest || args.length > most) {
        const count = fewest === most ? `${fewest}` : most === Infinity ? `至少 ${fewest}` : `${fewest} 到 ${most}`;
        const countEn =
          fewest === most ? `${fewest}` : most === Infinity ? `at least ${fewest}` : `${fewest} to ${most}`;
        throw new FormulaError(
          'FORMULA_ARGUMENTS',
          `${fn.name} 需要 ${count} 个参数，这里有 ${args.length} 个`,
          `${fn.name} takes ${countEn} arguments, not ${args.length}`,
        );
      }
      const node: FormulaNode = { type: 'call', name: fn.name, args: args.map(child) };
      typeOf(node);
      return node;
    }
    case 'ConditionalExpression': {
      const { test, consequent, alternate } = expression as jsep.ConditionalExpression;
      const node: FormulaNode = { type: 'call', name: 'IF', args: [child(test), child(consequent), child(alternate)] };
      typeOf(node);
      return node;
    }
    case 'BinaryExpression': {
      const { operator, left, right } = expression as jsep.BinaryExpression;
      if (!(FORMULA_BINARY_OPERATORS as readonly string[]).includes(operator)) throw unsupported(operator);
      const node: FormulaNode = {
        type: 'binary',
        operator: operator as FormulaBinaryOperator,
        left: child(left),
        right: child(right),
      };
      typeOf(node);
      return node;
    }
    case 'UnaryExpression': {
      const { operator, argument } = expression as jsep.UnaryExpression;
      if (!(FORMULA_UNARY_OPERATORS as readonly string[]).includes(operator)) throw unsupported(operator);
      const node: FormulaNode = { type: 'unary', operator: operator as '-' | '+' | '!', argument: child(argument) };
      typeOf(node);
      return node;
    }
    default:
      throw unsupported('');
  }
}

function unsupported(what: string): FormulaError {
  return new FormulaError(
    'FORMULA_UNSUPPORTED',
    what ? `公式中不能使用“${what}”` : '公式中有不支持的写法',
    what ? `formulas cannot use "${what}"` : 'the formula uses something formulas cannot',
  );
}

/** A name (`quantity`) or a path (`section.field`, `table.column`) to the field it means. */
function resolveField(
  expression: jsep.Expression,
  scope: FormulaScope,
): { field: FormulaField; mode: 'value' | 'column' | 'table' } {
  if (expression.type === 'Identifier') {
    const name = (expression as jsep.Identifier).name;
    for (const group of scope) {
      const field = group.get(name);
      if (field) return { field, mode: field.kind === 'table' ? 'table' : 'value' };
    }
    throw new FormulaError('FORMULA_UNKNOWN_FIELD', `没有字段“${name}”`, `there is no field "${name}"`);
  }
  const member = expression as jsep.MemberExpression;
  if (member.computed || member.property.type !== 'Identifier') throw unsupported('[]');
  if (member.object.type !== 'Identifier' && member.object.type !== 'MemberExpression') throw unsupported('.');
  const owner = resolveField(member.object, scope);
  const name = (member.property as jsep.Identifier).name;
  if (owner.mode === 'column' || owner.field.kind === 'value')
    throw new FormulaError(
      'FORMULA_UNKNOWN_FIELD',
      `“${owner.field.title}”没有下级字段“${name}”`,
      `"${owner.field.title}" has no field "${name}" inside it`,
    );
  const field = owner.field.children.get(name);
  if (!field)
    throw new FormulaError(
      'FORMULA_UNKNOWN_FIELD',
      `“${owner.field.title}”中没有字段“${name}”`,
      `"${owner.field.title}" has no field "${name}"`,
    );
  if (owner.field.kind === 'table') {
    if (field.kind !== 'value') throw unsupported(`${owner.field.key}.${name}`);
    return { field, mode: 'column' };
  }
  return { field, mode: field.kind === 'table' ? 'table' : 'value' };
}

const TYPE_NAMES: Record<ScalarType | 'empty', { zh: string; en: string }> = {
  number: { zh: '数字', en: 'a number' },
  text: { zh: '文本', en: 'text' },
  date: { zh: '日期', en: 'a date' },
  boolean: { zh: '是/否', en: 'yes/no' },
  any: { zh: '任意值', en: 'any value' },
  other: { zh: '多值字段', en: 'a field of several values' },
  empty: { zh: '空值', en: 'empty' },
};

/** How a node is named in a message: a field by its title, anything else by what it is. */
function named(node: FormulaNode): { zh: string; en: string } {
  if (node.type === 'field') return { zh: `“${node.field.title}”`, en: `"${node.field.title}"` };
  if (node.type === 'number') return { zh: node.value, en: node.value };
  if (node.type === 'text') return { zh: `"${node.value}"`, en: `"${node.value}"` };
  return { zh: '这一项', en: 'this part' };
}

/** The type of a node, checking its parts. */
function typeOf(node: FormulaNode): FormulaType {
  switch (node.type) {
    case 'number':
      return scalar('number');
    case 'text':
      return scalar(node.value === '' ? 'empty' : DATE_TEXT.test(node.value) ? 'date' : 'text');
    case 'boolean':
      return scalar('boolean');
    case 'field':
      if (node.mode === 'table') return { shape: 'table', table: node.field };
      if (node.mode === 'column') return { shape: 'column', type: node.field.type, table: node.field.parent! };
      return scalar(node.field.type);
    case 'unary':
      return scalar(node.operator === '!' ? expect(node.argument, ['boolean']) && 'boolean' : numberOf(node.argument));
    case 'binary':
      return binaryType(node.operator, node.left, node.right);
    case 'call':
      return callType(node.name, node.args);
  }
}

function scalar(type: ScalarType | 'empty'): FormulaType {
  return { shape: 'scalar', type };
}

/** A node's single value's type, refusing columns, tables and values formulas cannot use. */
function scalarOf(node: FormulaNode, allowOther = false): ScalarType | 'empty' {
  const type = typeOf(node);
  if (type.shape !== 'scalar') {
    const field = node.type === 'field' ? node.field : null;
    const title = field?.title ?? '';
    throw new FormulaError(
      'FORMULA_COLUMN_OUTSIDE_AGGREGATE',
      type.shape === 'column'
        ? `明细表的列“${title}”须放在 SUM、COUNT 等汇总函数中使用`
        : `明细表“${title}”只能用于 COUNT 或 ISEMPTY`,
      type.shape === 'column'
        ? `the table column "${title}" can only be used inside SUM, COUNT and the like`
        : `the table "${title}" can only be used in COUNT or ISEMPTY`,
    );
  }
  if (type.type === 'other' && !allowOther) {
    const name = named(node);
    throw new FormulaError('FORMULA_TYPE', `${name.zh}不能用于公式`, `${name.en} cannot be used in formulas`);
  }
  return type.type;
}

/** Checks that a node gives one of `accepted` (or a value of unknown type, or empty); returns true. */
function expect(node: FormulaNode, accepted: readonly ScalarType[], purpose?: { zh: string; en: string }): true {
  const type = scalarOf(node);
  if (type === 'any' || type === 'empty' || accepted.includes(type)) return true;
  if (type === 'date' && accepted.includes('text')) return true;
  const name = named(node);
  const wanted = accepted.map((t) => TYPE_NAMES[t]);
  throw new FormulaError(
    'FORMULA_TYPE',
    `${name.zh}是${TYPE_NAMES[type].zh}，${purpose?.zh ?? ''}这里需要${wanted.map((w) => w.zh).join('或')}`,
    `${name.en} is ${TYPE_NAMES[type].en}; ${purpose?.en ?? ''}${purpose ? ' ' : ''}this needs ${wanted.map((w) => w.en).join(' or ')}`,
  );
}

function numberOf(node: FormulaNode): 'number' {
  expect(node, ['number']);
  return 'number';
}

function binaryType(operator: FormulaBinaryOperator, left: FormulaNode, right: FormulaNode): FormulaType {
  switch (operator) {
    case '+':
    case '-':
    case '*':
    case '/':
      numberOf(left);
      numberOf(right);
      return scalar('number');
    case '&':
      scalarOf(left);
      scalarOf(right);
      return scalar('text');
    case '&&':
    case '||':
      expect(left, ['boolean']);
      expect(right, ['boolean']);
      return scalar('boolean');
    default: {
      const ordered = !['=', '==', '!=', '<>'].includes(operator);
      const a = scalarOf(left);
      const b = scalarOf(right);
      const family = (t: ScalarType | 'empty') => (t === 'date' ? 'text' : t);
      const known = (t: ScalarType | 'empty') => t !== 'any' && t !== 'empty';
      if (known(a) && known(b) && family(a) !== family(b))
        throw new FormulaError(
          'FORMULA_TYPE',
          `不能比较${TYPE_NAMES[a].zh}和${TYPE_NAMES[b].zh}（${named(left).zh} ${operator} ${named(right).zh}）`,
          `cannot compare ${TYPE_NAMES[a].en} with ${TYPE_NAMES[b].en} (${named(left).en} ${operator} ${named(right).en})`,
        );
      if (ordered && (a === 'boolean' || b === 'boolean'))
        throw new FormulaError('FORMULA_TYPE', `是/否不能比较大小`, `yes/no values have no order`);
      return scalar('boolean');
    }
  }
}

/** Arguments that may be a column or single values, each of a type in `accepted`. */
function values(args: readonly FormulaNode[], accepted: readonly ScalarType[]): void {
  for (const arg of args) {
    const type = typeOf(arg);
    if (type.shape === 'column') {
      if (type.type !== 'any' && !accepted.includes(type.type) && !(accepted.includes('text') && type.type !== 'other'))
        throw new FormulaError(
          'FORMULA_TYPE',
          `列“${arg.type === 'field' ? arg.field.title : ''}”是${TYPE_NAMES[type.type].zh}，这里需要${TYPE_NAMES[accepted[0]!].zh}`,
          `column "${arg.type === 'field' ? arg.field.title : ''}" is ${TYPE_NAMES[type.type].en}; this needs ${TYPE_NAMES[accepted[0]!].en}`,
        );
    } else if (accepted.includes('text')) scalarOf(arg);
    else expect(arg, accepted);
  }
}

function callType(name: FormulaFunctionName, args: readonly FormulaNode[]): FormulaType {
  switch (name) {
    case 'SUM':
    case 'PRODUCT':
    case 'AVERAGE':
    case 'MAX':
    case 'MIN':
      values(args, ['number']);
      return scalar('number');
    case 'SUMPRODUCT': {
      const tables = new Set<FormulaField>();
      for (const arg of args) {
        const type = typeOf(arg);
        if (type.shape !== 'column')
          throw new FormulaError(
            'FORMULA_ARGUMENTS',
            'SUMPRODUCT 的参数须是同一明细表的列',
            'SUMPRODUCT takes columns of one table',
          );
        tables.add(type.table);
      }
      if (tables.size > 1)
        throw new FormulaError(
          'FORMULA_ARGUMENTS',
          'SUMPRODUCT 的参数须是同一明细表的列',
          'SUMPRODUCT takes columns of one table',
        );
      values(args, ['number']);
      return scalar('number');
    }
    case 'COUNT': {
      const type = typeOf(args[0]!);
      if (type.shape === 'scalar')
        throw new FormulaError(
          'FORMULA_ARGUMENTS',
          'COUNT 的参数须是明细表或明细表的列',
          'COUNT takes a table or a table column',
        );
      return scalar('number');
    }
    case 'ROUND': {
      numberOf(args[0]!);
      const places = args[1];
      if (places && !(places.type === 'number' && /^(10|\d)$/.test(places.value)))
        throw new FormulaError(
          'FORMULA_ARGUMENTS',
          'ROUND 的小数位数须是 0 到 10 的整数',
          'ROUND takes a whole number of decimals from 0 to 10',
        );
      return scalar('number');
    }
    case 'ABS':
      numberOf(args[0]!);
      return scalar('number');
    case 'IF': {
      expect(args[0]!, ['boolean']);
      return scalar(unify(args[1]!, args[2]!));
    }
    case 'AND':
    case 'OR':
    case 'NOT':
      for (const arg of args) expect(arg, ['boolean']);
      return scalar('boolean');
    case 'ISEMPTY':
      if (typeOf(args[0]!).shape === 'scalar') scalarOf(args[0]!, true);
      return scalar('boolean');
    case 'DAYS':
    case 'NETWORKDAYS':
      for (const arg of args) expect(arg, ['date']);
      return scalar('number');
    case 'DATEADD':
    case 'WORKDAY':
      expect(args[0]!, ['date']);
      numberOf(args[1]!);
      return scalar('date');
    case 'CONCAT':
      values(args, ['text']);
      return scalar('text');
    case 'TEXTJOIN':
      expect(args[0]!, ['text']);
      values(args.slice(1), ['text']);
      return scalar('text');
    case 'UPPERMONEY':
      numberOf(args[0]!);
      return scalar('text');
  }
}

/** The type of IF's result: both branches agree, or one is empty or of unknown type. */
function unify(a: FormulaNode, b: FormulaNode): ScalarType | 'empty' {
  const left = scalarOf(a);
  const right = scalarOf(b);
  if (left === 'empty') return right;
  if (right === 'empty') return left;
  if (left === 'any' || right === 'any') return 'any';
  if (left === right) return left;
  if ((left === 'date' && right === 'text') || (left === 'text' && right === 'date')) return 'text';
  throw new FormulaError(
    'FORMULA_TYPE',
    `IF 的两个结果须同为一种类型，这里一个是${TYPE_NAMES[left].zh}，一个是${TYPE_NAMES[right].zh}`,
    `both results of IF must be of one type, not ${TYPE_NAMES[left].en} and ${TYPE_NAMES[right].en}`,
  );
}
