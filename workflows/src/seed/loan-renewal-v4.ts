import type { ProcessDefinition } from '../dsl/process-definition';
import { loanRenewalProcessV3 } from './loan-renewal-v3';

/**
 * 政银企续贷协调 v4: the steps of version 3, with the application form's
 * version 3, whose 联系电话 are checked by their named formats
 * (a mistyped check character is refused as the enterprise types). Requests
 * started on version 3 keep running on it.
 */
export const loanRenewalProcessV4: ProcessDefinition = {
  ...loanRenewalProcessV3,
  version: 4,
  form: { key: 'loan-renewal-application', version: 3 },
};
