import type { ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import zhMessages from 'ajv-i18n/localize/zh';
import Ajv2020 from 'ajv/dist/2020';
import type { Language } from '../i18n/language';
import { CHINESE_FORMAT_CHECKS } from '@tongban/forms/formats';
import { interpretingValidator } from './interpreting-validator';

/**
 * ajv compiles each schema into a function with `new Function`. A page served
 * with a Content-Security-Policy without `'unsafe-eval'` (the server's) forbids
 * that, and every validation would fail with an EvalError; there the form uses
 * the interpreting validator, which finds the same problems without code
 * generation (a test holds them to ajv's results on every seed form).
 */
function canCompileValidators(): boolean {
  try {
    return new Function('return true')() === true;
  } catch {
    return false;
  }
}

const validators = new Map<Language, ValidatorType>();

/**
 * The rjsf validator for the UI language: messages from ajv-i18n in Chinese,
 * ajv's own in English. Forms declare draft 2020-12 (`$schema`), so the
 * validator uses ajv's 2020 class.
 */
export function formValidator(language: Language): ValidatorType {
  const cached = validators.get(language);
  if (cached) return cached;
  const validator = canCompileValidators()
    ? customizeValidator(
        { AjvClass: Ajv2020, customFormats: CHINESE_FORMAT_CHECKS },
        language === 'zh-CN' ? zhMessages : undefined,
      )
    : interpretingValidator(language);
  validators.set(language, validator);
  return validator;
}
