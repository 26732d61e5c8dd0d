import type { FormDefinition } from '../form-definition';

/**
 * 重大增长点监测月报: each monitored enterprise (expected to add at least
 * 2,000 万元 of output this year) reports its production figures every month;
 * the responsible official (包保责任人) chases missing reports.
 */
export const growthPointMonthlyReportForm: FormDefinition = {
  key: 'growth-point-monthly-report',
  version: 1,
  title: { zh: '重大增长点监测月报', en: 'Growth-point monthly report' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '重大增长点监测月报',
    required: [
      'enterpriseName',
      'creditCode',
      'reportMonth',
      'outputThisMonth',
      'outputYearToDate',
      'growthRate',
      'employees',
      'reporterName',
      'reporterPhone',
    ],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      creditCode: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
      },
      reportMonth: { type: 'string', title: '报告月份', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
      outputThisMonth: { type: 'number', title: '本月产值（万元）', minimum: 0, maximum: 10_000_000 },
      outputYearToDate: { type: 'number', title: '本年累计产值（万元）', minimum: 0, maximum: 100_000_000 },
      growthRate: { type: 'number', title: '累计产值同比增长（%）', minimum: -100, maximum: 10_000 },
      employees: { type: 'integer', title: '从业人员（人）', minimum: 0, maximum: 500_000 },
      problems: { type: 'string', title: '存在的困难和问题', maxLength: 2000 },
      reporterName: { type: 'string', title: '填报人', minLength: 2, maxLength: 20 },
      reporterPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    },
  },
  uiSchema: {
    'ui:order': [
      'enterpriseName',
      'creditCode',
      'reportMonth',
      'outputThisMonth',
      'outputYearToDate',
      'growthRate',
      'employees',
      'problems',
      'reporterName',
      'reporterPhone',
    ],
    creditCode: { 'ui:placeholder': '18 位，见营业执照' },
    reportMonth: { 'ui:placeholder': '如 2026-03', 'ui:help': '填报上月数据，每月 10 日前报送' },
    outputThisMonth: { 'ui:help': '工业总产值（当年价格），单位：万元' },
    outputYearToDate: { 'ui:help': '1 月至报告月份累计，单位：万元' },
    growthRate: { 'ui:placeholder': '如 25.6，下降填负数' },
    problems: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 3 },
      'ui:placeholder': '需要协调解决的用工、资金、订单、能耗等问题，没有可不填',
    },
    reporterPhone: { 'ui:placeholder': '11 位手机号' },
  },
  example: {
    enterpriseName: '湖北易普乐生物科技有限公司',
    creditCode: '91420921MA4F2PH8AJ',
    reportMonth: '2026-03',
    outputThisMonth: 4_860.5,
    outputYearToDate: 12_730.2,
    growthRate: 31.4,
    employees: 426,
    problems: '二期车间投产后电力增容申请尚在办理，请协调供电公司加快接电。',
    reporterName: '周敏',
    reporterPhone: '13545671234',
  },
};
