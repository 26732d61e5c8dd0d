import { CHINESE_FORMATS, formatMessage, type FieldError } from '@tongban/forms';
import { OrganisationModel } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';

const PROFILE_TITLES = {
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  contactPhone: { zh: '联系电话', en: 'Telephone' },
} as const;

/**
 * Refuses an organisation profile whose identifiers are not real ones (400
 * VALIDATION_FAILED, one message per field in the caller's language, nothing
 * written): a credit code must carry its check character (GB 32100-2015), a
 * telephone must be a mobile or a landline number. The form that edits it
 * checks the same with the same functions.
 */
export function checkOrganisationProfile(
  profile: { creditCode?: string | null; contactPhone?: string | null },
  language: Language,
): void {
  const errors: FieldError[] = [];
  const title = (field: keyof typeof PROFILE_TITLES) => PROFILE_TITLES[field][language === 'en' ? 'en' : 'zh'];
  if (profile.creditCode && !CHINESE_FORMATS['cn-credit-code'].check(profile.creditCode))
    errors.push({ path: '/creditCode', message: formatMessage('cn-credit-code', title('creditCode'), language)! });
  const phone = profile.contactPhone;
  if (phone && !CHINESE_FORMATS['cn-mobile'].check(phone) && !CHINESE_FORMATS['cn-landline'].check(phone))
    errors.push({
      path: '/contactPhone',
      message:
        language === 'en'
          ? `"${title('contactPhone')}" is neither a mobile number (11 digits) nor a landline (e.g. 0712-1234567)`
          : `“${title('contactPhone')}”不是有效的手机号码或固定电话（如 13800000000 或 0712-1234567）`,
    });
  if (errors.length > 0) throw new ApiError('VALIDATION_FAILED', errors);
}

/** 409 when another organisation holds the credit code: a code names one legal entity. */
export async function requireUnusedCreditCode(creditCode: string | null | undefined, ownId?: string): Promise<void> {
  if (!creditCode) return;
  const holder = await OrganisationModel.findOne({ creditCode }, { _id: 1 }).lean();
  if (holder && holder._id !== ownId) throw new ApiError('CREDIT_CODE_TAKEN');
}
