import jsonLogic from 'json-logic-js';
import {
  isRecord,
  pointerTo,
  say,
  show,
  type DefinitionLanguage,
  type ProcessDefinitionProblem,
} from './process-definition-problem';

/**
 * The JSON Logic operators a `when` may use: json-logic-js's own, except
 * `log`, which only writes to the console. json-logic-js throws on an unknown
 * operator when it evaluates, which would fail a running request at that
 * step; refusing the definition when it is saved avoids that.
 */
export const SUPPORTED_LOGIC_OPERATORS: readonly string[] = [
  // data
  'var',
  'missing',
  'missing_some',
  // logic and comparison
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  // numbers
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  // arrays
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  // strings
  'cat',
  'substr',
];

const supported = new Set(SUPPORTED_LOGIC_OPERATORS);

/**
 * Problems in the JSON Logic rule at `pointer`: objects that are not
 * operations (JSON Logic has no object literals; json-logic-js would treat
 * one as a constant, so `{}` would silently always hold) and operators
 * outside `SUPPORTED_LOGIC_OPERATORS`. `owner` names the step or branch.
 */
export function jsonLogicProblems(
  rule: unknown,
  pointer: string,
  owner: string,
  language: DefinitionLanguage,
): ProcessDefinitionProblem[] {
  const problems: ProcessDefinitionProblem[] = [];
  const where = say(language, `${owner}的条件（when）`, `the condition (when) of ${owner}`);
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, pointerTo(at, index)));
      return;
    }
    if (!isRecord(node)) return;
    // `as unknown` keeps `node` a plain record: is_logic's type guard would narrow it to the typed operators.
    if (!jsonLogic.is_logic(node as unknown)) {
      problems.push({
        path: at,
        code: 'INVALID_LOGIC',
        message: say(
          language,
          `${where}中的 ${show(node)} 不是 JSON Logic 运算：对象应当恰好有一个键，即运算符`,
          `${where} has ${show(node)}, which is not a JSON Logic operation: an object must have exactly one key, the operator`,
        ),
      });
      return;
    }
    const operator = jsonLogic.get_operator(node);
    if (!supported.has(operator)) {
      problems.push({
        path: at,
        code: 'UNKNOWN_LOGIC_OPERATOR',
        message: say(
          language,
          `${where}使用了不支持的运算符“${operator}”`,
          `${where} uses the unsupported operator "${operator}"`,
        ),
      });
    }
    visit(node[operator], pointerTo(at, operator));
  };
  visit(rule, pointer);
  return problems;
}
