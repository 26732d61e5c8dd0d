import { subject } from '@casl/ability';
import type { FormDefinition } from '@tongban/forms';
import { RequestProjectionModel, TaskProjectionModel } from '@tongban/store';
import {
  fieldPermissionsAt,
  flattenSteps,
  returnTargets,
  visibleFormData,
  type FieldPermission,
} from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { getRequest } from '../requests/get-request';
import { formVersion, processVersion } from '../requests/published-definitions';
import { toTaskView } from './list-tasks';

/**
 * A task with its request, for the task page: the request's data as the
 * step may see it (its `hidden` fields removed, from the data and the form),
 * what the step may edit, and the earlier steps it may return the request to.
 */
export async function getTask(ability: AppAbility, taskId: string, language: Language) {
  const task = await TaskProjectionModel.findById(taskId).lean();
  if (!task || !ability.can('read', subject('Task', task))) throw new ApiError('TASK_NOT_FOUND');
  const fillForm = task.form ? await formVersion(task.form.key, task.form.version) : null;
  const request = await getRequest(ability, task.requestId, language);
  const projection = await RequestProjectionModel.findById(task.requestId, {
    processKey: 1,
    processVersion: 1,
    steps: 1,
  }).lean();
  const definition = projection ? await processVersion(projection.processKey, projection.processVersion) : null;
  const permissions = definition ? fieldPermissionsAt(definition, task.stepId) : {};
  // 整改 and 回访 (after a bad rating) are tasks of no step of the definition: nothing to return to.
  const ofDefinedStep = definition ? flattenSteps(definition.steps).some(({ step }) => step.id === task.stepId) : false;
  const targets =
    definition && projection && task.status === 'open' && ofDefinedStep
      ? returnTargets({ requestId: task.requestId, definition, steps: projection.steps }, task.stepId)
      : [];
  return {
    task: toTaskView(task, language),
    request: {
      ...request,
      data: visibleFormData(request.data, permissions),
      form: request.form ? withoutHiddenFields(request.form, permissions) : null,
    },
    fieldPermissions: permissions,
    returnTargets: targets.map((stepId) => {
      const step = projection!.steps.find((candidate) => candidate.id === stepId)!;
      return { stepId, name: localized(step.name, language) };
    }),
    ...(fillForm ? { fillForm: { schema: fillForm.schema, uiSchema: fillForm.uiSchema } } : {}),
  };
}

/** The form without the fields the step may not see, so they are not shown empty either. */
function withoutHiddenFields(
  form: Pick<FormDefinition, 'schema' | 'uiSchema'>,
  permissions: Record<string, FieldPermission>,
): Pick<FormDefinition, 'schema' | 'uiSchema'> {
  const hidden = Object.keys(permissions).filter((field) => permissions[field] === 'hidden');
  if (hidden.length === 0) return form;
  const schema = form.schema as { properties?: Record<string, unknown>; required?: string[] };
  return {
    ...form,
    schema: {
      ...form.schema,
      ...(schema.properties
        ? {
            properties: Object.fromEntries(
              Object.entries(schema.properties).filter(([field]) => !hidden.includes(field)),
            ),
          }
        : {}),
      ...(schema.required ? { required: schema.required.filter((field) => !hidden.includes(field)) } : {}),
    },
  };
}
