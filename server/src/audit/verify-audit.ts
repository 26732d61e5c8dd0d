import { verifyAllAuditChains, verifyAuditChain } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { requireAuditReader } from './list-audit';

/**
 * Whether the audit chains hold: one request's, or every request's in one
 * pass. Each broken chain says at which entry it first breaks and how
 * (an edited entry, a broken link, a missing entry).
 */
export async function verifyAudit(ability: AppAbility, requestId: string | undefined) {
  requireAuditReader(ability);
  if (!requestId) return verifyAllAuditChains();
  const one = await verifyAuditChain(requestId);
  return {
    ok: one.ok,
    requests: one.entries > 0 ? 1 : 0,
    entries: one.entries,
    broken: one.ok ? [] : [{ requestId, brokenAtSeq: one.brokenAtSeq, reason: one.reason }],
  };
}
