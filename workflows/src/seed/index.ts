import type { ProcessDefinition } from '../dsl/process-definition';
import { loanRenewalProcess } from './loan-renewal';

/** The process definitions shipped with Tongban, published on first start. */
export const seedProcesses: readonly ProcessDefinition[] = [loanRenewalProcess];
export { loanRenewalProcess };
