export * from './form-definition';
export { createFormAjv, validateFormData, fieldTitle } from './validate-form-data';
export type { FormValidation } from './validate-form-data';
export {
  attachmentReferences,
  directoryReferences,
  type AttachmentReference,
  type DirectoryReference,
  regionReferences,
  type RegionReference,
} from './form-references';
export * from './seed';
export {
  enterpriseSizeDictionary,
  industryDictionary,
  seedDictionaries,
  type SeedDictionary,
} from './seed/seed-dictionaries';
export {
  CHINESE_FORMATS,
  formatMessage,
  isBankCardNumber,
  isChineseFormat,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  type ChineseFormat,
  type ChineseFormatName,
} from './formats/chinese-formats';
export {
  isPrefillSource,
  PREFILL_SOURCES,
  prefilledData,
  prefillFields,
  profileDisagreements,
  profileValue,
  reusableData,
  type OrganisationProfile,
  type PrefillSource,
} from './prefill';
export { arrayItemSchema, asDraft2020, isObjectRoot, withDraft07Tuples } from './schema-dialect';
