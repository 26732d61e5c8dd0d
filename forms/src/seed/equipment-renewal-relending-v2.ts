import type { FormDefinition } from '../form-definition';
import { equipmentRenewalRelendingForm } from './equipment-renewal-relending';
import { withChineseFormats } from './with-chinese-formats';

/**
 * 设备更新再贷款申请表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 */
export const equipmentRenewalRelendingFormV2: FormDefinition = withChineseFormats(equipmentRenewalRelendingForm, {
  creditCode: 'cn-credit-code',
  contactPhone: 'cn-mobile',
});
