import { computeFormData } from '@tongban/forms/formulas';
import type { FieldError } from '../api/api-error';
import type { FormData } from '../api/types';
import type { Language } from '../i18n/language';

/**
 * The form data with every computed field (公式) set to what its formula
 * gives, by the evaluator the server recomputes with, so what people see is
 * what the server accepts. The same object when nothing changes, so a
 * keystroke elsewhere does not re-render for nothing.
 */
export function withComputedFields(schema: Record<string, unknown>, data: FormData): FormData {
  return computeFormData(schema, data).data;
}

/** Why a computed field shows nothing (a division by zero, a date that is not one), to show under it as people type. */
export function computedFieldErrors(schema: Record<string, unknown>, data: FormData, language: Language): FieldError[] {
  return computeFormData(schema, data).values.flatMap(({ path, error }) =>
    error ? [{ path, message: language === 'en' ? error.en : error.zh }] : [],
  );
}
