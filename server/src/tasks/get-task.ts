import { subject } from '@casl/ability';
import { readRequestProjection, RequestProjectionModel, TaskProjectionModel } from '@tongban/store';
import { fieldPermissionsAt, flattenSteps, returnTargets } from '@tongban/workflows';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { requestDetail } from '../requests/get-request';
import { readerOfTask } from '../requests/request-reader';
import { formVersion, processVersion } from '../requests/published-definitions';
import { addedSigners } from './added-signers';
import { toTaskView } from './list-tasks';

/**
 * A task with its request, for the task page: the request's data as the
 * step may see it (its `hidden` fields removed, from the data and the form),
 * what the step may edit, the earlier steps it may return the request to, and
 * the people its handler added who may still be removed (减签).
 */
export async function getTask(user: CurrentUser, ability: AppAbility, taskId: string, language: Language) {
  const task = await TaskProjectionModel.findById(taskId).lean();
  if (!task || !ability.can('read', subject('Task', task))) throw new ApiError('TASK_NOT_FOUND');
  const fillForm = task.form ? await formVersion(task.form.key, task.form.version) : null;
  const stored = await RequestProjectionModel.findById(task.requestId).lean();
  if (!stored || !ability.can('read', subject('Request', stored))) throw new ApiError('REQUEST_NOT_FOUND');
  const projection = readRequestProjection(stored);
  const request = await requestDetail(projection, language, (definition) =>
    readerOfTask(user, projection, definition, task.stepId),
  );
  const definition = await processVersion(projection.processKey, projection.processVersion);
  const permissions = definition ? fieldPermissionsAt(definition, task.stepId) : {};
  // 整改 and 回访 (after a bad rating) are tasks of no step of the definition: nothing to return to.
  const ofDefinedStep = definition ? flattenSteps(definition.steps).some(({ step }) => step.id === task.stepId) : false;
  const targets =
    definition && task.status === 'open' && ofDefinedStep
      ? returnTargets({ requestId: task.requestId, definition, steps: projection.steps }, task.stepId)
      : [];
  return {
    task: toTaskView(task, language),
    request,
    fieldPermissions: permissions,
    returnTargets: targets.map((stepId) => {
      const step = projection.steps.find((candidate) => candidate.id === stepId)!;
      return { stepId, name: localized(step.name, language) };
    }),
    addedSigners: await addedSigners(task, projection),
    ...(fillForm ? { fillForm: { schema: fillForm.schema, uiSchema: fillForm.uiSchema } } : {}),
  };
}
