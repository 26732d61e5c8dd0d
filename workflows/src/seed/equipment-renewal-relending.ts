import type { ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/**
 * 设备更新再贷款 / 银企对接: the economy & IT bureau checks eligibility and
 * pushes the application to the bank, which accepts it, grants credit and
 * disburses: each stage recorded, so the bureau tracks the "last mile".
 */
export const equipmentRenewalRelendingProcess: ProcessDefinition = {
  key: 'equipment-renewal-relending',
  version: 1,
  name: { zh: '设备更新再贷款', en: 'Equipment renewal relending' },
  description: {
    zh: '经信局审核设备更新项目资格并推送银行，银行对接、授信、放款，全程跟踪到“最后一公里”。',
    en: 'The bureau checks eligibility and pushes to the bank, which matches, grants credit and disburses, tracked to the last mile.',
  },
  form: { key: 'equipment-renewal-relending', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'eligibility',
      name: { zh: '经信局资格审核', en: 'Eligibility check' },
      assignees: { org: SEED_ORGS.economyBureau, role: 'handler' },
      sla: { workingDays: 3, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'bank-matching',
      name: { zh: '银行受理对接', en: 'Bank accepts the referral' },
      assignees: { org: SEED_ORGS.abcYunmeng, role: 'bank_officer' },
      sla: { workingDays: 2, onTimeout: 'escalate' },
    },
    {
      type: 'fill',
      id: 'credit',
      name: { zh: '银行授信', en: 'Credit granted' },
      assignees: { org: SEED_ORGS.abcYunmeng, role: 'bank_officer' },
      form: { key: 'equipment-relending-credit', version: 1 },
      sla: { workingDays: 10, remindBeforeWorkingDays: 2, onTimeout: 'escalate' },
    },
    {
      type: 'fill',
      id: 'disbursement',
      name: { zh: '银行放款', en: 'Loan disbursed' },
      assignees: { org: SEED_ORGS.abcYunmeng, role: 'bank_officer' },
      form: { key: 'equipment-relending-disbursement', version: 1 },
      sla: { workingDays: 10, remindBeforeWorkingDays: 2, onTimeout: 'escalate' },
    },
  ],
};
