import type { FormLanguage } from '../form-definition';

/** Why a formula cannot be read or computed; stable codes for callers, words for people. */
export type FormulaErrorCode =
  | 'FORMULA_SYNTAX'
  | 'FORMULA_UNSUPPORTED'
  | 'FORMULA_UNKNOWN_FIELD'
  | 'FORMULA_UNKNOWN_FUNCTION'
  | 'FORMULA_ARGUMENTS'
  | 'FORMULA_TYPE'
  | 'FORMULA_COLUMN_OUTSIDE_AGGREGATE'
  | 'FORMULA_DIVISION_BY_ZERO'
  | 'FORMULA_INVALID_DATE'
  | 'FORMULA_OUT_OF_RANGE'
  | 'FORMULA_CYCLE'
  | 'FORMULA_RESULT_TYPE'
  | 'FORMULA_NOT_ALLOWED';

/**
 * A formula problem, worded in both languages when it is raised, because the
 * same error reaches the designer (zh-CN first), the browser and the server's
 * field errors in whichever language the caller reads.
 */
export class FormulaError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'FormulaError';
  }

  /** The message in `language`. */
  say(language: FormLanguage): string {
    return language === 'en' ? this.en : this.zh;
  }
}
