import type { FormDefinition } from '../form-definition';

/**
 * 续贷审批意见: what the bank branch fills in the loan renewal process after
 * its on-site check. An approval must carry the new contract; a refusal must
 * say why, so the service centre can coordinate further.
 */
export const loanRenewalBankDecisionForm: FormDefinition = {
  key: 'loan-renewal-bank-decision',
  version: 1,
  title: { zh: '续贷审批意见', en: 'Bank loan renewal decision' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '续贷审批意见',
    required: ['siteVisitDate', 'siteVisitRecord', 'decision'],
    additionalProperties: false,
    properties: {
      siteVisitDate: { type: 'string', title: '实地核查日期', format: 'date' },
      siteVisitRecord: { type: 'string', title: '实地核查记录', minLength: 10, maxLength: 2000 },
      upperBranchApproval: { type: 'boolean', title: '已报上级行特别审批', default: false },
      decision: {
        type: 'string',
        title: '审批结论',
        oneOf: [
          { const: 'approve', title: '同意续贷' },
          { const: 'decline', title: '不同意续贷' },
        ],
      },
      newContractNo: {
        type: 'string',
        title: '新借款合同编号',
        minLength: 4,
        maxLength: 40,
        pattern: '^[A-Za-z0-9-]+$',
      },
      renewedAmount: { type: 'number', title: '续贷金额（元）', minimum: 1, maximum: 10_000_000_000 },
      newMaturityDate: { type: 'string', title: '新贷款到期日', format: 'date' },
      interestRate: { type: 'number', title: '年利率（%）', exclusiveMinimum: 0, maximum: 24 },
      declineReason: { type: 'string', title: '不同意续贷的理由', minLength: 5, maxLength: 1000 },
      remarks: { type: 'string', title: '备注', maxLength: 500 },
    },
    allOf: [
      {
        if: { properties: { decision: { const: 'approve' } }, required: ['decision'] },
        then: { required: ['newContractNo', 'renewedAmount', 'newMaturityDate', 'interestRate'] },
      },
      {
        if: { properties: { decision: { const: 'decline' } }, required: ['decision'] },
        then: { required: ['declineReason'] },
      },
    ],
  },
  uiSchema: {
    'ui:order': [
      'siteVisitDate',
      'siteVisitRecord',
      'upperBranchApproval',
      'decision',
      'newContractNo',
      'renewedAmount',
      'newMaturityDate',
      'interestRate',
      'declineReason',
      'remarks',
    ],
    siteVisitRecord: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 4 },
      'ui:placeholder': '生产经营、纳税、用电、存货及担保情况',
    },
    decision: { 'ui:widget': 'radio' },
    newContractNo: { 'ui:placeholder': '如 NH-YM-2026-1203', 'ui:help': '同意续贷时必填' },
    renewedAmount: { 'ui:help': '同意续贷时必填' },
    newMaturityDate: { 'ui:help': '同意续贷时必填' },
    interestRate: { 'ui:placeholder': '如 3.45', 'ui:help': '同意续贷时必填，执行年利率' },
    declineReason: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 3 },
      'ui:help': '不同意续贷时必填，服务中心据此继续协调',
    },
    remarks: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
  },
  example: {
    siteVisitDate: '2026-12-14',
    siteVisitRecord: '企业生产正常，近三个月用电量稳定，纳税无欠缴，原抵押厂房状况良好，同意维持原担保方式。',
    upperBranchApproval: true,
    decision: 'approve',
    newContractNo: 'NH-YM-2026-1203',
    renewedAmount: 6_000_000,
    newMaturityDate: '2027-12-19',
    interestRate: 3.45,
  },
};
