import type { FormDefinition } from '../form-definition';

/** 奖补资金拨付: finance records the payment after the public notice period ended without objection. */
export const subsidyPaymentForm: FormDefinition = {
  key: 'subsidy-payment',
  version: 1,
  title: { zh: '奖补资金拨付', en: 'Subsidy payment' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '奖补资金拨付',
    required: ['paidAmount', 'paidDate', 'voucherNo'],
    additionalProperties: false,
    properties: {
      paidAmount: { type: 'number', title: '拨付金额（元）', minimum: 1, maximum: 10_000_000 },
      paidDate: { type: 'string', title: '拨付日期', format: 'date' },
      voucherNo: { type: 'string', title: '支付凭证号', minLength: 4, maxLength: 40, pattern: '^[A-Za-z0-9-]+$' },
    },
  },
  uiSchema: { 'ui:order': ['paidAmount', 'paidDate', 'voucherNo'] },
  example: { paidAmount: 200_000, paidDate: '2026-03-20', voucherNo: 'CZ-2026-0318' },
};
