import type { FormDefinition } from '@tongban/forms';
import type { RequestProjection } from '@tongban/store';
import { requestDeadlineView } from '../deadlines/deadline-view';
import { localized, type Language } from '../http/language';
import { isInternal, WHOLE_RECORD, withoutHiddenFields, type RequestReader } from './request-reader';

/** A 填报 step's form, to show what the step filled in. */
export interface StepForm {
  title: string;
  schema: FormDefinition['schema'];
  uiSchema: FormDefinition['uiSchema'];
}

/** A request as the API returns it: names in the caller's language, the forms to render its data. */
/** What only a request's detail shows, looked up from its process version. */
export interface RequestViewExtras {
  /** Who reads it: what of the data and the timeline they may see. */
  reader: RequestReader;
  stepForms: Record<string, StepForm>;
  /** Steps inside the lead department's branch (牵头) of a parallel step. */
  leadStepIds: ReadonlySet<string>;
}

export function toRequestView(
  request: RequestProjection,
  form: FormDefinition | null,
  language: Language,
  extras: RequestViewExtras,
) {
  const { reader } = extras;
  const visible = (field: string) => !reader.hiddenFields.has(field);
  const stepName = (stepId: string | undefined) => {
    const step = request.steps.find((candidate) => candidate.id === stepId);
    return step ? localized(step.name, language) : undefined;
  };
  return {
    id: request._id,
    ...(request.number ? { number: request.number } : {}),
    processKey: request.processKey,
    processVersion: request.processVersion,
    processName: localized(request.processName, language),
    status: request.status,
    applicant: request.applicant,
    ...(request.filedBy ? { filedBy: request.filedBy } : {}),
    data: Object.fromEntries(Object.entries(request.data).filter(([field]) => visible(field))),
    stepData: request.stepData ?? {},
    stepForms: extras.stepForms,
    form: form ? withoutHiddenFields({ schema: form.schema, uiSchema: form.uiSchema }, reader.hiddenFields) : null,
    steps: request.steps.map((step) => ({
      id: step.id,
      name: localized(step.name, language),
      status: step.status,
      ...(extras.leadStepIds.has(step.id) ? { lead: true } : {}),
    })),
    currentStepNames: request.currentStepIds.map((id) => stepName(id) ?? id),
    timeline: request.timeline.map((entry) => {
      const internal = isInternal(entry.action);
      const comment = internal && !reader.seesInternal ? undefined : entry.comment;
      const detail =
        entry.detail && Array.isArray(entry.detail.corrected)
          ? { ...entry.detail, corrected: (entry.detail.corrected as string[]).filter(visible) }
          : entry.detail;
      return {
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor
          ? {
              userId: entry.actor.userId,
              displayName: entry.actor.displayName,
              orgName: entry.actor.orgName,
              ...(entry.actor.onBehalfOf ? { onBehalfOf: entry.actor.onBehalfOf } : {}),
            }
          : null,
        action: entry.action,
        ...(entry.stepId ? { stepId: entry.stepId, stepName: stepName(entry.stepId) } : {}),
        ...(comment ? { comment } : {}),
        ...(internal && reader.seesInternal ? { internal: true } : {}),
        ...(entry.to ? { to: entry.to } : {}),
        ...(entry.target
          ? {
              target: {
                userId: entry.target.userId,
                displayName: entry.target.displayName,
                orgName: entry.target.orgName,
              },
            }
          : {}),
        ...(detail ? { detail } : {}),
      };
    }),
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    ...(request.completedAt ? { completedAt: request.completedAt } : {}),
    ...(request.deadline
      ? {
          deadline: requestDeadlineView(
            request.deadline,
            request.status === 'in_progress' || request.status === 'returned',
            new Date().toISOString(),
          ),
        }
      : {}),
    ...(request.ratingOpenUntil ? { ratingOpenUntil: request.ratingOpenUntil } : {}),
    ...(request.rating
      ? {
          rating: {
            grade: request.rating.grade,
            at: request.rating.at,
            ...(request.rating.comment ? { comment: request.rating.comment } : {}),
          },
        }
      : {}),
    ...(request.aftercare ? { aftercare: request.aftercare } : {}),
    ...(request.flagged ? { flagged: true } : {}),
  };
}

/** The list row of a request. */
export function toRequestSummary(request: RequestProjection, language: Language) {
  const {
    form: _form,
    data: _data,
    stepData: _stepData,
    stepForms: _stepForms,
    timeline: _timeline,
    steps: _steps,
    ...summary
  } = toRequestView(request, null, language, { reader: WHOLE_RECORD, stepForms: {}, leadStepIds: new Set() });
  return summary;
}
