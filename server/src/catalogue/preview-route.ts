import { findAssignees } from '@tongban/store';
import { narrowAssignees, previewRoute } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import { partyOf, type CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { latestPublishedProcess } from '../requests/published-definitions';

/**
 * 流程预测: before submitting, the steps a request with this data would go
 * through and the people who would handle each, from the same pure engine
 * and the same people lookup the workflow uses. Conditions read the data, so
 * what is skipped here is skipped for real.
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
  const route = previewRoute(definition, data, new Date().toISOString());
  const steps = await Promise.all(
    route.map(async (step) => {
      const people = step.assignees
        ? narrowAssignees(
            step.assignees,
            applicant,
            data,
            await findAssignees({ rule: step.assignees, applicant, data }),
          )
        : [];
      return {
        stepId: step.stepId,
        name: localized(step.name, language),
        type: step.type,
        ...(step.parallelStepId ? { parallelStepId: step.parallelStepId } : {}),
        ...(step.dueAt ? { dueAt: step.dueAt } : {}),
        people: people.map((person) => ({
          userId: person.userId,
          displayName: person.displayName,
          orgName: person.orgName,
        })),
      };
    }),
  );
  return { processKey: definition.key, processVersion: definition.version, steps };
}
