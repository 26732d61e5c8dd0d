import { validateFormDefinition } from './validate-form-definition';

/** A form whose total is computed from its 明细表, with an example that holds what the formulas give. */
function definition(total: string, example: Record<string, unknown>) {
  return {
    key: 'formulas',
    version: 1,
    title: { zh: '公式' },
    uiSchema: {},
    example,
    schema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          title: '明细',
          items: {
            type: 'object',
            properties: {
              amount: { type: 'number', title: '金额', multipleOf: 0.01 },
              share: { type: 'number', title: '占比', readOnly: true, 'x-formula': 'amount / total' },
            },
          },
        },
        total: { type: 'number', title: '合计', multipleOf: 0.01, readOnly: true, 'x-formula': total },
      },
    },
  };
}

describe('validateFormDefinition with formulas', () => {
  it('accepts sound formulas and an example that holds their values (19.99 is a multiple of 0.01)', () => {
    const example = { items: [{ amount: 19.99, share: 1 }], total: 19.99 };
    expect(validateFormDefinition(definition('SUM(items.amount)', example), 'zh-CN')).toEqual([]);
  });

  it('refuses formulas that feed each other in a circle, at each formula', () => {
    const problems = validateFormDefinition(definition('SUM(items.share)', {}), 'zh-CN');
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      '/schema/properties/items/items/properties/share/x-formula',
      '/schema/properties/total/x-formula',
    ]);
    expect(problems[0]?.message).toContain('公式循环引用');
  });

  it('refuses an example whose computed values are not what the formulas give (each judged on the values before it)', () => {
    const example = { items: [{ amount: 10, share: 1 }], total: 11 };
    expect(validateFormDefinition(definition('SUM(items.amount)', example), 'en')).toEqual([
      { path: '/example/total', message: '"合计" is computed by its formula and must be 10' },
    ]);
  });
});

describe('validateFormDefinition reads formats as submissions do', () => {
  const withCreditCode = (creditCode: string) => ({
    key: 'formats',
    version: 1,
    title: { zh: '企业信息' },
    uiSchema: {},
    example: { creditCode },
    schema: {
      type: 'object',
      properties: { creditCode: { type: 'string', title: '统一社会信用代码', format: 'cn-credit-code' } },
    },
  });

  it('refuses an example whose 统一社会信用代码 has a wrong check character, which no submission could send', () => {
    expect(validateFormDefinition(withCreditCode('91420923MA49XXXX1X'), 'zh-CN')).toEqual([
      expect.objectContaining({ path: '/example/creditCode' }),
    ]);
  });

  it('accepts an example a submission would accept', () => {
    expect(validateFormDefinition(withCreditCode('91350100M000100Y43'), 'zh-CN')).toEqual([]);
  });
});
