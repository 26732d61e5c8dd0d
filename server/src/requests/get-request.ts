import { subject } from '@casl/ability';
import { readRequestProjection, RequestProjectionModel, type RequestProjection } from '@tongban/store';
import { flattenSteps, type ProcessDefinition } from '@tongban/workflows';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { formVersion, processVersion } from './published-definitions';
import { readerOf, type RequestReader } from './request-reader';
import { toRequestView, type StepForm } from './request-view';

/** A request with its form and timeline as `user` may see it, if they may read it (else it does not exist for them). */
export async function getRequest(user: CurrentUser, ability: AppAbility, requestId: string, language: Language) {
  const request = await RequestProjectionModel.findById(requestId).lean();
  if (!request || !ability.can('read', subject('Request', request))) throw new ApiError('REQUEST_NOT_FOUND');
  const projection = readRequestProjection(request);
  return requestDetail(projection, language, (definition) => readerOf(user, projection, definition));
}

/**
 * The whole view of a request: its data with the form to render it, what
 * each 填报 step filled in with that step's form, and which steps belong to
 * the lead department's branch (牵头部门) of a parallel step.
 */
export async function requestDetail(
  request: RequestProjection,
  language: Language,
  /** Who reads it, once the process version is known (field permissions are per step of that version). */
  reader: (definition: ProcessDefinition | null) => RequestReader | Promise<RequestReader>,
) {
  const definition = await processVersion(request.processKey, request.processVersion);
  const [form, stepForms, seenBy] = await Promise.all([
    formVersion(request.formKey, request.formVersion),
    definition ? filledStepForms(definition, request, language) : {},
    reader(definition),
  ]);
  return toRequestView(request, form, language, {
    reader: seenBy,
    stepForms,
    leadStepIds: definition ? leadStepIds(definition) : new Set(),
  });
}

/** The steps inside the lead branch of each parallel step. */
function leadStepIds(definition: ProcessDefinition): Set<string> {
  const ids = new Set<string>();
  for (const { step } of flattenSteps(definition.steps)) {
    if (step.type !== 'parallel' || !step.leadBranchId) continue;
    const lead = step.branches.find((branch) => branch.id === step.leadBranchId);
    for (const inner of flattenSteps(lead?.steps ?? [])) ids.add(inner.step.id);
  }
  return ids;
}

/**
 * The forms of the 填报 steps that have filled something in (the bank's 授信,
 * 放款, the renewed contract), by step id, from the version the request
 * pinned: without them, what those steps recorded could not be shown.
 */
async function filledStepForms(
  definition: ProcessDefinition,
  request: RequestProjection,
  language: Language,
): Promise<Record<string, StepForm>> {
  const filled = Object.keys(request.stepData ?? {});
  if (filled.length === 0) return {};
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
