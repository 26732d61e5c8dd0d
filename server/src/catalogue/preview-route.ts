import { findAssignees } from '@tongban/store';
import { previewRouteAsync } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { latestPublishedProcess } from '../requests/published-definitions';

/**
 * 流程预测: before submitting, every step a request with this data would go
 * through (waits included), the people who would get each task and each
 * step's deadline, from the same pure engine and the same people lookup the
 * workflow uses. Conditions read the data, so what is skipped here is skipped
 * for real; deadlines add up along the route (each handler taking the time
 * their step allows).
 */
export async function previewProcessRoute(
  ability: AppAbility,
  user: CurrentUser,
  processKey: string,
  data: Record<string, unknown>,
  language: Language,
) {
  if (!ability.can('start', 'Process')) throw new ApiError('FORBIDDEN');
  const definition = await latestPublishedProcess(processKey);
  if (!definition) throw new ApiError('PROCESS_NOT_FOUND');
  const applicant = partyOf(user);
  // The worker's own lookup, fed to the engine as the workflow feeds it: the people the tasks will really go to.
  const route = await previewRouteAsync(definition, data, new Date().toISOString(), {
    applicant,
    findPeople: findAssignees,
  });
  const steps = route.map((step) => ({
    stepId: step.stepId,
    name: localized(step.name, language),
    type: step.type,
    ...(step.parallelStepId ? { parallelStepId: step.parallelStepId } : {}),
    ...(step.dueAt ? { dueAt: step.dueAt } : {}),
    people: step.people.map((person) => ({
      userId: person.userId,
      displayName: person.displayName,
      orgName: person.orgName,
    })),
  }));
  return { processKey: definition.key, processVersion: definition.version, steps };
}
