import jsep from 'jsep';
import { FormulaError } from './formula-error';

// Spreadsheet habits: `=` and `<>` compare, `&` joins text between `+` and the comparisons (as in Excel).
// jsep's operator table is global; nothing else in Tongban parses with jsep.
jsep.addBinaryOp('=', 6);
jsep.addBinaryOp('<>', 6);
jsep.removeBinaryOp('&');
jsep.addBinaryOp('&', 8);

/** The operators a formula may use; anything else jsep reads (`%`, `<<`, `===`, …) is refused. */
export const FORMULA_BINARY_OPERATORS = [
  '+',
  '-',
  '*',
  '/',
  '&',
  '=',
  '==',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '&&',
  '||',
] as const;
export type FormulaBinaryOperator = (typeof FORMULA_BINARY_OPERATORS)[number];
export const FORMULA_UNARY_OPERATORS = ['-', '+', '!'] as const;

/** Longest formula accepted: far beyond any real one, short enough that parsing stays instant. */
export const MAX_FORMULA_LENGTH = 2000;

/**
 * Parses a formula written like a spreadsheet's (`quantity * unitPrice`,
 * `SUM(equipment.amount)`, `IF(total > 1000000, "是", "否")`) into jsep's
 * expression tree. Full-width punctuation typed with a Chinese input method
 * (（）， “” ×÷) counts as its ASCII twin outside quoted text.
 *
 * @throws FormulaError `FORMULA_SYNTAX`
 */
export function parseFormulaText(text: string): jsep.Expression {
  if (text.length > MAX_FORMULA_LENGTH)
    throw new FormulaError(
      'FORMULA_SYNTAX',
      `公式过长（不超过 ${MAX_FORMULA_LENGTH} 个字符）`,
      `the formula is too long (at most ${MAX_FORMULA_LENGTH} characters)`,
    );
  const normalized = withAsciiPunctuation(text);
  if (!normalized.trim()) throw new FormulaError('FORMULA_SYNTAX', '公式为空', 'the formula is empty');
  try {
    return jsep(normalized);
  } catch (error) {
    const index = (error as { index?: number }).index;
    const where = typeof index === 'number' ? index + 1 : null;
    throw new FormulaError(
      'FORMULA_SYNTAX',
      where === null ? '公式写法有误' : `公式写法有误，请检查第 ${where} 个字符附近`,
      where === null
        ? `the formula cannot be read: ${(error as Error).message}`
        : `the formula cannot be read near character ${where}: ${(error as Error).message}`,
    );
  }
}

const FULL_WIDTH: Record<string, string> = {
  '（': '(',
  '）': ')',
  '，': ',',
  '＋': '+',
  '－': '-',
  '×': '*',
  '＊': '*',
  '÷': '/',
  '／': '/',
  '＝': '=',
  '＞': '>',
  '＜': '<',
  '＆': '&',
  '！': '!',
  '．': '.',
  '　': ' ',
};

function withAsciiPunctuation(text: string): string {
  let result = '';
  let quote: string | null = null;
  for (const character of text) {
    if (quote) {
      const closes = quote === '“' ? character === '”' : character === quote;
      result += closes && quote === '“' ? '"' : character;
      if (closes) quote = null;
    } else if (character === '"' || character === "'" || character === '“') {
      quote = character;
      result += character === '“' ? '"' : character;
    } else {
      result += FULL_WIDTH[character] ?? character;
    }
  }
  return result;
}
