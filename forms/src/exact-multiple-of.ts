import type Ajv from 'ajv';
import type { SchemaValidateFunction } from 'ajv/dist/types';
import Big from 'big.js';

/** Whether `value` is a whole multiple of `step`, reading both as the decimals JSON wrote them. */
function isDecimalMultiple(value: number, step: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(step) || step <= 0) return false;
  return new Big(value).mod(step).eq(0);
}

/** `multipleOf` by `isDecimalMultiple`, failing with ajv's own error (ajv-i18n words it from the params). */
const validateMultipleOf = ((step: number, value: number) => {
  const whole = isDecimalMultiple(value, step);
  if (!whole)
    validateMultipleOf.errors = [
      { keyword: 'multipleOf', params: { multipleOf: step }, message: `must be multiple of ${step}` },
    ];
  return whole;
}) as SchemaValidateFunction;

/**
 * Replaces ajv's `multipleOf` with one that divides the decimals as written.
 * ajv divides in floating point (8770367.36 / 0.01 is 877036735.9999999), which
 * no `multipleOfPrecision` mends for amounts of millions in fen. The server's
 * validator and the browser's compiled one both take it, so an amount is
 * accepted by both or by neither (the browser's interpreting validator,
 * @cfworker, divides exactly already). Returns the same instance.
 */
export function withExactMultipleOf<T extends Ajv>(ajv: T): T {
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword({
    keyword: 'multipleOf',
    type: 'number',
    schemaType: 'number',
    errors: true,
    validate: validateMultipleOf,
  });
  return ajv;
}
