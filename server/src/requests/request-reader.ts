import { attachmentReferences, type FormDefinition } from '@tongban/forms';
import { TaskProjectionModel, type RequestProjection } from '@tongban/store';
import { fieldPermissionsAt, flattenSteps, type ProcessDefinition, type TimelineEntry } from '@tongban/workflows';

type TimelineAction = TimelineEntry['action'];
import type { CurrentUser } from '../auth/current-user';

/**
 * What one person may see of one request, decided here and nowhere else:
 * every response that carries a request's data (its detail, the answer to an
 * action, its attachments) passes through `asSeenBy` with the reader this
 * module makes.
 */
export interface RequestReader {
  /** Top-level fields of the request form withheld from this reader (a step's `hidden`). */
  hiddenFields: ReadonlySet<string>;
  /** Internal opinions (see INTERNAL_ACTIONS) are the staff's; the applicant's side never reads them. */
  seesInternal: boolean;
}

/** Supervisors, auditors and administrators read the whole record; so do tests of the engine's own output. */
export const WHOLE_RECORD: RequestReader = { hiddenFields: new Set(), seesInternal: true };

const WHOLE_RECORD_ROLES = new Set(['supervisor', 'auditor', 'admin']);

/**
 * Entries whose opinion is a note between staff: a hand-over's instruction,
 * a delegate's answer, a signer's brief, an extension's reason, a take-back,
 * an escalation, a supervisor's 督办 flag, a copy (抄送). The applicant's side
 * sees that they happened, not what was written.
 */
const INTERNAL_ACTIONS: ReadonlySet<TimelineAction> = new Set<TimelineAction>([
  'transfer',
  'delegate',
  'delegate_done',
  'add_signer',
  'remove_signer',
  'take_back',
  'request_extension',
  'extension_approved',
  'extension_rejected',
  'escalate',
  'flag',
  'cc',
]);

type ReadRequest = Pick<RequestProjection, '_id' | 'applicantOrgId' | 'filedBy'>;

/**
 * The reader `user` is for `request`. The applicant's organisation and the
 * window clerk who filed it see all their data and no internal opinion.
 * Staff see what the steps they handle(d) show: a field stays hidden only if
 * every one of their steps hides it (one step that shows it has shown it to
 * them already); staff with no task on the request (a substitute's
 * principal, a leader reading along) get every step's hidden field withheld.
 */
export async function readerOf(
  user: CurrentUser,
  request: ReadRequest,
  definition: ProcessDefinition | null,
): Promise<RequestReader> {
  if (readsWholeRecord(user)) return WHOLE_RECORD;
  if (onApplicantSide(user, request)) return { hiddenFields: new Set(), seesInternal: false };
  if (!definition) return WHOLE_RECORD;
  const tasks = await TaskProjectionModel.find({ requestId: request._id, assigneeId: user.id }, { stepId: 1 }).lean();
  if (tasks.length === 0) return { hiddenFields: hiddenAnywhere(definition), seesInternal: true };
  return readerAtSteps(definition, [...new Set(tasks.map((task) => task.stepId))]);
}

/**
 * A task's page: what its own step may see, whatever else its holder
 * handles; internal opinions as for the person (a task of the applicant's
 * side, 确认到账, shows none).
 */
export function readerOfTask(
  user: CurrentUser,
  request: ReadRequest,
  definition: ProcessDefinition | null,
  stepId: string,
): RequestReader {
  return {
    hiddenFields: definition ? hiddenFieldsOf(definition, stepId) : new Set(),
    seesInternal: readsWholeRecord(user) || !onApplicantSide(user, request),
  };
}

function readsWholeRecord(user: CurrentUser): boolean {
  return user.roles.some((role) => WHOLE_RECORD_ROLES.has(role));
}

function onApplicantSide(user: CurrentUser, request: ReadRequest): boolean {
  return request.applicantOrgId === user.orgId || request.filedBy?.userId === user.id;
}

/** The handlers of these steps: a field is withheld if each of the steps hides it. */
function readerAtSteps(definition: ProcessDefinition, stepIds: readonly string[]): RequestReader {
  const [first = new Set<string>(), ...rest] = stepIds.map((stepId) => hiddenFieldsOf(definition, stepId));
  const hiddenFields = new Set([...first].filter((field) => rest.every((hidden) => hidden.has(field))));
  return { hiddenFields, seesInternal: true };
}

function hiddenFieldsOf(definition: ProcessDefinition, stepId: string): Set<string> {
  const permissions = fieldPermissionsAt(definition, stepId);
  return new Set(Object.keys(permissions).filter((field) => permissions[field] === 'hidden'));
}

function hiddenAnywhere(definition: ProcessDefinition): Set<string> {
  return new Set(flattenSteps(definition.steps).flatMap(({ step }) => [...hiddenFieldsOf(definition, step.id)]));
}

/** An entry whose opinion is between staff. */
export function isInternal(action: TimelineAction): boolean {
  return INTERNAL_ACTIONS.has(action);
}

/** The form without the fields the reader may not see, so they are not shown empty either. */
export function withoutHiddenFields(
  form: Pick<FormDefinition, 'schema' | 'uiSchema'>,
  hidden: ReadonlySet<string>,
): Pick<FormDefinition, 'schema' | 'uiSchema'> {
  if (hidden.size === 0) return form;
  const schema = form.schema as { properties?: Record<string, unknown>; required?: string[] };
  return {
    ...form,
    schema: {
      ...form.schema,
      ...(schema.properties
        ? { properties: Object.fromEntries(Object.entries(schema.properties).filter(([field]) => !hidden.has(field))) }
        : {}),
      ...(schema.required ? { required: schema.required.filter((field) => !hidden.has(field)) } : {}),
    },
  };
}

/**
 * The files of the request form that only hidden fields hold (a file a
 * visible field also names stays readable).
 */
export function withheldAttachmentIds(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
  hidden: ReadonlySet<string>,
): Set<string> {
  const references = attachmentReferences(form, data);
  const inHiddenField = (fieldPath: string) => hidden.has(topLevelField(fieldPath));
  const shown = new Set(references.filter((reference) => !inHiddenField(reference.fieldPath)).map(({ id }) => id));
  return new Set(
    references
      .filter((reference) => inHiddenField(reference.fieldPath) && !shown.has(reference.id))
      .map(({ id }) => id),
  );
}

/** The first segment of a JSON pointer (`/contacts/0/file` → `contacts`), unescaped. */
function topLevelField(pointer: string): string {
  return (pointer.split('/')[1] ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
}
