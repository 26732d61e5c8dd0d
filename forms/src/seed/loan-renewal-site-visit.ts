import type { FormDefinition } from '../form-definition';

/**
 * 尽职调查记录: the bank branch's on-site check (实地核查) in the loan renewal
 * process, before it asks its upper-level branch for special approval. Not
 * recommending the renewal must say why, so the service centre can act on it.
 */
export const loanRenewalSiteVisitForm: FormDefinition = {
  key: 'loan-renewal-site-visit',
  version: 1,
  title: { zh: '续贷尽职调查记录', en: 'Loan renewal due diligence' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '续贷尽职调查记录',
    required: ['siteVisitDate', 'siteVisitRecord', 'recommendation'],
    additionalProperties: false,
    properties: {
      siteVisitDate: { type: 'string', title: '实地核查日期', format: 'date' },
      siteVisitRecord: { type: 'string', title: '实地核查记录', minLength: 10, maxLength: 2000 },
      recommendation: {
        type: 'string',
        title: '支行意见',
        oneOf: [
          { const: 'recommend', title: '建议续贷，报上级行特批' },
          { const: 'not-recommend', title: '不建议续贷' },
        ],
      },
      reason: { type: 'string', title: '不建议续贷的理由', minLength: 5, maxLength: 1000 },
    },
    if: { properties: { recommendation: { const: 'not-recommend' } }, required: ['recommendation'] },
    then: { required: ['reason'] },
  },
  uiSchema: {
    'ui:order': ['siteVisitDate', 'siteVisitRecord', 'recommendation', 'reason'],
    siteVisitRecord: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 4 },
      'ui:placeholder': '生产经营、纳税、用电、存货及担保情况',
    },
    recommendation: { 'ui:widget': 'radio' },
    reason: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 }, 'ui:help': '不建议续贷时必填' },
  },
  example: {
    siteVisitDate: '2026-12-14',
    siteVisitRecord: '企业生产正常，近三个月用电量稳定，纳税无欠缴，原抵押厂房状况良好，建议维持原担保方式续贷。',
    recommendation: 'recommend',
  },
};
