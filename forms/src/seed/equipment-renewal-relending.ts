import type { FormDefinition } from '../form-definition';

/**
 * 设备更新再贷款申请表: the enterprise lists the equipment it will buy and the
 * loan it wants; the economy & IT bureau checks eligibility against the
 * declarations, then pushes the application to the preferred banks.
 * Whether the loan fits the investment is the reviewer's call, not the form's.
 */
export const equipmentRenewalRelendingForm: FormDefinition = {
  key: 'equipment-renewal-relending',
  version: 1,
  title: { zh: '设备更新再贷款申请表', en: 'Equipment renewal relending application' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '设备更新再贷款申请表',
    required: [
      'enterpriseName',
      'creditCode',
      'projectName',
      'equipment',
      'totalInvestment',
      'loanAmount',
      'loanTermMonths',
      'preferredBanks',
      'declarations',
      'contactName',
      'contactPhone',
    ],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      creditCode: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
      },
      projectName: { type: 'string', title: '设备更新项目名称', minLength: 4, maxLength: 100 },
      equipment: {
        type: 'array',
        title: '拟购置设备清单',
        minItems: 1,
        maxItems: 100,
        items: {
          type: 'object',
          title: '设备',
          required: ['name', 'quantity', 'unitPrice'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', title: '设备名称', minLength: 2, maxLength: 100 },
            model: { type: 'string', title: '规格型号', maxLength: 100 },
            quantity: { type: 'integer', title: '数量（台/套）', minimum: 1, maximum: 10_000 },
            unitPrice: { type: 'number', title: '单价（元）', minimum: 0, maximum: 1_000_000_000 },
          },
        },
      },
      totalInvestment: { type: 'number', title: '项目总投资（元）', minimum: 0, maximum: 10_000_000_000 },
      loanAmount: { type: 'number', title: '申请贷款金额（元）', minimum: 1, maximum: 10_000_000_000 },
      loanTermMonths: { type: 'integer', title: '贷款期限（月）', minimum: 1, maximum: 120 },
      preferredBanks: {
        type: 'array',
        title: '意向银行',
        minItems: 1,
        maxItems: 5,
        uniqueItems: true,
        items: { type: 'string', title: '银行名称', minLength: 2, maxLength: 50 },
      },
      declarations: {
        type: 'object',
        title: '申报承诺',
        required: ['inKeyAreas', 'notDishonest', 'noDuplicateSupport', 'truthful'],
        additionalProperties: false,
        properties: {
          inKeyAreas: { type: 'boolean', title: '所购设备属于设备更新重点支持领域' },
          notDishonest: { type: 'boolean', title: '企业未被列入失信被执行人名单' },
          noDuplicateSupport: { type: 'boolean', title: '本项目未重复享受同类贷款贴息或再贷款支持' },
          // `enum: [true]`, not `const: true`: the form renderer turns a `const` into a default,
          // which would tick the pledge for the applicant.
          truthful: { type: 'boolean', title: '承诺所填内容真实有效', enum: [true] },
        },
      },
      contactName: { type: 'string', title: '联系人', minLength: 2, maxLength: 20 },
      contactPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    },
  },
  uiSchema: {
    'ui:order': [
      'enterpriseName',
      'creditCode',
      'projectName',
      'equipment',
      'totalInvestment',
      'loanAmount',
      'loanTermMonths',
      'preferredBanks',
      'declarations',
      'contactName',
      'contactPhone',
    ],
    creditCode: { 'ui:placeholder': '18 位，见营业执照' },
    equipment: {
      items: {
        'ui:order': ['name', 'model', 'quantity', 'unitPrice'],
        name: { 'ui:placeholder': '如 五轴联动加工中心' },
      },
    },
    totalInvestment: { 'ui:help': '含设备购置、安装及配套改造，单位：元' },
    loanAmount: { 'ui:help': '单位：元，经信局核实后推送至意向银行' },
    preferredBanks: { 'ui:help': '最多 5 家，按优先顺序填写', items: { 'ui:placeholder': '如 农行云梦支行' } },
    declarations: {
      'ui:order': ['inKeyAreas', 'notDishonest', 'noDuplicateSupport', 'truthful'],
      'ui:help': '经信局据此初审资格，须如实勾选',
    },
    contactPhone: { 'ui:placeholder': '11 位手机号' },
  },
  example: {
    enterpriseName: '应城市鑫达精密机械有限公司',
    creditCode: '91420981MA49R7TN27',
    projectName: '精密零部件数控加工生产线智能化改造',
    equipment: [
      { name: '五轴联动加工中心', model: 'VMC-650U', quantity: 4, unitPrice: 2_350_000 },
      { name: '数控车床', model: 'CK6150', quantity: 12, unitPrice: 286_000 },
      { name: '三坐标测量机', quantity: 1, unitPrice: 980_000 },
    ],
    totalInvestment: 14_800_000,
    loanAmount: 10_000_000,
    loanTermMonths: 36,
    preferredBanks: ['农行云梦支行', '工行孝感分行'],
    declarations: { inKeyAreas: true, notDishonest: true, noDuplicateSupport: true, truthful: true },
    contactName: '张建华',
    contactPhone: '13797361234',
  },
};
