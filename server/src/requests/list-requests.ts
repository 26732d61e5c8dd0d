import { RequestProjectionModel } from '@tongban/store';
import { accessibleFilter } from '../auth/accessible-filter';
import type { AppAbility } from '../auth/define-abilities';
import type { Language } from '../http/language';
import { toRequestSummary } from './request-view';

/** The requests the caller may read, newest first. */
export async function listRequests(ability: AppAbility, language: Language, limit = 50) {
  const filter = accessibleFilter(ability, 'read', 'Request');
  const requests = await RequestProjectionModel.find(filter).sort({ createdAt: -1 }).limit(limit).lean();
  return requests.map((request) => toRequestSummary(request, language));
}
