import type { FormDefinition } from '../form-definition';

/** 续贷办理结果: the bank branch records the renewed loan once its upper-level branch approved it. */
export const loanRenewalRecordForm: FormDefinition = {
  key: 'loan-renewal-record',
  version: 1,
  title: { zh: '续贷办理结果', en: 'Loan renewal record' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '续贷办理结果',
    required: ['newContractNo', 'renewedAmount', 'renewalDate', 'newMaturityDate', 'interestRate'],
    additionalProperties: false,
    properties: {
      newContractNo: {
        type: 'string',
        title: '新借款合同编号',
        minLength: 4,
        maxLength: 40,
        pattern: '^[A-Za-z0-9-]+$',
      },
      renewedAmount: { type: 'number', title: '续贷金额（元）', minimum: 1, maximum: 10_000_000_000 },
      renewalDate: { type: 'string', title: '续贷发放日期', format: 'date' },
      newMaturityDate: { type: 'string', title: '新贷款到期日', format: 'date' },
      interestRate: { type: 'number', title: '年利率（%）', exclusiveMinimum: 0, maximum: 24 },
      remarks: { type: 'string', title: '备注', maxLength: 500 },
    },
  },
  uiSchema: {
    'ui:order': ['newContractNo', 'renewedAmount', 'renewalDate', 'newMaturityDate', 'interestRate', 'remarks'],
    newContractNo: { 'ui:placeholder': '如 NH-YM-2026-1203' },
    interestRate: { 'ui:placeholder': '如 3.45', 'ui:help': '执行年利率' },
    remarks: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
  },
  example: {
    newContractNo: 'NH-YM-2026-1203',
    renewedAmount: 6_000_000,
    renewalDate: '2026-12-18',
    newMaturityDate: '2027-12-17',
    interestRate: 3.45,
  },
};
