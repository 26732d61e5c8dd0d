import { subject } from '@casl/ability';
import { RequestProjectionModel } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';
import { formVersion } from './published-definitions';
import { toRequestView } from './request-view';

/** A request with its form and timeline, if the caller may read it (else it does not exist for them). */
export async function getRequest(ability: AppAbility, requestId: string, language: Language) {
  const request = await RequestProjectionModel.findById(requestId).lean();
  if (!request || !ability.can('read', subject('Request', request))) throw new ApiError('REQUEST_NOT_FOUND');
  return toRequestView(request, await formVersion(request.formKey, request.formVersion), language);
}
