import type { ProcessDefinition } from '../dsl/process-definition';

/**
 * 政银企续贷协调, first slice: the county investment service centre verifies
 * the application, then the enterprise's bank branch records its decision.
 */
export const loanRenewalProcess: ProcessDefinition = {
  key: 'loan-renewal',
  version: 1,
  name: { zh: '政银企续贷协调', en: 'Loan renewal coordination' },
  description: {
    zh: '企业贷款即将到期，由县招商服务中心核实并协调银行开通绿色通道，银行办理续贷。',
    en: "A firm's loan is about to mature: the service centre verifies and coordinates a green channel with the bank, which renews the loan.",
  },
  form: { key: 'loan-renewal-application', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'centre-verify',
      name: { zh: '招商服务中心核实', en: 'Service centre verification' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      mode: 'any',
    },
    {
      type: 'approval',
      id: 'bank-decision',
      name: { zh: '银行续贷审批', en: 'Bank renewal decision' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
      mode: 'any',
    },
  ],
};
