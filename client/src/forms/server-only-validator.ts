import type { ValidatorType } from '@rjsf/utils';

/**
 * An rjsf validator that finds nothing wrong: used only where the page may not
 * compile validators (see `formValidator`). The server validates every
 * submission and its field errors are shown inline, so nothing invalid is
 * stored; the user just learns of mistakes after pressing 提交.
 *
 * `isValid` answers true so that rjsf picks the first `oneOf`/`anyOf` option
 * and the `then` branch of conditionals, the same as for an empty form.
 */
export const serverOnlyValidator: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => true,
  rawValidation: () => ({ errors: [] }),
};
