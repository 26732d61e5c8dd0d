import type { FormDefinition } from '../form-definition';
import { propertyRegistrationExpediteForm } from './property-registration-expedite';
import { withChineseFormats } from './with-chinese-formats';
import { SEED_ENTERPRISE_FIELDS, withEnterprisePrefill } from './with-enterprise-prefill';

/**
 * 不动产登记加急申请表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 * Its 企业名称 and 统一社会信用代码 fill in from the applicant organisation’s profile.
 */
export const propertyRegistrationExpediteFormV2: FormDefinition = withEnterprisePrefill(
  withChineseFormats(propertyRegistrationExpediteForm, {
    creditCode: 'cn-credit-code',
    contactPhone: 'cn-mobile',
  }),
  SEED_ENTERPRISE_FIELDS,
);
