export { connectStore, disconnectStore, isStoreReachable } from './connection';
export * from './models';
export { isDuplicateKeyError } from './errors';
export { writeRequestProjection, toRequestProjection } from './projections/write-request-projection';
export { appendAuditEntries } from './audit/append-audit-entries';
export { findAssignees } from './directory/find-assignees';
export { verifyAllAuditChains, verifyAuditChain } from './audit/verify-audit-chain';
export type { AuditVerification, AuditVerificationSummary, BrokenChain } from './audit/verify-audit-chain';
export { auditEventId, GENESIS_HASH } from './audit/audit-hash';
