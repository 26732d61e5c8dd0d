import { chinaDateOf } from '@tongban/workflows';
import { OrganisationModel } from '../models/organisation';
import { RequestNumberModel, type RequestNumber } from '../models/request-number';
import { isDuplicateKeyError } from '../errors';

/** What a request's 办件编号 is allocated from. */
export interface RequestNumberClaim {
  requestId: string;
  /** The accepting office: its `numberPrefix` (or its default, see `numberPrefixOf`) opens the number. */
  orgId: string;
  /** When the request was submitted: its China calendar date is the number's day. */
  submittedAt: string;
}

/**
 * How often a claim may lose the race for the day's next position before
 * giving up. Each round someone wins, so this many submits to one office at
 * the same moment all get a number.
 */
const MAX_ATTEMPTS = 100;
/** Positions are kept six digits wide inside `_id`, so a day's positions sort as text: 999,999 a day per prefix. */
const POSITION_DIGITS = 6;
/** The number shows at least four digits (`0001`), as offices write them. */
const SHOWN_DIGITS = 4;
/** The longest prefix made from an organisation's name when administrators set none. */
const DEFAULT_PREFIX_LENGTH = 8;

/**
 * The request's 办件编号, allocated once: `prefix-YYYYMMDD-0001`, numbered in
 * order per prefix and China day. A request that has one keeps it (a retried
 * submit, a repeated projection write); otherwise it claims its office's next
 * position by inserting it. There are no transactions on FerretDB, and it
 * loses concurrent `$inc`s on one counter document, so the claim is the
 * insert alone: the unique `_id` (the position) admits one request, the unique
 * `requestId` one position. Two submits at the same moment read the same last
 * position; one insert wins, the other reads again and claims the one after
 * it. No gap, no repeat, whoever loses.
 */
export async function allocateRequestNumber(claim: RequestNumberClaim): Promise<string> {
  const existing = await requestNumberOf(claim.requestId);
  if (existing) return existing;
  const prefix = await numberPrefixOf(claim.orgId);
  const date = chinaDateOf(claim.submittedAt).replaceAll('-', '');
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const position = requestNumberAt(prefix, date, (await lastRequestNumberPosition(prefix, date)) + 1);
    const entry: RequestNumber = { ...position, requestId: claim.requestId, orgId: claim.orgId, createdAt: new Date() };
    try {
      await RequestNumberModel.create(entry);
      return entry.number;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // Either another request took the position, or another attempt for this request won.
    const won = await requestNumberOf(claim.requestId);
    if (won) return won;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
  }
  throw new Error(`request number: no free position for ${prefix} on ${date} after ${MAX_ATTEMPTS} attempts`);
}

/** The request's 办件编号, if it has one (requests filed before numbers existed have none). */
export async function requestNumberOf(requestId: string): Promise<string | undefined> {
  const found = await RequestNumberModel.findOne({ requestId }, { number: 1 }).lean();
  return found?.number;
}

/**
 * The prefix an organisation's numbers open with: the one administrators set
 * (`numberPrefix`), else the start of its name (what its staff call it), else
 * its id when it is gone.
 */
export async function numberPrefixOf(orgId: string): Promise<string> {
  const organisation = await OrganisationModel.findById(orgId, { name: 1, numberPrefix: 1 }).lean();
  const chosen = organisation?.numberPrefix
    ? withoutSeparators(organisation.numberPrefix)
    : [...withoutSeparators(organisation?.name ?? '')].slice(0, DEFAULT_PREFIX_LENGTH).join('');
  return chosen || orgId;
}

/** No spaces (a number is one word) and no `|`, which separates a position's parts in its `_id`. */
function withoutSeparators(text: string): string {
  return text.replace(/[\s|]/g, '');
}

/**
 * The day's last claimed position for a prefix (0 before the first): the
 * highest `_id` in its range (`prefix|date|` up to `prefix|date}`, the next
 * character), a range read and sort on the primary key.
 */
export async function lastRequestNumberPosition(prefix: string, date: string): Promise<number> {
  const last = await RequestNumberModel.find(
    { _id: { $gte: `${prefix}|${date}|`, $lt: `${prefix}|${date}}` } },
    { seq: 1 },
  )
    .sort({ _id: -1 })
    .limit(1)
    .lean();
  return last[0]?.seq ?? 0;
}

/** Position `seq` of a prefix's day: its claim's `_id` and the number people read. */
export function requestNumberAt(
  prefix: string,
  date: string,
  seq: number,
): Pick<RequestNumber, '_id' | 'number' | 'prefix' | 'date' | 'seq'> {
  return {
    _id: `${prefix}|${date}|${String(seq).padStart(POSITION_DIGITS, '0')}`,
    number: `${prefix}-${date}-${String(seq).padStart(SHOWN_DIGITS, '0')}`,
    prefix,
    date,
    seq,
  };
}
