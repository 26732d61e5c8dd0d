import type { FormDefinition } from '../form-definition';

/** 企业确认: the enterprise confirms the renewed loan reached its account, which closes the request. */
export const loanRenewalConfirmationForm: FormDefinition = {
  key: 'loan-renewal-confirmation',
  version: 1,
  title: { zh: '续贷到账确认', en: 'Renewal confirmation' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '续贷到账确认',
    required: ['received', 'receivedDate'],
    additionalProperties: false,
    properties: {
      // `enum: [true]`, not `const: true`: the form renderer would tick a `const` for the enterprise.
      received: { type: 'boolean', title: '续贷资金已到账', enum: [true] },
      receivedDate: { type: 'string', title: '到账日期', format: 'date' },
      remarks: { type: 'string', title: '意见和建议', maxLength: 500 },
    },
  },
  uiSchema: {
    'ui:order': ['received', 'receivedDate', 'remarks'],
    remarks: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
  },
  example: { received: true, receivedDate: '2026-12-18', remarks: '绿色通道一周办结，感谢服务中心和农行。' },
};
