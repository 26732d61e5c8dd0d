import type { FormDefinition } from '../form-definition';

/**
 * 企业发展诉求登记表: an expanding enterprise states its demand, already split
 * into items, so the high-tech zone can hand each item to its own task force
 * (专班) and run them in parallel across departments.
 */
export const enterpriseDemandForm: FormDefinition = {
  key: 'enterprise-demand',
  version: 1,
  title: { zh: '企业发展诉求登记表', en: 'Enterprise demand' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '企业发展诉求登记表',
    required: ['enterpriseName', 'creditCode', 'background', 'items', 'contactName', 'contactPhone'],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      creditCode: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
      },
      background: { type: 'string', title: '扩产情况说明', minLength: 10, maxLength: 2000 },
      items: {
        type: 'array',
        title: '诉求事项',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          title: '诉求事项',
          required: ['category', 'description', 'expectedDate'],
          additionalProperties: false,
          properties: {
            category: {
              type: 'string',
              title: '诉求类别',
              oneOf: [
                { const: 'labour', title: '用工' },
                { const: 'financing', title: '融资' },
                { const: 'land', title: '用地' },
                { const: 'approval', title: '审批' },
                { const: 'after-sales-centre', title: '售后服务中心' },
                { const: 'other', title: '其他' },
              ],
            },
            description: { type: 'string', title: '诉求内容', minLength: 5, maxLength: 1000 },
            expectedDate: { type: 'string', title: '期望解决日期', format: 'date' },
          },
        },
      },
      contactName: { type: 'string', title: '联系人', minLength: 2, maxLength: 20 },
      contactPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    },
  },
  uiSchema: {
    'ui:order': ['enterpriseName', 'creditCode', 'background', 'items', 'contactName', 'contactPhone'],
    creditCode: { 'ui:placeholder': '18 位，见营业执照' },
    background: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 4 },
      'ui:placeholder': '扩产项目、新增产能、时间安排等',
    },
    items: {
      'ui:help': '每项诉求单独填写一行，高新区将按事项分别成立工作专班办理',
      items: {
        'ui:order': ['category', 'description', 'expectedDate'],
        description: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
      },
    },
    contactPhone: { 'ui:placeholder': '11 位手机号' },
  },
  example: {
    enterpriseName: '湖北英联科技有限公司',
    creditCode: '91420902MA4D8LW6XW',
    background: '公司新增两条汽车线束生产线，计划年内产能翻番，需新增一线员工并在本地建设售后服务中心。',
    items: [
      {
        category: 'labour',
        description: '新增一线操作工约 200 名，请协助对接职业院校及人社部门专场招聘。',
        expectedDate: '2026-03-31',
      },
      {
        category: 'financing',
        description: '生产线设备采购资金缺口约 3000 万元，希望对接银行中长期贷款。',
        expectedDate: '2026-04-30',
      },
      {
        category: 'after-sales-centre',
        description: '拟在高新区租赁约 2000 平方米场地建设售后服务中心，请协助选址及办理相关手续。',
        expectedDate: '2026-06-30',
      },
    ],
    contactName: '王磊',
    contactPhone: '15927581234',
  },
};
