import type { FormDefinition } from '../form-definition';
import { subsidyApplicationForm } from './subsidy-application';
import { withChineseFormats } from './with-chinese-formats';

/**
 * 奖补申请表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 * 银行账号 keeps its pattern: an enterprise's settlement account is no bank card and carries no Luhn digit.
 */
export const subsidyApplicationFormV2: FormDefinition = withChineseFormats(subsidyApplicationForm, {
  creditCode: 'cn-credit-code',
  contactPhone: 'cn-mobile',
});
