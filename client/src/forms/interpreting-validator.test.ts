import type { RJSFSchema, UiSchema, ValidatorType } from '@rjsf/utils';
import { retrieveSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { seedForms } from '@tongban/forms';
import { CHINESE_FORMAT_CHECKS } from '@tongban/forms/formats';
import zhMessages from 'ajv-i18n/localize/zh';
import Ajv2020 from 'ajv/dist/2020';
import { interpretingValidator } from './interpreting-validator';
import { titledErrors } from './titled-errors';

// ajv is what the form uses where eval is allowed, and what the server validates with: the interpreting validator
// (used under the server's CSP) must find the same problems and word them the same.
const ajv = customizeValidator({ AjvClass: Ajv2020, customFormats: CHINESE_FORMAT_CHECKS }, zhMessages);
const interpreting = interpretingValidator('zh-CN');

function messages(validator: ValidatorType, schema: RJSFSchema, uiSchema: UiSchema, data: unknown): string[] {
  const { errors } = validator.validateFormData(data, schema, undefined, (raw) =>
    titledErrors(raw, schema, uiSchema, 'zh-CN'),
  );
  return errors.map((error) => `${error.property ?? ''} ${error.message ?? ''}`).sort();
}

/** Bad versions of a form's example: emptied, every string shortened to one character, every number made negative. */
function variants(example: Record<string, unknown>): unknown[] {
  const mangle = (value: unknown): unknown =>
    typeof value === 'string'
      ? 'x'
      : typeof value === 'number'
        ? -value - 1.001
        : Array.isArray(value)
          ? value.map(mangle)
          : typeof value === 'object' && value !== null
            ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mangle(inner)]))
            : value;
  return [{}, example, mangle(example), { ...example, unknownField: 1 }];
}

describe('interpretingValidator', () => {
  it.each(seedForms.map((form) => [form.key, form] as const))('agrees with ajv on seed form %s', (_key, form) => {
    const schema = form.schema as RJSFSchema;
    const uiSchema = form.uiSchema as UiSchema;
    for (const data of variants(form.example)) {
      expect(messages(interpreting, schema, uiSchema, data)).toEqual(messages(ajv, schema, uiSchema, data));
    }
  });

  it('resolves conditionals on the data, so a field shown only for one answer appears only then', () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: {
        kind: {
          type: 'string',
          oneOf: [
            { const: 'a', title: 'A' },
            { const: 'b', title: 'B' },
          ],
        },
      },
      unevaluatedProperties: false,
      allOf: [
        {
          if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
          then: { properties: { reason: { type: 'string', title: '原因' } }, required: ['reason'] },
        },
      ],
    };
    const shown = (data: Record<string, unknown>) =>
      Object.keys(retrieveSchema(interpreting, schema, schema, data).properties ?? {});
    expect(shown({})).toEqual(['kind']);
    expect(shown({ kind: 'a' })).toEqual(['kind']);
    expect(shown({ kind: 'b' })).toEqual(['kind', 'reason']);
    expect(messages(interpreting, schema, {}, { kind: 'b' })).toEqual(['reason 请填写“原因”']);
    expect(messages(interpreting, schema, {}, { kind: 'a', reason: 'x' })).toEqual([' “表单”不允许存在未求值的属性']);
  });
});
