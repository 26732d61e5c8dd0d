import type { FormDefinition } from '../form-definition';
import { subsidyApplicationForm } from './subsidy-application';
import { withChineseFormats } from './with-chinese-formats';
import { SEED_ENTERPRISE_FIELDS, withEnterprisePrefill } from './with-enterprise-prefill';

/**
 * 奖补申请表 v2: version 1 with its 统一社会信用代码 and 联系电话 checked by the named
 * Chinese formats (check character, number ranges) instead of a pattern.
 * 银行账号 keeps its pattern: an enterprise's settlement account is no bank card and carries no Luhn digit.
 * Its 企业名称 and 统一社会信用代码 fill in from the applicant organisation’s profile.
 */
export const subsidyApplicationFormV2: FormDefinition = withEnterprisePrefill(
  withChineseFormats(subsidyApplicationForm, {
    creditCode: 'cn-credit-code',
    contactPhone: 'cn-mobile',
  }),
  SEED_ENTERPRISE_FIELDS,
);
