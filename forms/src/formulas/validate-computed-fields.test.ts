import type { FormDefinition } from '../form-definition';
import { validateFormData } from '../validate-form-data';

const form: FormDefinition = {
  key: 'computed-fields',
  version: 1,
  title: { zh: '设备更新再贷款申请' },
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      equipment: {
        type: 'array',
        title: '设备清单',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            quantity: { type: 'integer', title: '数量' },
            unitPrice: { type: 'number', multipleOf: 0.01, title: '单价' },
            subtotal: {
              type: 'number',
              multipleOf: 0.01,
              title: '小计',
              readOnly: true,
              'x-formula': 'quantity * unitPrice',
            },
          },
        },
      },
      total: {
        type: 'number',
        multipleOf: 0.01,
        title: '总投资',
        readOnly: true,
        'x-formula': 'SUM(equipment.subtotal)',
      },
    },
  },
  uiSchema: {},
  example: {},
};

describe('validateFormData with computed fields', () => {
  it('accepts computed values that match their formulas', () => {
    const data = { equipment: [{ quantity: 3, unitPrice: 19.99, subtotal: 59.97 }], total: 59.97 };
    expect(validateFormData(form, data)).toEqual({ valid: true });
  });

  it('accepts amounts such as 19.99 that floating-point division finds no multiple of 0.01', () => {
    // 19.99 / 0.01 is 1998.9999999999998 in doubles; the browser's rjsf validator allows for that, the server must too.
    expect(
      validateFormData(form, { equipment: [{ quantity: 1, unitPrice: 19.99, subtotal: 19.99 }], total: 19.99 }),
    ).toEqual({ valid: true });
  });

  it('refuses a tampered total with a field error on it', () => {
    const data = { equipment: [{ quantity: 3, unitPrice: 19.99, subtotal: 59.97 }], total: 1 };
    expect(validateFormData(form, data)).toEqual({
      valid: false,
      errors: [{ path: '/total', message: '“总投资”由公式计算，应为 59.97' }],
    });
    expect(validateFormData(form, data, 'en')).toEqual({
      valid: false,
      errors: [{ path: '/total', message: '"总投资" is computed by its formula and must be 59.97' }],
    });
  });

  it('reports only the schema errors while the data is invalid, so a mistake is not told twice', () => {
    const data = { equipment: [{ quantity: 'three', unitPrice: 19.99 }], total: 0 };
    const result = validateFormData(form, data);
    expect(result.valid).toBe(false);
    expect(!result.valid && result.errors.map((error) => error.path)).toEqual(['/equipment/0/quantity']);
  });
});
