import type { FormDefinition } from '../form-definition';

/** 放款登记: the bank records the disbursement, the "last mile" the bureau tracks. */
export const equipmentRelendingDisbursementForm: FormDefinition = {
  key: 'equipment-relending-disbursement',
  version: 1,
  title: { zh: '设备更新贷款放款登记', en: 'Equipment renewal disbursement' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '设备更新贷款放款登记',
    required: ['disbursedAmount', 'disbursedDate'],
    additionalProperties: false,
    properties: {
      disbursedAmount: { type: 'number', title: '放款金额（元）', minimum: 1, maximum: 10_000_000_000 },
      disbursedDate: { type: 'string', title: '放款日期', format: 'date' },
      remarks: { type: 'string', title: '备注', maxLength: 500 },
    },
  },
  uiSchema: {
    'ui:order': ['disbursedAmount', 'disbursedDate', 'remarks'],
    remarks: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
  },
  example: { disbursedAmount: 10_000_000, disbursedDate: '2026-05-20', remarks: '首笔放款，按设备到货进度支付' },
};
