import type { Request, Response } from 'express';
import { ApiError } from '../errors/api-error';

/** The ETag of a revision: strong, quoted, e.g. `"r3"`. */
export function revisionEtag(revision: number): string {
  return `"r${revision}"`;
}

/** Sets `ETag` to the revision of the version answered, and gives that version back to be sent. */
export function withRevision<T extends { revision: number }>(res: Response, view: T): T {
  res.set('ETag', revisionEtag(view.revision));
  return view;
}

/**
 * The revision an edit was based on, from `If-Match`. Missing: 428, so nobody
 * overwrites a version they never read; not one of our ETags: 412. `*` is
 * refused as well: it would skip exactly the check this is for.
 */
export function requiredRevision(req: Request): number {
  const header = req.get('If-Match');
  if (header === undefined || header.trim() === '') throw new ApiError('PRECONDITION_REQUIRED');
  const match = /^(?:W\/)?"r([1-9][0-9]{0,8})"$/.exec(header.trim());
  if (!match) throw new ApiError('PRECONDITION_FAILED');
  return Number(match[1]);
}
