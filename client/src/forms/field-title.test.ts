import { fieldTitle } from './field-title';
import { loanSchema, loanUiSchema } from './loan-form.fixture';

describe('fieldTitle', () => {
  it('uses the schema title of a property', () => {
    expect(fieldTitle(loanSchema, undefined, ['loanAmount'])).toBe('原贷款金额（元）');
  });

  it('prefers the uiSchema title, which is what the label shows', () => {
    expect(fieldTitle(loanSchema, loanUiSchema, ['contactPhone'])).toBe('联系人手机');
  });

  it('steps into array items', () => {
    expect(fieldTitle(loanSchema, undefined, ['guarantors', '2', 'name'])).toBe('担保人姓名');
  });

  it('finds a field shown only under a condition in its then', () => {
    const conditional = {
      type: 'object' as const,
      properties: { kind: { type: 'string' as const } },
      allOf: [
        { if: { required: ['kind'] }, then: { properties: { reason: { type: 'string' as const, title: '原因' } } } },
      ],
    };
    expect(fieldTitle(conditional, undefined, ['reason'])).toBe('原因');
  });

  it('falls back to the field name, and to nothing for the root', () => {
    expect(fieldTitle(loanSchema, undefined, ['unknownField'])).toBe('unknownField');
    expect(fieldTitle(loanSchema, undefined, [])).toBe('');
  });
});
