import { validateFormData } from '../validate-form-data';
import type { FormDefinition } from '../form-definition';
import { isBankCardNumber, isResidentIdNumber, isUnifiedSocialCreditCode } from './chinese-formats';

describe('Chinese identifiers, with their check characters', () => {
  it('统一社会信用代码 (GB 32100-2015): the 18th character checks the other 17', () => {
    for (const valid of ['91350100M000100Y43', '91110000600037341L', '91420902MA4D8LW6XW']) {
      expect([valid, isUnifiedSocialCreditCode(valid)]).toEqual([valid, true]);
    }
    for (const invalid of [
      '91350100M000100Y44', // wrong check character
      '91350100M000100Y4', // 17 characters
      '91350100M000I00Y43', // I is not used
      '91350100m000100y43', // lower case
    ]) {
      expect([invalid, isUnifiedSocialCreditCode(invalid)]).toEqual([invalid, false]);
    }
  });

  it('居民身份证号 (GB 11643-1999): a real date of birth, and the check digit (X for 10)', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110101199003074477')).toBe(true);
    expect(isResidentIdNumber('110101199003074478')).toBe(false);
    expect(isResidentIdNumber('11010519490231002X')).toBe(false); // 31 February
    expect(isResidentIdNumber('11010518991231002X')).toBe(false); // before 1900
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
  });

  it('bank card numbers pass the Luhn check', () => {
    expect(isBankCardNumber('6222021234567890128')).toBe(true);
    expect(isBankCardNumber('4111111111111111')).toBe(true);
    expect(isBankCardNumber('6222021234567890123')).toBe(false);
    expect(isBankCardNumber('41111111111')).toBe(false);
  });
});

describe('a form field of such a format', () => {
  const form: FormDefinition = {
    key: 'identifiers',
    version: 1,
    title: { zh: '标识校验' },
    schema: {
      type: 'object',
      properties: {
        creditCode: { type: 'string', title: '统一社会信用代码', format: 'cn-credit-code' },
        idNumber: { type: 'string', title: '法定代表人身份证号', format: 'cn-resident-id' },
        mobile: { type: 'string', title: '联系电话', format: 'cn-mobile' },
        landline: { type: 'string', title: '办公电话', format: 'cn-landline' },
        postcode: { type: 'string', title: '邮编', format: 'cn-postcode' },
        card: { type: 'string', title: '收款账号', format: 'bank-card' },
      },
    },
    uiSchema: {},
    example: {},
  } as unknown as FormDefinition;

  it('passes valid values and names what is wrong with each invalid one, in Chinese and in English', () => {
    const valid = {
      creditCode: '91350100M000100Y43',
      idNumber: '11010519491231002X',
      mobile: '13872345678',
      landline: '0712-8888666',
      postcode: '432500',
      card: '6222021234567890128',
    };
    expect(validateFormData(form, valid)).toEqual({ valid: true });
    const invalid = {
      creditCode: '91350100M000100Y44',
      idNumber: '110101199003074478',
      mobile: '23872345678',
      landline: '8888666',
      postcode: '43250',
      card: '6222021234567890123',
    };
    const zh = validateFormData(form, invalid);
    expect(zh.valid ? [] : zh.errors).toEqual([
      { path: '/creditCode', message: expect.stringMatching(/^“统一社会信用代码”不是有效的统一社会信用代码/) },
      { path: '/idNumber', message: expect.stringMatching(/^“法定代表人身份证号”不是有效的居民身份证号/) },
      { path: '/mobile', message: expect.stringMatching(/^“联系电话”不是有效的手机号码/) },
      { path: '/landline', message: expect.stringMatching(/^“办公电话”不是有效的固定电话/) },
      { path: '/postcode', message: expect.stringMatching(/^“邮编”不是有效的邮政编码/) },
      { path: '/card', message: expect.stringMatching(/^“收款账号”不是有效的银行卡号/) },
    ]);
    const en = validateFormData(form, { creditCode: 'x' }, 'en');
    expect(en.valid ? [] : en.errors).toEqual([
      {
        path: '/creditCode',
        message: expect.stringMatching(/^"统一社会信用代码" is not a valid unified social credit code/),
      },
    ]);
  });
});
