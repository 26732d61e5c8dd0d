import type { FormDefinition } from '../form-definition';
import { loanRenewalApplicationFormV2 } from './loan-renewal-application-v2';
import { withChineseFormats } from './with-chinese-formats';

/**
 * 续贷协调申请表 v3: version 2 with its 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 * Version 2's uploaded financial statements included.
 */
export const loanRenewalApplicationFormV3: FormDefinition = withChineseFormats(loanRenewalApplicationFormV2, {
  contactPhone: 'cn-mobile',
});
