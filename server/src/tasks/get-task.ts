import { subject } from '@casl/ability';
import { TaskProjectionModel } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';
import { getRequest } from '../requests/get-request';
import { formVersion } from '../requests/published-definitions';
import { toTaskView } from './list-tasks';

/** A task with its request, for the task page. */
export async function getTask(ability: AppAbility, taskId: string, language: Language) {
  const task = await TaskProjectionModel.findById(taskId).lean();
  if (!task || !ability.can('read', subject('Task', task))) throw new ApiError('TASK_NOT_FOUND');
  const fillForm = task.form ? await formVersion(task.form.key, task.form.version) : null;
  return {
    task: toTaskView(task, language),
    request: await getRequest(ability, task.requestId, language),
    ...(fillForm ? { fillForm: { schema: fillForm.schema, uiSchema: fillForm.uiSchema } } : {}),
  };
}
