/**
 * Named string formats for Chinese identifiers, with their check digits, and
 * messages that say what is wrong in both languages. One definition for every
 * validator: the server's ajv (`validateFormData`), the browser's ajv and its
 * interpreting validator, so a form enforces exactly what it shows. A form
 * uses one as `{ "type": "string", "format": "cn-credit-code" }`.
 */
export interface ChineseFormat {
  /** What the field holds, for the designer's field types. */
  label: { zh: string; en: string };
  check(value: string): boolean;
  /** The message after the field's title: `“统一社会信用代码”${zh}`. */
  zh: string;
  en: string;
}

/** GB 32100-2015: the 31 characters a credit code is written in (no I, O, S, V, Z). */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码: 18 characters, the last a check character modulo 31. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, index) => total + CREDIT_CODE_CHARACTERS.indexOf(value[index]!) * weight,
    0,
  );
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31] === value[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** 居民身份证号 (GB 11643-1999): 18 characters, a real date of birth, the last a check digit modulo 11 (X for 10). */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  const born = new Date(Date.UTC(year!, month! - 1, day!));
  if (year! < 1900 || born.getUTCMonth() !== month! - 1 || born.getUTCDate() !== day!) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + Number(value[index]) * weight, 0);
  return ID_CHECK_CHARACTERS[sum % 11] === value[17];
}

/** A bank card number: 12 to 19 digits passing the Luhn check. */
export function isBankCardNumber(value: string): boolean {
  if (!/^\d{12,19}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < value.length; index += 1) {
    let digit = Number(value[value.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const CHINESE_FORMATS = {
  'cn-credit-code': {
    label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
    check: isUnifiedSocialCreditCode,
    zh: '不是有效的统一社会信用代码（18 位，末位校验码不符或含 I、O、S、V、Z）',
    en: 'is not a valid unified social credit code (18 characters with a matching check character)',
  },
  'cn-resident-id': {
    label: { zh: '居民身份证号', en: 'Resident ID number' },
    check: isResidentIdNumber,
    zh: '不是有效的居民身份证号（18 位，出生日期或末位校验码不符）',
    en: 'is not a valid resident ID number (18 characters, a real birth date and a matching check digit)',
  },
  'cn-mobile': {
    label: { zh: '手机号码', en: 'Mobile number' },
    check: (value: string) => /^1[3-9]\d{9}$/.test(value),
    zh: '不是有效的手机号码（11 位，以 1 开头）',
    en: 'is not a valid mobile number (11 digits starting with 1)',
  },
  'cn-landline': {
    label: { zh: '固定电话', en: 'Landline number' },
    check: (value: string) => /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value),
    zh: '不是有效的固定电话（区号加号码，如 0712-1234567）',
    en: 'is not a valid landline number (area code and number, e.g. 0712-1234567)',
  },
  'cn-postcode': {
    label: { zh: '邮政编码', en: 'Postcode' },
    check: (value: string) => /^\d{6}$/.test(value),
    zh: '不是有效的邮政编码（6 位数字）',
    en: 'is not a valid postcode (6 digits)',
  },
  'bank-card': {
    label: { zh: '银行卡号', en: 'Bank card number' },
    check: isBankCardNumber,
    zh: '不是有效的银行卡号（12–19 位，校验位不符）',
    en: 'is not a valid bank card number (12 to 19 digits with a matching check digit)',
  },
} as const satisfies Record<string, ChineseFormat>;

export type ChineseFormatName = keyof typeof CHINESE_FORMATS;

/** Each format's check by name, as validators register formats (ajv's `customFormats`, @cfworker's `format`). */
export const CHINESE_FORMAT_CHECKS: Record<ChineseFormatName, (value: string) => boolean> = Object.fromEntries(
  Object.entries(CHINESE_FORMATS).map(([name, format]) => [name, format.check]),
) as Record<ChineseFormatName, (value: string) => boolean>;

export function isChineseFormat(name: unknown): name is ChineseFormatName {
  return typeof name === 'string' && Object.hasOwn(CHINESE_FORMATS, name);
}

/** What is wrong with a field of one of these formats, named by its title; undefined for other formats. */
export function formatMessage(format: unknown, title: string, language: 'zh-CN' | 'en'): string | undefined {
  if (!isChineseFormat(format)) return undefined;
  const named = CHINESE_FORMATS[format];
  return language === 'zh-CN' ? `“${title}”${named.zh}` : `"${title}" ${named.en}`;
}
