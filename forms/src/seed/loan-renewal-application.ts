import type { FormDefinition } from '../form-definition';

/** 续贷协调申请表: what an enterprise fills to ask the service centre for help with a maturing loan. */
export const loanRenewalApplicationForm: FormDefinition = {
  key: 'loan-renewal-application',
  version: 1,
  title: { zh: '续贷协调申请表', en: 'Loan renewal application' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '续贷协调申请表',
    required: ['loanContractNo', 'bank', 'loanAmount', 'maturityDate', 'renewalAmount', 'purpose', 'contactName', 'contactPhone'],
    additionalProperties: false,
    properties: {
      loanContractNo: {
        type: 'string',
        title: '贷款合同编号',
        minLength: 4,
        maxLength: 40,
        pattern: '^[A-Za-z0-9-]+$',
      },
      bank: {
        type: 'string',
        title: '贷款银行',
        oneOf: [{ const: 'org-abc-yunmeng', title: '农行云梦支行' }],
      },
      loanAmount: { type: 'number', title: '原贷款金额（元）', minimum: 1, maximum: 10_000_000_000 },
      maturityDate: { type: 'string', title: '贷款到期日', format: 'date' },
      renewalAmount: { type: 'number', title: '申请续贷金额（元）', minimum: 1, maximum: 10_000_000_000 },
      purpose: { type: 'string', title: '贷款用途', minLength: 2, maxLength: 500 },
      greenChannel: { type: 'boolean', title: '申请开通绿色通道', default: true },
      contactName: { type: 'string', title: '联系人', minLength: 2, maxLength: 20 },
      contactPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    },
  },
  uiSchema: {
    'ui:order': [
      'loanContractNo',
      'bank',
      'loanAmount',
      'maturityDate',
      'renewalAmount',
      'purpose',
      'greenChannel',
      'contactName',
      'contactPhone',
    ],
    loanContractNo: { 'ui:placeholder': '如 NH-YM-2025-0815' },
    purpose: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
    contactPhone: { 'ui:placeholder': '11 位手机号', 'ui:help': '用于服务中心与银行联系' },
  },
  example: {
    loanContractNo: 'NH-YM-2025-0815',
    bank: 'org-abc-yunmeng',
    loanAmount: 6_000_000,
    maturityDate: '2026-12-20',
    renewalAmount: 6_000_000,
    purpose: '购置原材料及支付职工工资',
    greenChannel: true,
    contactName: '李娜',
    contactPhone: '13872345678',
  },
};
