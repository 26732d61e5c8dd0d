import { loanRenewalApplicationForm as form, seedForms } from './seed';
import type { FormDefinition } from './form-definition';
import { fieldTitle, validateFormData } from './validate-form-data';

describe('validateFormData', () => {
  it('accepts every seed form’s example', () => {
    expect(validateFormData(form, form.example)).toEqual({ valid: true });
  });

  it('names the field by its title in zh-CN', () => {
    const result = validateFormData(form, { ...form.example, loanAmount: 0 });
    expect(result).toEqual({
      valid: false,
      errors: [{ path: '/loanAmount', message: '“原贷款金额（元）”应当为 >= 1' }],
    });
  });

  it('says which required field is missing, in both languages', () => {
    const { contactPhone: _omitted, ...data } = form.example;
    expect(validateFormData(form, data)).toMatchObject({
      errors: [{ path: '/contactPhone', message: '请填写“联系电话”' }],
    });
    expect(validateFormData(form, data, 'en')).toMatchObject({ errors: [{ message: '"联系电话" is required' }] });
  });

  it('refuses unknown fields and MongoDB operators smuggled in as values', () => {
    const result = validateFormData(form, { ...form.example, $where: '1', loanAmount: { $gt: 0 } });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors.map((error) => error.path).sort()).toEqual(['/$where', '/loanAmount']);
  });

  it('reports every error at once', () => {
    const result = validateFormData(form, {});
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors).toHaveLength(8);
  });

  it('checks formats such as dates', () => {
    const result = validateFormData(form, { ...form.example, maturityDate: '2026-13-45' });
    expect(result).toMatchObject({ valid: false, errors: [{ path: '/maturityDate' }] });
  });
});

describe('amounts (multipleOf 0.01)', () => {
  const amountForm: FormDefinition = {
    key: 'amounts',
    version: 1,
    title: { zh: '金额' },
    schema: { type: 'object', properties: { total: { type: 'number', title: '计划总投资（元）', multipleOf: 0.01 } } },
    uiSchema: {},
    example: {},
  };

  it('accepts any amount in fen, however large (8770367.36 / 0.01 is 877036735.9999999 in floating point)', () => {
    for (const total of [19.99, 8_770_367.36, 123_456_789_012.34])
      expect(validateFormData(amountForm, { total })).toEqual({ valid: true });
  });

  it('refuses a fraction of a fen, in Chinese', () => {
    expect(validateFormData(amountForm, { total: 8_770_367.365 })).toEqual({
      valid: false,
      errors: [{ path: '/total', message: '“计划总投资（元）”应当是 0.01 的整数倍' }],
    });
  });
});

describe('fieldTitle', () => {
  it('walks nested objects and arrays, and falls back to the field name', () => {
    const schema = {
      properties: { items: { type: 'array', items: { properties: { name: { title: '名称' } } } } },
    };
    expect(fieldTitle(schema, '/items/0/name')).toBe('名称');
    expect(fieldTitle(schema, '/unknown')).toBe('unknown');
  });
});

describe('messages a person can act on', () => {
  it('says a choice must be one of its options, once, instead of one error per option', () => {
    const result = validateFormData(form, { ...form.example, bank: 'org-unknown' });
    expect(result).toEqual({ valid: false, errors: [{ path: '/bank', message: '请从“贷款银行”的选项中选择' }] });
  });

  it('hides the regular expression behind a pattern', () => {
    const result = validateFormData(form, { ...form.example, contactPhone: '12345' });
    expect(result).toEqual({ valid: false, errors: [{ path: '/contactPhone', message: '“联系电话”的格式不正确' }] });
  });
});

describe('conditional rules', () => {
  it('asks for what the rule needs, without a message about the rule itself', () => {
    const rating = seedForms.find((candidate) => candidate.key === 'enterprise-demand-rating')!;
    const { comment: _comment, ...data } = { ...rating.example, grade: 1 } as Record<string, unknown>;
    const result = validateFormData(rating, data);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors.map((error) => error.path)).toEqual(['/comment']);
  });
});

describe('outside forms', () => {
  // An English schema whose labels the uiSchema gives in Chinese, as bilingual outside forms do.
  const bilingual: FormDefinition = {
    key: 'bilingual-contact',
    version: 1,
    title: { zh: '联系人' },
    schema: {
      type: 'object',
      required: ['email'],
      properties: {
        email: { type: 'string', title: 'Email', format: 'email' },
        age: { type: 'integer', title: 'Age', minimum: 18 },
        quantity: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\d+$' }], title: 'Quantity' },
      },
      allOf: [{ required: ['email'] }, { properties: { age: { minimum: 21 } } }],
    },
    uiSchema: { email: { 'ui:title': '电子邮箱' }, age: { 'ui:title': '年龄' } },
    example: { email: 'a@b.cn' },
  };

  it('names fields by their English title in English and by the label shown in Chinese', () => {
    expect(validateFormData(bilingual, {}, 'en')).toEqual({
      valid: false,
      errors: [{ path: '/email', message: '"Email" is required' }],
    });
    expect(validateFormData(bilingual, {}, 'zh-CN')).toEqual({
      valid: false,
      errors: [{ path: '/email', message: '请填写“电子邮箱”' }],
    });
  });

  it('reports a field failing the same rule in several branches once', () => {
    const result = validateFormData(bilingual, { email: 'a@b.cn', age: 3 }, 'en');
    expect(result).toEqual({ valid: false, errors: [{ path: '/age', message: '"Age" must be >= 21' }] });
  });

  it('checks a file field (format data-url) as the browser does', () => {
    const files = {
      ...bilingual,
      key: 'files',
      schema: { properties: { scan: { type: 'string', format: 'data-url' } } },
    };
    expect(validateFormData(files, { scan: 'data:application/pdf;name=a.pdf;base64,JVBERi0=' })).toEqual({
      valid: true,
    });
    expect(validateFormData(files, { scan: 'C:\\scan.pdf' }, 'en')).toMatchObject({ errors: [{ path: '/scan' }] });
  });

  it('reports alternatives that all fail as one problem, not one per alternative', () => {
    const result = validateFormData(bilingual, { email: 'a@b.cn', quantity: 'many' }, 'en');
    expect(result).toEqual({
      valid: false,
      errors: [{ path: '/quantity', message: '"Quantity" fits none of the allowed forms' }],
    });
  });
});
