import type { ProcessDefinition } from '../dsl/process-definition';
import { enterpriseDemandProcess } from './enterprise-demand';
import { equipmentRenewalRelendingProcess } from './equipment-renewal-relending';
import { growthPointMonitoringProcess } from './growth-point-monitoring';
import { loanRenewalProcess } from './loan-renewal';
import { loanRenewalProcessV2 } from './loan-renewal-v2';
import { loanRenewalProcessV3 } from './loan-renewal-v3';
import { projectParallelApprovalProcess } from './project-parallel-approval';
import { propertyRegistrationProcess } from './property-registration';
import { subsidyApplicationProcess } from './subsidy-application';
import { enterpriseDemandProcessV2 } from './enterprise-demand-v2';
import { propertyRegistrationProcessV2 } from './property-registration-v2';
import { projectParallelApprovalProcessV2 } from './project-parallel-approval-v2';
import { equipmentRenewalRelendingProcessV2 } from './equipment-renewal-relending-v2';
import { subsidyApplicationProcessV2 } from './subsidy-application-v2';
import { loanRenewalProcessV4 } from './loan-renewal-v4';

/**
 * The seed catalogue: every process Tongban ships, published on first start.
 * `loan-renewal` ships four versions: version 1 (the first slice), 2 (the
 * whole green channel) and 3 (with uploaded financial statements) stay
 * published because requests and tests pin them; new requests take version 4
 * (its 联系电话 a checked format). The processes whose application asks for a
 * 统一社会信用代码 or 联系电话 ship a version 2 for the same reason.
 */
export const seedProcesses: readonly ProcessDefinition[] = [
  loanRenewalProcess,
  loanRenewalProcessV2,
  loanRenewalProcessV3,
  loanRenewalProcessV4,
  enterpriseDemandProcess,
  enterpriseDemandProcessV2,
  propertyRegistrationProcess,
  propertyRegistrationProcessV2,
  projectParallelApprovalProcess,
  projectParallelApprovalProcessV2,
  growthPointMonitoringProcess,
  equipmentRenewalRelendingProcess,
  equipmentRenewalRelendingProcessV2,
  subsidyApplicationProcess,
  subsidyApplicationProcessV2,
];
export {
  enterpriseDemandProcessV2,
  propertyRegistrationProcessV2,
  projectParallelApprovalProcessV2,
  equipmentRenewalRelendingProcessV2,
  subsidyApplicationProcessV2,
  loanRenewalProcessV4,
  enterpriseDemandProcess,
  equipmentRenewalRelendingProcess,
  growthPointMonitoringProcess,
  loanRenewalProcess,
  loanRenewalProcessV2,
  loanRenewalProcessV3,
  projectParallelApprovalProcess,
  propertyRegistrationProcess,
  subsidyApplicationProcess,
};
export { SEED_ORGS } from './organisations';
export { GROWTH_POINT_PROCESS_KEY } from './growth-point-monitoring';
