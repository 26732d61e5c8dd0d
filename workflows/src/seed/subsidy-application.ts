import type { ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/**
 * 奖补申请: the economy & IT bureau reviews and its leader decides, the award
 * is publicised for 5 working days (公示), then finance pays it.
 */
export const subsidyApplicationProcess: ProcessDefinition = {
  key: 'subsidy-application',
  version: 1,
  name: { zh: '奖补申请', en: 'Subsidy application' },
  description: {
    zh: '企业申请春节连续生产奖励等奖补资金：经信局审核、审定，公示 5 个工作日，财政局拨付。',
    en: 'An enterprise applies for a subsidy: the bureau reviews and decides, the award is publicised for 5 working days, finance pays.',
  },
  form: { key: 'subsidy-application', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'bureau-review',
      name: { zh: '经信局初审', en: 'Bureau review' },
      assignees: { org: SEED_ORGS.economyBureau, role: 'handler' },
      sla: { workingDays: 5, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'bureau-decision',
      name: { zh: '经信局审定', en: 'Bureau decision' },
      assignees: { org: SEED_ORGS.economyBureau, role: 'leader' },
      sla: { workingDays: 3, onTimeout: 'remind' },
    },
    { type: 'wait', id: 'public-notice', name: { zh: '公示', en: 'Public notice' }, workingDays: 5 },
    {
      type: 'fill',
      id: 'payment',
      name: { zh: '财政局拨付', en: 'Payment by finance' },
      assignees: { org: SEED_ORGS.finance, role: 'handler' },
      form: { key: 'subsidy-payment', version: 1 },
      sla: { workingDays: 10, remindBeforeWorkingDays: 2, onTimeout: 'escalate' },
    },
  ],
};
