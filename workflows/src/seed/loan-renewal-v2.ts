import type { ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/**
 * 政银企续贷协调 v2, the whole green channel: the centre accepts within one
 * working day (late: its leader is added), the branch checks on site, its
 * upper-level branch approves specially, the branch records the renewal and
 * the enterprise confirms the money arrived. The step SLAs add up to the five
 * working days the city promises end to end.
 */
export const loanRenewalProcessV2: ProcessDefinition = {
  key: 'loan-renewal',
  version: 2,
  name: { zh: '政银企续贷协调', en: 'Loan renewal coordination' },
  description: {
    zh: '企业贷款即将到期，县招商服务中心受理并开通绿色通道，支行尽职调查、上级行特批、办理续贷，企业确认到账。',
    en: "A firm's loan is about to mature: the service centre opens a green channel, the branch checks on site, its upper-level branch approves, the loan is renewed and the firm confirms.",
  },
  form: { key: 'loan-renewal-application', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'centre-accept',
      name: { zh: '招商服务中心受理', en: 'Service centre acceptance' },
      assignees: { org: SEED_ORGS.investmentCentre, role: 'handler' },
      mode: 'any',
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'fill',
      id: 'bank-due-diligence',
      name: { zh: '支行尽职调查', en: 'Branch due diligence' },
      assignees: { org: SEED_ORGS.abcYunmeng, role: 'bank_officer' },
      form: { key: 'loan-renewal-site-visit', version: 1 },
      // Green channel: the site visit within a working day, so the five steps fit the five-day promise.
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'upper-branch-approval',
      name: { zh: '上级行特批', en: 'Upper-level branch special approval' },
      assignees: { org: SEED_ORGS.abcXiaogan, role: 'bank_officer' },
      mode: 'any',
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'fill',
      id: 'renewal-record',
      name: { zh: '办理续贷', en: 'Renewal recorded' },
      assignees: { org: SEED_ORGS.abcYunmeng, role: 'bank_officer' },
      form: { key: 'loan-renewal-record', version: 1 },
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'fill',
      id: 'applicant-confirm',
      name: { zh: '企业确认到账', en: 'Applicant confirms' },
      assignees: { applicantOrg: true, role: 'applicant' },
      form: { key: 'loan-renewal-confirmation', version: 1 },
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'remind' },
    },
  ],
  // The city's promise: five working days end to end, the applicant's corrections not counted; late, the centre's leader steps in.
  sla: {
    workingDays: 5,
    onTimeout: 'escalate',
    escalateTo: { org: SEED_ORGS.investmentCentre, role: 'leader' },
  },
  // 好差评: a bad rating goes back to the centre's leader, and the city's supervision office calls the firm.
  rating: {
    rectification: { assignees: { org: SEED_ORGS.investmentCentre, role: 'leader' }, sla: { workingDays: 5 } },
    followUp: { assignees: { org: SEED_ORGS.supervision, role: 'supervisor' } },
  },
};
