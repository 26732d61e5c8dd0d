export { connectStore, disconnectStore, isStoreReachable } from './connection';
export * from './models';
export { isDatabaseUnavailable, isDuplicateKeyError, isOnlyDuplicateKeyErrors } from './errors';
export { writeRequestProjection, toRequestProjection } from './projections/write-request-projection';
export {
  readFormData,
  readRequestProjection,
  readStepData,
  storedRequestProjection,
} from './projections/request-form-data';
export type { RequestProjectionDocument } from './projections/request-form-data';
export type { ProjectionWriteOptions, ProjectionWriteResult } from './projections/write-request-projection';
export {
  allocateRequestNumber,
  lastRequestNumberPosition,
  numberPrefixOf,
  requestNumberAt,
  requestNumberOf,
} from './numbers/allocate-request-number';
export type { RequestNumberClaim } from './numbers/allocate-request-number';
export { findProjectionDrift, repairProjection } from './projections/projection-drift';
export type { ProjectionDrift } from './projections/projection-drift';
export { appendAuditBatch, appendAuditEntries } from './audit/append-audit-entries';
export { findAssignees } from './directory/find-assignees';
export { organisationSearchFilter } from './directory/search-organisations';
export { verifyAdministrationChain, verifyAllAuditChains, verifyAuditChain } from './audit/verify-audit-chain';
export { appendAdministrationEntry } from './audit/append-administration-entry';
export type { AdministrationChange } from './audit/append-administration-entry';
export {
  beginAdministrationIntent,
  endAdministrationIntent,
  recoverAdministrationIntents,
  AdministrationIntentModel,
  STALE_INTENT_MS,
} from './audit/administration-intents';
export type { AuditVerification, AuditVerificationSummary, BrokenChain } from './audit/verify-audit-chain';
export { auditEventId, GENESIS_HASH } from './audit/audit-hash';
export {
  findAttachment,
  findAttachments,
  linkAttachments,
  listAttachments,
  readAttachment,
  AttachmentGoneError,
  saveAttachment,
  waitingAttachments,
  deleteWaitingAttachments,
} from './attachments/attachment-store';
export type { AttachmentMetadata, StoredAttachment } from './attachments/attachment-store';
export { migrateDatabases } from './migration/migrate-databases';
export type { DatabaseMigration } from './migration/migrate-databases';
export type { CollectionCopy, CopyProgress } from './migration/copy-database';
export { allOf } from './queries/all-of';
export { containsText, searchGramsOf } from './queries/search-grams';
export { countRequestsHeldBy, holderSlots } from './projections/holder-slots';
export { percentilesByCount, workingDaysKey, type CountedPercentiles } from './queries/percentiles-by-count';
export type { Filter } from './queries/all-of';
