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

/**
 * The seed catalogue: every process Tongban ships, published on first start.
 * `loan-renewal` ships three versions: version 1 (the first slice) and 2 (the
 * whole green channel) stay published because requests and tests pin them;
 * new requests take version 3 (version 2 with uploaded financial statements).
 */
export const seedProcesses: readonly ProcessDefinition[] = [
  loanRenewalProcess,
  loanRenewalProcessV2,
  loanRenewalProcessV3,
  enterpriseDemandProcess,
  propertyRegistrationProcess,
  projectParallelApprovalProcess,
  growthPointMonitoringProcess,
  equipmentRenewalRelendingProcess,
  subsidyApplicationProcess,
];
export {
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
