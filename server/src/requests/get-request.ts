import { subject } from '@casl/ability';
import { RequestProjectionModel, type RequestProjection } from '@tongban/store';
import { flattenSteps } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { formVersion, processVersion } from './published-definitions';
import { toRequestView, type StepForm } from './request-view';

/** A request with its form and timeline, if the caller may read it (else it does not exist for them). */
export async function getRequest(ability: AppAbility, requestId: string, language: Language) {
  const request = await RequestProjectionModel.findById(requestId).lean();
  if (!request || !ability.can('read', subject('Request', request))) throw new ApiError('REQUEST_NOT_FOUND');
  return requestDetail(request, language);
}

/** The whole view of a request: its data with the form to render it, and what each 填报 step filled in with that step's form. */
export async function requestDetail(request: RequestProjection, language: Language) {
  const [form, stepForms] = await Promise.all([
    formVersion(request.formKey, request.formVersion),
    filledStepForms(request, language),
  ]);
  return toRequestView(request, form, language, stepForms);
}

/**
 * The forms of the 填报 steps that have filled something in (the bank's 授信,
 * 放款, the renewed contract), by step id, from the version the request
 * pinned: without them, what those steps recorded could not be shown.
 */
async function filledStepForms(request: RequestProjection, language: Language): Promise<Record<string, StepForm>> {
  const filled = Object.keys(request.stepData ?? {});
  if (filled.length === 0) return {};
  const definition = await processVersion(request.processKey, request.processVersion);
  if (!definition) return {};
  const entries = await Promise.all(
    flattenSteps(definition.steps).map(async ({ step }) => {
      if (step.type !== 'fill' || !filled.includes(step.id)) return null;
      const form = await formVersion(step.form.key, step.form.version);
      return form
        ? ([step.id, { title: localized(form.title, language), schema: form.schema, uiSchema: form.uiSchema }] as const)
        : null;
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}
