import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { formValidator } from './form-validator';
import { interpretingValidator } from './interpreting-validator';
import { titledErrors } from './titled-errors';

// The browser checks Chinese identifiers as the server does, with the same words, whichever validator the page
// can use (ajv where eval is allowed, the interpreting one under the server's CSP).
const schema: RJSFSchema = {
  type: 'object',
  properties: {
    creditCode: { type: 'string', title: '统一社会信用代码', format: 'cn-credit-code' },
    idNumber: { type: 'string', title: '法定代表人身份证号', format: 'cn-resident-id' },
    card: { type: 'string', title: '收款账号', format: 'bank-card' },
  },
};

function messages(validator: ValidatorType, data: unknown): string[] {
  const { errors } = validator.validateFormData(data, schema, undefined, (raw) =>
    titledErrors(raw, schema, {}, 'zh-CN'),
  );
  return errors.map((error) => error.message ?? '');
}

describe.each([
  ['ajv', formValidator('zh-CN')],
  ['the interpreting validator', interpretingValidator('zh-CN')],
])('%s', (_name, validator) => {
  it('passes valid identifiers and names what is wrong with invalid ones', () => {
    expect(
      messages(validator, {
        creditCode: '91350100M000100Y43',
        idNumber: '11010519491231002X',
        card: '6222021234567890128',
      }),
    ).toEqual([]);
    expect(
      messages(validator, {
        creditCode: '91350100M000100Y44',
        idNumber: '110101199003074478',
        card: '6222021234567890123',
      }),
    ).toEqual([
      expect.stringMatching(/^“统一社会信用代码”不是有效的统一社会信用代码/),
      expect.stringMatching(/^“法定代表人身份证号”不是有效的居民身份证号/),
      expect.stringMatching(/^“收款账号”不是有效的银行卡号/),
    ]);
  });
});
