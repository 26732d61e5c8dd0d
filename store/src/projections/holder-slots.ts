import { allOf, type Filter } from '../queries/all-of';
import { RequestProjectionModel, type RequestProjection } from '../models/request-projection';

/**
 * Who holds a request (`handlingOrgIds`) once more, as plain fields FerretDB
 * counts by index. A request is held by one organisation, two or three on
 * parallel steps, rarely more: the holders, sorted, fill `handlingOrgId1`–`3`
 * and any beyond go to `handlingOrgIdsBeyond`. FerretDB counts an array field
 * by reading each document that holds the value (one organisation's requests in
 * hand: hundreds to thousands, for each figure of each department on the
 * supervisor's dashboard), but a string field by index in PostgreSQL; an
 * organisation sits in at most one slot of a request, so the counts of the
 * slots add up to the requests it holds. The list still filters by
 * `handlingOrgIds`, which MongoDB and FerretDB both serve by index.
 */
export const HOLDER_SLOTS = ['handlingOrgId1', 'handlingOrgId2', 'handlingOrgId3'] as const;

export type HolderSlots = Pick<RequestProjection, (typeof HOLDER_SLOTS)[number] | 'handlingOrgIdsBeyond'>;

/** The slots of these holders: every slot written (null when empty), so a `$set` clears what is no longer so. */
export function holderSlots(handlingOrgIds: readonly string[]): Required<HolderSlots> {
  const sorted = [...new Set(handlingOrgIds)].sort();
  return {
    handlingOrgId1: sorted[0] ?? null,
    handlingOrgId2: sorted[1] ?? null,
    handlingOrgId3: sorted[2] ?? null,
    handlingOrgIdsBeyond: sorted.slice(HOLDER_SLOTS.length),
  };
}

/** How many requests `filter` matches that `orgId` holds now: one index count per slot. */
export async function countRequestsHeldBy(filter: Filter, orgId: string): Promise<number> {
  const counts = await Promise.all([
    ...HOLDER_SLOTS.map((slot) => RequestProjectionModel.countDocuments(allOf(filter, { [slot]: orgId })).exec()),
    RequestProjectionModel.countDocuments(allOf(filter, { handlingOrgIdsBeyond: orgId })).exec(),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}
