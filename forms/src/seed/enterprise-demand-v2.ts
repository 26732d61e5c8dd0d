import type { FormDefinition } from '../form-definition';
import { enterpriseDemandForm } from './enterprise-demand';
import { withChineseFormats } from './with-chinese-formats';

/**
 * 企业发展诉求登记表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 */
export const enterpriseDemandFormV2: FormDefinition = withChineseFormats(enterpriseDemandForm, {
  creditCode: 'cn-credit-code',
  contactPhone: 'cn-mobile',
});
