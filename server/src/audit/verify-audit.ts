import {
  recoverAdministrationIntents,
  verifyAdministrationChain,
  verifyAllAuditChains,
  verifyAuditChain,
} from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { auditedRequestId, requireAuditReader } from './list-audit';

/**
 * Whether the audit chains hold: one request's, the administration chain
 * alone, or every chain in one pass (requests and the administration chain).
 * Each broken chain says at which entry it first breaks and how (an edited
 * entry, a broken link, a missing entry).
 */
export async function verifyAudit(
  ability: AppAbility,
  query: { requestId?: string | undefined; chain?: 'administration' | undefined },
) {
  requireAuditReader(ability);
  // A change whose API stopped before its entry goes on the chain (unconfirmed) before the chain is checked.
  if (!query.requestId) await recoverAdministrationIntents();
  if (query.chain === 'administration') {
    const administration = await verifyAdministrationChain();
    return { ok: administration.ok, requests: 0, entries: 0, broken: [], administration };
  }
  if (!query.requestId) return verifyAllAuditChains();
  const requestId = await auditedRequestId(query.requestId);
  const one = await verifyAuditChain(requestId);
  return {
    ok: one.ok,
    requests: one.entries > 0 ? 1 : 0,
    entries: one.entries,
    broken: one.ok ? [] : [{ requestId, brokenAtSeq: one.brokenAtSeq, reason: one.reason }],
  };
}
