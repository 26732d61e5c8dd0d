import type { ProcessDefinition } from '../dsl/process-definition';
import { loanRenewalProcessV2 } from './loan-renewal-v2';

/**
 * 政银企续贷协调 v3: the steps of version 2, with the application form's
 * version 2, where the enterprise uploads its financial statements as it
 * applies (the bank's due diligence reads them). Requests started on version
 * 2 keep running on it.
 */
export const loanRenewalProcessV3: ProcessDefinition = {
  ...loanRenewalProcessV2,
  version: 3,
  form: { key: 'loan-renewal-application', version: 2 },
};
