import { FORMULA_KEYWORD } from '../formulas/formula-fields';
import type { FieldKind } from './form-model';
import type { JsonObject } from './json-value';

/** The kinds of field whose value a formula may compute (计算字段). */
export const FORMULA_KINDS: readonly FieldKind[] = ['number', 'amount', 'text', 'textarea', 'date'];

/**
 * A computed field's schema: the formula under `x-formula`, and `readOnly`
 * so every renderer shows it without an input (the browser fills it in as
 * people type; the server recomputes it).
 */
export function withFormula(schema: JsonObject, formula: string | undefined): JsonObject {
  if (formula === undefined) return schema;
  return { ...schema, [FORMULA_KEYWORD]: formula, readOnly: true };
}

/** The formula a property's schema holds, when it holds it as `withFormula` writes it. */
export function formulaOf(schema: JsonObject): { formula?: string } {
  const formula = schema[FORMULA_KEYWORD];
  return typeof formula === 'string' && schema.readOnly === true ? { formula } : {};
}
