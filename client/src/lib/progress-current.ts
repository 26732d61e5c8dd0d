import type { RequestStatus } from '../api/types';

type StepsStatus = 'wait' | 'process' | 'finish' | 'error';

/**
 * Which item of the progress bar is where the request is now: the running
 * step; for a returned request the applicant's own first item (it is their
 * turn); else the first that failed; else the end.
 */
export function progressCurrent(requestStatus: RequestStatus, itemStatuses: readonly StepsStatus[]): number {
  if (requestStatus === 'returned') return 0;
  const active = itemStatuses.indexOf('process');
  if (active >= 0) return active;
  const failed = itemStatuses.indexOf('error');
  return failed >= 0 ? failed : itemStatuses.length - 1;
}
