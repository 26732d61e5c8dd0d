import { containsText } from '@tongban/store';

/** A whole 办件编号 as offices write it: a prefix, the China date, the day's position (`云梦招商-20261202-0001`). */
export const WHOLE_REQUEST_NUMBER = /^\S+-\d{8}-\d{4,}$/;

/** Where a list keeps what its search box (`q`) looks in. */
export interface SearchedFields {
  /** The applicant organisation's name. */
  orgName: string;
  /** The request's internal id (`req-…`), which links and older notes carry. */
  requestId: string;
  /** The request's 办件编号. */
  number: string;
}

/**
 * The filter for a list's search box. A whole 办件编号 is one equality, which
 * an index serves wherever the list looks (a supervisor's search over the
 * whole city included); anything else is matched as text in the applicant's
 * name, the internal id or the number, among the rows the caller's own
 * filters (their tasks, the requests they took part in) already narrowed.
 */
export function requestTextSearch(q: string, fields: SearchedFields): Record<string, unknown> {
  const text = q.trim();
  if (WHOLE_REQUEST_NUMBER.test(text)) return { [fields.number]: text };
  const pattern = containsText(text);
  return {
    $or: [{ [fields.orgName]: pattern }, { [fields.requestId]: pattern }, { [fields.number]: pattern }],
  };
}
