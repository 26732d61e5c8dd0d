import type { FormDefinition } from '../form-definition';

/** 授信结果: the bank the bureau pushed the application to records the credit it granted. */
export const equipmentRelendingCreditForm: FormDefinition = {
  key: 'equipment-relending-credit',
  version: 1,
  title: { zh: '设备更新贷款授信结果', en: 'Equipment renewal credit' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '设备更新贷款授信结果',
    required: ['creditAmount', 'creditDate', 'termMonths', 'interestRate', 'contractNo'],
    additionalProperties: false,
    properties: {
      creditAmount: { type: 'number', title: '授信金额（元）', minimum: 1, maximum: 10_000_000_000 },
      creditDate: { type: 'string', title: '授信日期', format: 'date' },
      termMonths: { type: 'integer', title: '贷款期限（月）', minimum: 1, maximum: 120 },
      interestRate: { type: 'number', title: '年利率（%）', exclusiveMinimum: 0, maximum: 24 },
      contractNo: { type: 'string', title: '借款合同编号', minLength: 4, maxLength: 40, pattern: '^[A-Za-z0-9-]+$' },
    },
  },
  uiSchema: {
    'ui:order': ['creditAmount', 'creditDate', 'termMonths', 'interestRate', 'contractNo'],
    interestRate: { 'ui:placeholder': '如 2.9', 'ui:help': '再贷款支持的优惠利率' },
  },
  example: {
    creditAmount: 10_000_000,
    creditDate: '2026-05-12',
    termMonths: 36,
    interestRate: 2.9,
    contractNo: 'NH-YM-SB-2026-031',
  },
};
