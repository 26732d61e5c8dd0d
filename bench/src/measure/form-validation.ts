import { validateFormData, type FormDefinition } from '@tongban/forms';

/**
 * A 100-field form with the keywords real forms use (required strings with
 * lengths and patterns, bounded numbers, dates, choices, booleans), and valid data for it.
 */
export function hundredFieldForm(): { form: FormDefinition; data: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  for (let index = 1; index <= 100; index++) {
    const name = `field${String(index).padStart(3, '0')}`;
    switch (index % 5) {
      case 0:
        properties[name] = { type: 'string', title: `字段${index}`, minLength: 2, maxLength: 50 };
        data[name] = `内容${index}`;
        break;
      case 1:
        properties[name] = { type: 'number', title: `金额${index}`, minimum: 0, maximum: 1e10 };
        data[name] = index * 1000;
        break;
      case 2:
        properties[name] = { type: 'string', title: `日期${index}`, format: 'date' };
        data[name] = '2026-03-15';
        break;
      case 3:
        properties[name] = {
          type: 'string',
          title: `选项${index}`,
          oneOf: [
            { const: 'a', title: '甲' },
            { const: 'b', title: '乙' },
            { const: 'c', title: '丙' },
          ],
        };
        data[name] = 'b';
        break;
      default:
        properties[name] = { type: 'string', title: `电话${index}`, pattern: '^1[3-9]\\d{9}$' };
        data[name] = '13872345678';
    }
  }
  const form: FormDefinition = {
    key: 'bench-hundred-fields',
    version: 1,
    title: { zh: '百字段表单', en: 'Hundred-field form' },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: Object.keys(properties),
      additionalProperties: false,
      properties,
    },
    uiSchema: {},
    example: data,
  };
  return { form, data };
}

export interface ValidationResult {
  fields: number;
  validPerS: number;
  /** Data with five wrong fields: errors are collected, localized and described. */
  invalidPerS: number;
}

/** Validations per second with the compiled, cached validator of @tongban/forms (one core). */
export function measureFormValidation(durationMs = 2_000): ValidationResult {
  const { form, data } = hundredFieldForm();
  const invalid = { ...data, field001: -1, field002: 'soon', field003: 'd', field004: '123', field005: 'x' };
  if (!validateFormData(form, data).valid) throw new Error('the bench form data should be valid');
  if (validateFormData(form, invalid).valid) throw new Error('the bench invalid data should be invalid');
  const rate = (input: unknown, ms: number) => {
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < ms) {
      for (let batch = 0; batch < 100; batch++) validateFormData(form, input);
      count += 100;
    }
    return Math.round(count / ((performance.now() - started) / 1000));
  };
  return { fields: 100, validPerS: rate(data, durationMs), invalidPerS: rate(invalid, durationMs / 2) };
}
