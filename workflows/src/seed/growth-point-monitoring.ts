import type { ProcessDefinition } from '../dsl/process-definition';

/**
 * 重大增长点监测: opened for each monitored enterprise on the 1st of every month
 * by the `growthPointRound` workflow (a Temporal Schedule starts it). The
 * enterprise reports last month's figures; a report still missing after 3
 * working days is reminded, after 5 its 包保 official (the leader of the
 * 包保组 named in the request) is added and may report or chase.
 */
export const growthPointMonitoringProcess: ProcessDefinition = {
  key: 'growth-point-monitoring',
  version: 1,
  name: { zh: '重大增长点监测', en: 'Growth-point monitoring' },
  description: {
    zh: '重大增长点企业每月报送生产经营数据，逾期未报的提醒并升级至包保责任人。',
    en: 'Monitored enterprises report production figures monthly; missing reports are reminded and escalated to the responsible official.',
  },
  form: { key: 'growth-point-report-notice', version: 1 },
  steps: [
    {
      type: 'fill',
      id: 'monthly-report',
      name: { zh: '企业报送月报', en: 'Monthly report' },
      assignees: { applicantOrg: true, role: 'applicant' },
      form: { key: 'growth-point-monthly-report', version: 1 },
      sla: {
        workingDays: 5,
        remindBeforeWorkingDays: 2,
        redCardAfterWorkingDays: 5,
        onTimeout: 'escalate',
        escalateTo: { orgFromField: 'supervisionGroupId', role: 'leader' },
      },
    },
  ],
};
export const GROWTH_POINT_PROCESS_KEY = 'growth-point-monitoring';
