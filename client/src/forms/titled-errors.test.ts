import { customizeValidator } from '@rjsf/validator-ajv8';
import zhMessages from 'ajv-i18n/localize/zh';
import Ajv2020 from 'ajv/dist/2020';
import { loanSchema, loanUiSchema } from './loan-form.fixture';
import { titledErrors } from './titled-errors';

// The real validator the form uses, so the test sees rjsf's actual paths and ajv-i18n's actual texts.
const zhValidator = customizeValidator({ AjvClass: Ajv2020 }, zhMessages);
const enValidator = customizeValidator({ AjvClass: Ajv2020 });

function messagesFor(data: Record<string, unknown>, language: 'zh-CN' | 'en') {
  const validator = language === 'zh-CN' ? zhValidator : enValidator;
  const { errors } = validator.validateFormData(data, loanSchema, undefined, (raw) =>
    titledErrors(raw, loanSchema, loanUiSchema, language),
  );
  return errors.map((error) => error.message);
}

describe('titledErrors', () => {
  it('names missing fields by their title, in Chinese', () => {
    expect(messagesFor({}, 'zh-CN')).toEqual(
      expect.arrayContaining([
        '请填写“贷款合同编号”',
        '请填写“贷款银行”',
        '请填写“原贷款金额（元）”',
        '请填写“联系人手机”',
      ]),
    );
  });

  it('words limits the way a form would', () => {
    expect(messagesFor({ loanAmount: 0 }, 'zh-CN')).toContain('“原贷款金额（元）”应当大于或等于 1');
    expect(messagesFor({ loanContractNo: 'AB' }, 'zh-CN')).toContain('“贷款合同编号”不应少于 4 个字符');
  });

  it('hides regular expressions and format names from users', () => {
    const messages = messagesFor({ contactPhone: '123', maturityDate: 'tomorrow' }, 'zh-CN');
    expect(messages).toContain('“联系人手机”格式不正确');
    expect(messages).toContain('“贷款到期日”格式不正确');
    expect(messages.join()).not.toMatch(/\^|date"/);
  });

  it('reports a choice outside the options once', () => {
    const messages = messagesFor({ bank: 'elsewhere' }, 'zh-CN').filter((message) => message?.includes('贷款银行'));
    expect(messages).toEqual(['请从选项中选择“贷款银行”']);
  });

  it('speaks English when the UI does', () => {
    const messages = messagesFor({ loanAmount: 0 }, 'en');
    expect(messages).toContain('"贷款银行" is required');
    expect(messages).toContain('"原贷款金额（元）" must be >= 1');
  });

  it('keeps the stack equal to the message, for error lists', () => {
    const [error] = titledErrors(
      [{ name: 'required', property: 'bank', stack: 'x', message: 'x' }],
      loanSchema,
      undefined,
      'zh-CN',
    );
    expect(error).toMatchObject({ message: '请填写“贷款银行”', stack: '请填写“贷款银行”', title: '贷款银行' });
  });
});

describe('outside forms', () => {
  // An English schema whose labels the uiSchema gives in Chinese, with a rule repeated in a branch and alternatives.
  const schema = {
    type: 'object' as const,
    required: ['email'],
    properties: {
      email: { type: 'string' as const, title: 'Email' },
      age: { type: 'integer' as const, title: 'Age', minimum: 18 },
      quantity: { anyOf: [{ type: 'integer' as const }, { type: 'string' as const, pattern: '^\\d+$' }], title: 'Qty' },
    },
    allOf: [{ required: ['email'] }, { properties: { age: { minimum: 21 } } }],
  };
  const uiSchema = { email: { 'ui:title': '电子邮箱' }, age: { 'ui:title': '年龄' }, quantity: { 'ui:title': '数量' } };
  const messages = (data: Record<string, unknown>, language: 'zh-CN' | 'en') =>
    (language === 'en' ? enValidator : zhValidator)
      .validateFormData(data, schema, undefined, (raw) => titledErrors(raw, schema, uiSchema, language))
      .errors.map((error) => error.message);

  it('names a field by its English title in English, by its label in Chinese', () => {
    expect(messages({}, 'en')).toEqual(['"Email" is required']);
    expect(messages({}, 'zh-CN')).toEqual(['请填写“电子邮箱”']);
  });

  it('says each problem once: a rule failing in two branches, alternatives that all fail', () => {
    expect(messages({ email: 'a', age: 3, quantity: 'many' }, 'en')).toEqual([
      '"Age" must be >= 21',
      '"Qty" must be one of the options',
    ]);
  });
});
