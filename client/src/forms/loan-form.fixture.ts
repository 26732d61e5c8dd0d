import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/** A trimmed copy of the loan-renewal form's shape, for tests of error wording. */
export const loanSchema: RJSFSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: '续贷协调申请表',
  required: ['loanContractNo', 'bank', 'loanAmount', 'contactPhone'],
  properties: {
    loanContractNo: { type: 'string', title: '贷款合同编号', minLength: 4, pattern: '^[A-Za-z0-9-]+$' },
    bank: { type: 'string', title: '贷款银行', oneOf: [{ const: 'org-abc-yunmeng', title: '农行云梦支行' }] },
    loanAmount: { type: 'number', title: '原贷款金额（元）', minimum: 1 },
    maturityDate: { type: 'string', title: '贷款到期日', format: 'date' },
    contactPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    guarantors: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string', title: '担保人姓名' } } },
    },
  },
};

export const loanUiSchema: UiSchema = {
  contactPhone: { 'ui:title': '联系人手机' },
};
