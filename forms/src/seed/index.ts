import type { FormDefinition } from '../form-definition';
import { equipmentRelendingCreditForm } from './equipment-relending-credit';
import { equipmentRelendingDisbursementForm } from './equipment-relending-disbursement';
import { growthPointReportNoticeForm } from './growth-point-report-notice';
import { loanRenewalConfirmationForm } from './loan-renewal-confirmation';
import { loanRenewalRecordForm } from './loan-renewal-record';
import { loanRenewalSiteVisitForm } from './loan-renewal-site-visit';
import { subsidyPaymentForm } from './subsidy-payment';
import { enterpriseDemandForm } from './enterprise-demand';
import { enterpriseDemandRatingForm } from './enterprise-demand-rating';
import { equipmentRenewalRelendingForm } from './equipment-renewal-relending';
import { growthPointMonthlyReportForm } from './growth-point-monthly-report';
import { loanRenewalApplicationForm } from './loan-renewal-application';
import { loanRenewalApplicationFormV2 } from './loan-renewal-application-v2';
import { loanRenewalBankDecisionForm } from './loan-renewal-bank-decision';
import { projectParallelApprovalForm } from './project-parallel-approval';
import { propertyRegistrationExpediteForm } from './property-registration-expedite';
import { subsidyApplicationForm } from './subsidy-application';

/**
 * The forms shipped with Tongban, published on first start; in the order of the seed processes.
 * A changed form ships as its next version beside the old one, which requests already started pin.
 */
export const seedForms: readonly FormDefinition[] = [
  loanRenewalApplicationForm,
  loanRenewalApplicationFormV2,
  loanRenewalBankDecisionForm,
  loanRenewalSiteVisitForm,
  loanRenewalRecordForm,
  loanRenewalConfirmationForm,
  enterpriseDemandForm,
  enterpriseDemandRatingForm,
  propertyRegistrationExpediteForm,
  projectParallelApprovalForm,
  growthPointReportNoticeForm,
  growthPointMonthlyReportForm,
  equipmentRenewalRelendingForm,
  equipmentRelendingCreditForm,
  equipmentRelendingDisbursementForm,
  subsidyApplicationForm,
  subsidyPaymentForm,
];
export {
  equipmentRelendingCreditForm,
  equipmentRelendingDisbursementForm,
  growthPointReportNoticeForm,
  loanRenewalConfirmationForm,
  loanRenewalRecordForm,
  loanRenewalSiteVisitForm,
  subsidyPaymentForm,
  enterpriseDemandForm,
  enterpriseDemandRatingForm,
  equipmentRenewalRelendingForm,
  growthPointMonthlyReportForm,
  loanRenewalApplicationForm,
  loanRenewalApplicationFormV2,
  loanRenewalBankDecisionForm,
  projectParallelApprovalForm,
  propertyRegistrationExpediteForm,
  subsidyApplicationForm,
};
