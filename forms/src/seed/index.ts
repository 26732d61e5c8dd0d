import type { FormDefinition } from '../form-definition';
import { enterpriseDemandForm } from './enterprise-demand';
import { enterpriseDemandRatingForm } from './enterprise-demand-rating';
import { equipmentRenewalRelendingForm } from './equipment-renewal-relending';
import { growthPointMonthlyReportForm } from './growth-point-monthly-report';
import { loanRenewalApplicationForm } from './loan-renewal-application';
import { loanRenewalBankDecisionForm } from './loan-renewal-bank-decision';
import { projectParallelApprovalForm } from './project-parallel-approval';
import { propertyRegistrationExpediteForm } from './property-registration-expedite';
import { subsidyApplicationForm } from './subsidy-application';

/** The forms shipped with Tongban, published on first start; in the order of the seed processes. */
export const seedForms: readonly FormDefinition[] = [
  loanRenewalApplicationForm,
  loanRenewalBankDecisionForm,
  enterpriseDemandForm,
  enterpriseDemandRatingForm,
  propertyRegistrationExpediteForm,
  projectParallelApprovalForm,
  growthPointMonthlyReportForm,
  equipmentRenewalRelendingForm,
  subsidyApplicationForm,
];
export {
  enterpriseDemandForm,
  enterpriseDemandRatingForm,
  equipmentRenewalRelendingForm,
  growthPointMonthlyReportForm,
  loanRenewalApplicationForm,
  loanRenewalBankDecisionForm,
  projectParallelApprovalForm,
  propertyRegistrationExpediteForm,
  subsidyApplicationForm,
};
