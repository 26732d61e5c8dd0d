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
import { enterpriseDemandFormV2 } from './enterprise-demand-v2';
import { propertyRegistrationExpediteFormV2 } from './property-registration-expedite-v2';
import { projectParallelApprovalFormV2 } from './project-parallel-approval-v2';
import { equipmentRenewalRelendingFormV2 } from './equipment-renewal-relending-v2';
import { subsidyApplicationFormV2 } from './subsidy-application-v2';
import { loanRenewalApplicationFormV3 } from './loan-renewal-application-v3';

/**
 * The forms shipped with Tongban, published on first start; in the order of the seed processes.
 * A changed form ships as its next version beside the old one, which requests already started pin: the forms
 * enterprises fill in took a version each when their 统一社会信用代码 and 联系电话 became checked formats.
 */
export const seedForms: readonly FormDefinition[] = [
  loanRenewalApplicationForm,
  loanRenewalApplicationFormV2,
  loanRenewalApplicationFormV3,
  loanRenewalBankDecisionForm,
  loanRenewalSiteVisitForm,
  loanRenewalRecordForm,
  loanRenewalConfirmationForm,
  enterpriseDemandForm,
  enterpriseDemandFormV2,
  enterpriseDemandRatingForm,
  propertyRegistrationExpediteForm,
  propertyRegistrationExpediteFormV2,
  projectParallelApprovalForm,
  projectParallelApprovalFormV2,
  growthPointReportNoticeForm,
  growthPointMonthlyReportForm,
  equipmentRenewalRelendingForm,
  equipmentRenewalRelendingFormV2,
  equipmentRelendingCreditForm,
  equipmentRelendingDisbursementForm,
  subsidyApplicationForm,
  subsidyApplicationFormV2,
  subsidyPaymentForm,
];
export {
  enterpriseDemandFormV2,
  propertyRegistrationExpediteFormV2,
  projectParallelApprovalFormV2,
  equipmentRenewalRelendingFormV2,
  subsidyApplicationFormV2,
  loanRenewalApplicationFormV3,
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
