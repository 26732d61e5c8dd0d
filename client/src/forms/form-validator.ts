import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import zhMessages from 'ajv-i18n/localize/zh';
import Ajv2020 from 'ajv/dist/2020';
import type { Language } from '../i18n/language';
import { withExactMultipleOf } from '@tongban/forms/exact-multiple-of';
import { CHINESE_FORMAT_CHECKS } from '@tongban/forms/formats';
import { asDraft2020 } from '@tongban/forms/schema-dialect';
import { interpretingValidator } from './interpreting-validator';
import { withoutUntouchedOptionals } from './untouched-optionals';

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
  const validator = formsValidator(
    canCompileValidators()
      ? customizeValidator(
          { AjvClass: Ajv2020, customFormats: CHINESE_FORMAT_CHECKS, extenderFn: withExactMultipleOf },
          language === 'zh-CN' ? zhMessages : undefined,
        )
      : interpretingValidator(language),
  );
  validators.set(language, validator);
  return validator;
}

/**
 * What a form's validator adds to ajv's or the interpreting one: it reads
 * every schema rjsf hands it as draft 2020-12 (rjsf draws tuples as draft-07
 * `items: [...]`, which ajv 2020 refuses; outside forms come in older drafts),
 * as the server does, and it validates the form as it will be sent, without
 * the optional parts rjsf filled in that nobody touched (`withoutUntouchedOptionals`).
 */
export function formsValidator(inner: ValidatorType): ValidatorType {
  const translated = new WeakMap<object, RJSFSchema>();
  const as2020 = (schema: RJSFSchema): RJSFSchema => {
    if (typeof schema !== 'object' || schema === null) return schema;
    let result = translated.get(schema);
    if (!result) {
      result = asDraft2020(schema as Record<string, unknown>) as RJSFSchema;
      translated.set(schema, result);
    }
    return result;
  };
  const validator: ValidatorType = {
    validateFormData: (formData, schema, customValidate, transformErrors, uiSchema) =>
      inner.validateFormData(
        withoutUntouchedOptionals(validator, schema, formData),
        as2020(schema),
        customValidate,
        transformErrors,
        uiSchema,
      ),
    isValid: (schema, formData, rootSchema) => inner.isValid(as2020(schema), formData, as2020(rootSchema)),
    rawValidation: (schema, formData) => inner.rawValidation(as2020(schema), formData),
    reset: () => inner.reset?.(),
  };
  return validator;
}
