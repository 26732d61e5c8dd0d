import type { Client } from '@temporalio/client';
import { findAssignees } from '@tongban/store';
import { EngineError, stateQuery, whatIfAsync } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import type { CurrentUser } from '../auth/current-user';
import { localized, type Language } from '../http/language';
import { engineRefusal, toApiRefusal } from '../temporal/workflow-refusal';
import { prepareTaskAction, type TaskActionRequest } from './act-on-task';

/**
 * What-if: what an action (an approval, a return, transfer, 加签…) would change
 * on the live request — tasks opened (with who gets them) or closed, steps
 * reset or started, deadlines moved — computed by the engine on a copy of the
 * workflow's current state, settled as the workflow settles it. Nothing is changed;
 * an action the engine would refuse gets the same error as the real one.
 */
export async function previewTaskAction(
  temporal: Client,
  user: CurrentUser,
  ability: AppAbility,
  taskId: string,
  request: TaskActionRequest,
  language: Language,
) {
  const { task, input } = await prepareTaskAction(user, ability, taskId, request, language);
  const state = await temporal.workflow
    .getHandle(task.requestId)
    .query(stateQuery)
    .catch((error: unknown) => toApiRefusal(error));
  let change;
  try {
    // The worker's own lookup: the tasks a return or an approval opens are shown with the people they will go to.
    change = await whatIfAsync(state, { type: 'taskAction', ...input, at: new Date().toISOString() }, findAssignees);
  } catch (error) {
    if (error instanceof EngineError) throw engineRefusal(error);
    throw error;
  }
  const stepName = (stepId: string) => {
    const step = state.steps.find((candidate) => candidate.id === stepId);
    return step ? localized(step.name, language) : stepId;
  };
  return {
    tasks: change.tasks.map((entry) => ({
      taskId: entry.taskId,
      stepId: entry.stepId,
      stepName: stepName(entry.stepId),
      assignee: {
        userId: entry.assignee.userId,
        displayName: entry.assignee.displayName,
        orgName: entry.assignee.orgName,
      },
      from: entry.from,
      to: entry.to,
    })),
    steps: change.steps.map((entry) => ({ ...entry, stepName: stepName(entry.stepId) })),
    deadlines: change.clocks.map((entry) => ({
      stepId: entry.stepId,
      stepName: stepName(entry.stepId),
      from: entry.from?.dueAt ?? null,
      to: entry.to?.dueAt ?? null,
    })),
    status: change.status,
  };
}
