import type { FormDefinition } from '../form-definition';

/**
 * 月报通知: what the monthly growth-point round fills in when it opens an
 * enterprise's report request (the figures themselves are the
 * `growth-point-monthly-report` the enterprise fills). `supervisionGroupId`
 * names the 包保组 whose leader a missing report escalates to.
 */
export const growthPointReportNoticeForm: FormDefinition = {
  key: 'growth-point-report-notice',
  version: 1,
  title: { zh: '重大增长点月报通知', en: 'Growth-point report notice' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '重大增长点月报通知',
    required: ['enterpriseName', 'creditCode', 'reportMonth', 'supervisionGroupId', 'supervisionGroupName'],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      creditCode: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
      },
      reportMonth: { type: 'string', title: '报告月份', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
      supervisionGroupId: { type: 'string', title: '包保组编号', pattern: '^[a-z0-9-]{1,64}$' },
      supervisionGroupName: { type: 'string', title: '包保组', minLength: 2, maxLength: 100 },
    },
  },
  uiSchema: {
    'ui:order': ['enterpriseName', 'creditCode', 'reportMonth', 'supervisionGroupId', 'supervisionGroupName'],
    reportMonth: { 'ui:help': '每月 1 日自动发起，报告上月数据' },
    supervisionGroupId: { 'ui:widget': 'hidden' },
  },
  example: {
    enterpriseName: '湖北易普乐生物科技有限公司',
    creditCode: '91420921MA4F2PH8AJ',
    reportMonth: '2026-03',
    supervisionGroupId: 'org-gp-group-01',
    supervisionGroupName: '重大增长点包保第 1 组',
  },
};
