import { ADMINISTRATION_CHAIN, AuditEventModel, RequestProjectionModel, type AuditEvent } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { AuditFilterInput } from '../http/audit-schemas';
import { pageWindow, type Page, type Paging } from '../http/paging';
import { WHOLE_REQUEST_NUMBER } from '../requests/request-text-search';

/** Supervisors (督办), auditors and administrators read the audit log; nobody else sees it. */
export function requireAuditReader(ability: AppAbility): void {
  if (!ability.can('read', 'AuditEvent')) throw new ApiError('FORBIDDEN');
}

/**
 * The request an audit query names, as its entries carry it: a 办件编号 (what an auditor is
 * read out or finds printed on the 办件单) becomes the request's id; an id stays as it is.
 * A number no request holds stays too, and matches no entry.
 */
export async function auditedRequestId(requestId: string): Promise<string> {
  if (!WHOLE_REQUEST_NUMBER.test(requestId)) return requestId;
  const request = await RequestProjectionModel.findOne({ number: requestId }, { _id: 1 }).lean();
  return request?._id ?? requestId;
}

/**
 * The database filter of an audit query. One request's entries, and the administration
 * chain's, are found by `requestId` (an equality the `(requestId, seq)` index serves).
 */
export async function auditFilter(input: AuditFilterInput): Promise<Record<string, unknown>> {
  const filter: Record<string, unknown> = {};
  const and: Record<string, unknown>[] = [];
  if (input.requestId) filter.requestId = await auditedRequestId(input.requestId);
  if (input.chain === 'administration') and.push({ requestId: ADMINISTRATION_CHAIN });
  if (input.chain === 'request') and.push({ requestId: { $ne: ADMINISTRATION_CHAIN } });
  if (input.objectKind) filter['object.kind'] = input.objectKind;
  if (input.objectId) filter['object.id'] = input.objectId;
  if (input.actorId) filter['actor.userId'] = input.actorId;
  if (input.action) filter.action = input.action;
  if (input.processKey) filter.processKey = input.processKey;
  // Entries store `at` as UTC ISO strings, which order as the instants do.
  const at: Record<string, string> = {};
  if (input.from) at.$gte = new Date(input.from).toISOString();
  if (input.to) at.$lt = new Date(input.to).toISOString();
  if (Object.keys(at).length > 0) filter.at = at;
  if (and.length > 0) filter.$and = and;
  return filter;
}

/**
 * An audit entry as the API returns it: which chain, what happened, who, and
 * the hashes that chain it. Request entries name the request and process;
 * administrative entries the object changed.
 */
export function toAuditView(event: AuditEvent) {
  const administration = event.requestId === ADMINISTRATION_CHAIN;
  return {
    id: event._id,
    chain: administration ? ('administration' as const) : ('request' as const),
    ...(administration ? {} : { requestId: event.requestId, processKey: event.processKey ?? '' }),
    ...(event.object ? { object: { kind: event.object.kind, id: event.object.id, name: event.object.name } } : {}),
    seq: event.seq,
    at: event.at,
    actor: event.actor
      ? {
          userId: event.actor.userId,
          displayName: event.actor.displayName,
          orgId: event.actor.orgId,
          orgName: event.actor.orgName,
          ...(event.actor.onBehalfOf ? { onBehalfOf: event.actor.onBehalfOf } : {}),
        }
      : null,
    action: event.action,
    ...(event.stepId ? { stepId: event.stepId } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
    ...(event.to ? { to: event.to } : {}),
    ...(event.target
      ? {
          target: { userId: event.target.userId, displayName: event.target.displayName, orgName: event.target.orgName },
        }
      : {}),
    ...(event.detail ? { detail: event.detail } : {}),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
export type AuditView = ReturnType<typeof toAuditView>;

/** The audit log, newest first, filtered and paged. */
export async function listAudit(ability: AppAbility, query: AuditFilterInput & Paging): Promise<Page<AuditView>> {
  requireAuditReader(ability);
  const filter = await auditFilter(query);
  const { skip, limit } = pageWindow(query);
  const [events, total] = await Promise.all([
    AuditEventModel.find(filter).sort({ at: -1, _id: -1 }).skip(skip).limit(limit).lean(),
    AuditEventModel.countDocuments(filter),
  ]);
  return { items: events.map(toAuditView), total, page: query.page, pageSize: query.pageSize };
}
