import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { formValidator } from './form-validator';
import { interpretingValidator } from './interpreting-validator';

// An amount in fen is a multiple of 0.01 in the browser exactly when the server says so, whichever validator the
// page can use: ajv divided in floating point and refused 8,770,367.36, which the server accepts.
const schema: RJSFSchema = {
  type: 'object',
  properties: { total: { type: 'number', title: '计划总投资（元）', multipleOf: 0.01 } },
};

const errorsOf = (validator: ValidatorType, total: number) =>
  validator.validateFormData({ total }, schema).errors.map((error) => error.name);

describe.each([
  ['ajv', formValidator('zh-CN')],
  ['the interpreting validator', interpretingValidator('zh-CN')],
])('%s', (_name, validator) => {
  it('accepts amounts of millions and more in fen', () => {
    for (const total of [19.99, 8_770_367.36, 123_456_789_012.34]) expect(errorsOf(validator, total)).toEqual([]);
  });

  it('refuses a fraction of a fen', () => {
    expect(errorsOf(validator, 8_770_367.365)).toEqual(['multipleOf']);
  });
});
