import type { FormDefinition } from '../form-definition';
import { loanRenewalApplicationForm } from './loan-renewal-application';

/** The forms shipped with Tongban, published on first start. */
export const seedForms: readonly FormDefinition[] = [loanRenewalApplicationForm];
export { loanRenewalApplicationForm };
