import { allOf, readFormData, RequestProjectionModel } from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { processVersion } from './published-definitions';
import { readerOf } from './request-reader';

/**
 * 沿用上次填写: the form data of the newest request the caller's own
 * organisation started on this process, for a new application to start from,
 * with only the fields the caller may read of it. Never another
 * organisation's: the filter is the caller's organisation, whatever is asked.
 * `previous: null` when the organisation has none. One index read
 * (`applicantOrgId, processKey, createdAt`).
 */
export async function getPreviousApplication(user: CurrentUser, ability: AppAbility, processKey: string) {
  if (!ability.can('create', 'Request')) throw new ApiError('FORBIDDEN');
  const [latest] = await RequestProjectionModel.find(allOf({ applicantOrgId: user.orgId }, { processKey }), {
    _id: 1,
    number: 1,
    applicantOrgId: 1,
    filedBy: 1,
    processKey: 1,
    processVersion: 1,
    data: 1,
    createdAt: 1,
  })
    .sort({ createdAt: -1 })
    .limit(1)
    .lean();
  if (!latest) return { previous: null };
  const reader = await readerOf(user, latest, await processVersion(latest.processKey, latest.processVersion));
  const data = Object.fromEntries(
    Object.entries(readFormData(latest.data)).filter(([field]) => !reader.hiddenFields.has(field)),
  );
  return {
    previous: {
      requestId: latest._id,
      ...(latest.number ? { number: latest.number } : {}),
      createdAt: latest.createdAt,
      data,
    },
  };
}
