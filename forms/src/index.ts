export * from './form-definition';
export { validateFormData, fieldTitle } from './validate-form-data';
export type { FormValidation } from './validate-form-data';
export { attachmentReferences, type AttachmentReference } from './attachment-references';
export * from './seed';
