import type { Model, UpdateQuery } from 'mongoose';
import { flattenSteps, type ProcessState, type TaskState } from '@tongban/workflows';
import { RequestProjectionModel, type RequestProjection } from '../models/request-projection';
import { TaskProjectionModel, type TaskProjection } from '../models/task-projection';
import { WindowFilingModel } from '../models/window-filing';
import { isDuplicateKeyError } from '../errors';

/**
 * Writes the request and its tasks as the workflow state says. Safe to repeat
 * and to receive out of order: a document only moves to a higher revision.
 */
export async function writeRequestProjection(state: ProcessState): Promise<void> {
  // 代办: who filed it at a service window is not workflow state; it was recorded before the workflow started.
  const filing = await WindowFilingModel.findById(state.requestId, { filedBy: 1 }).lean();
  await upsertIfNewer(RequestProjectionModel, {
    ...toRequestProjection(state),
    ...(filing ? { filedBy: filing.filedBy } : {}),
  });
  await Promise.all(state.tasks.map((task) => upsertIfNewer(TaskProjectionModel, toTaskProjection(state, task))));
}

export function toRequestProjection(state: ProcessState): RequestProjection {
  return {
    _id: state.requestId,
    revision: state.revision,
    processKey: state.definition.key,
    processVersion: state.definition.version,
    processName: state.definition.name,
    formKey: state.definition.form.key,
    formVersion: state.definition.form.version,
    status: state.status,
    applicant: state.applicant,
    applicantOrgId: state.applicant.orgId,
    data: state.data,
    stepData: state.stepData ?? {},
    steps: state.steps,
    // The steps people work on now; a running parallel or branch step is only their container.
    currentStepIds: state.steps
      .filter((step) => step.status === 'active' && (step.type === 'approval' || step.type === 'fill'))
      .map((step) => step.id),
    timeline: state.timeline,
    participantIds: [...new Set(state.tasks.map((task) => task.assignee.userId))],
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    ...(state.completedAt ? { completedAt: state.completedAt } : {}),
    ...(state.requestClock
      ? {
          deadline: {
            dueAt: state.requestClock.dueAt,
            level: state.requestClock.level,
            paused: Boolean(state.requestClock.pausedAt),
            ...(state.requestClock.atRisk ? { atRisk: true } : {}),
          },
        }
      : {}),
    ...(state.ratingOpenUntil ? { ratingOpenUntil: state.ratingOpenUntil } : {}),
    ...(state.rating ? { rating: state.rating } : {}),
    ...(state.aftercare ? { aftercare: state.aftercare } : {}),
    ...(state.flagged ? { flagged: true } : {}),
  };
}

export function toTaskProjection(state: ProcessState, task: TaskState): TaskProjection {
  const step = state.steps.find((candidate) => candidate.id === task.stepId);
  const definition = flattenSteps(state.definition.steps).find((candidate) => candidate.step.id === task.stepId)?.step;
  return {
    _id: task.id,
    revision: state.revision,
    requestId: state.requestId,
    stepId: task.stepId,
    stepName: step?.name ?? { zh: task.stepId },
    processKey: state.definition.key,
    processName: state.definition.name,
    assigneeId: task.assignee.userId,
    assigneeOrgId: task.assignee.orgId,
    status: task.status,
    applicantOrgName: state.applicant.orgName,
    ...(taskKind(task) ? { kind: taskKind(task) } : {}),
    ...(task.assignee.onBehalfOf ? { onBehalfOf: task.assignee.onBehalfOf } : {}),
    ...(definition?.type === 'fill' ? { form: definition.form } : {}),
    createdAt: task.createdAt,
    ...(task.decidedAt ? { decidedAt: task.decidedAt } : {}),
  };
}

function taskKind(task: TaskState): TaskProjection['kind'] {
  if (task.status === 'informed') return 'cc';
  if (task.extensionId) return 'extension';
  if (task.signerGroupId) return 'signer';
  if (task.escalation) return 'escalation';
  return undefined;
}

async function upsertIfNewer<T extends { _id: string; revision: number }>(model: Model<T>, document: T): Promise<void> {
  const { _id, ...fields } = document;
  try {
    await model.updateOne(
      { _id, revision: { $lt: document.revision } },
      { $set: fields as UpdateQuery<T>['$set'] },
      { upsert: true },
    );
  } catch (error) {
    // The document exists at this revision or a newer one: nothing to do.
    if (!isDuplicateKeyError(error)) throw error;
  }
}
