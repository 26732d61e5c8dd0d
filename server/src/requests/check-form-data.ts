import {
  directoryReferences,
  fieldTitle,
  validateFormData,
  type FieldError,
  type FormDefinition,
} from '@tongban/forms';
import { OrganisationModel, UserModel } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import { controlCharacterKeyErrors, pointerSegment } from '../http/control-character-keys';
import type { Language } from '../http/language';

const ORG_KIND_NAMES = {
  department: { zh: '部门', en: 'a department' },
  bank: { zh: '银行', en: 'a bank' },
  enterprise: { zh: '企业', en: 'an enterprise' },
} as const;

/**
 * What form data must be before it becomes a request's (a start, a
 * resubmission, a fill step, a correction): valid for the form's schema, and
 * every organisation and person its picker fields name must exist (an
 * organisation of the kind the picker asks for, a person whose account is
 * active), because steps route by them, and no key may hold a control
 * character. 422 with every field error; nothing is written. Files are claimed
 * after every other check (`claimFormAttachments`).
 */
export async function checkFormData(
  form: FormDefinition,
  data: Record<string, unknown>,
  language: Language,
): Promise<void> {
  const badKeys = [
    ...controlCharacterKeyErrors(data, language),
    ...unstorableValueErrors(form, data, language),
    ...embeddedFileErrors(form, data, language),
  ];
  if (badKeys.length > 0) throw new ApiError('FORM_INVALID', badKeys);
  const validation = validateFormData(form, data, language);
  if (!validation.valid) throw new ApiError('FORM_INVALID', validation.errors);
  const references = directoryReferences(form, data);
  if (references.length === 0) return;
  const idsOf = (kind: 'organisation' | 'user') =>
    references.filter((reference) => reference.kind === kind).map((reference) => reference.id);
  const [organisations, users] = await Promise.all([
    OrganisationModel.find({ _id: { $in: idsOf('organisation') } }, { kind: 1 }).lean(),
    UserModel.find({ _id: { $in: idsOf('user') }, active: true }, { _id: 1 }).lean(),
  ]);
  const orgKinds = new Map(organisations.map((org) => [org._id, org.kind]));
  const activeUsers = new Set(users.map((user) => user._id));
  const errors: FieldError[] = [];
  for (const reference of references) {
    const title = fieldTitle(form.schema, reference.path, { uiSchema: form.uiSchema, language });
    if (reference.kind === 'user') {
      if (!activeUsers.has(reference.id))
        errors.push({
          path: reference.path,
          message: language === 'en' ? `"${title}": no active person with this id` : `“${title}”所选人员不存在或已停用`,
        });
      continue;
    }
    const kind = orgKinds.get(reference.id);
    if (kind === undefined)
      errors.push({
        path: reference.path,
        message: language === 'en' ? `"${title}": no such organisation` : `“${title}”所选单位不存在`,
      });
    else if (reference.orgKind && kind !== reference.orgKind)
      errors.push({
        path: reference.path,
        message:
          language === 'en'
            ? `"${title}" must be ${ORG_KIND_NAMES[reference.orgKind].en}`
            : `“${title}”须选择${ORG_KIND_NAMES[reference.orgKind].zh}`,
      });
  }
  if (errors.length > 0) throw new ApiError('FORM_INVALID', errors);
}

/** Half of a UTF-16 surrogate pair without its other half: no character at all. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A field error for each value JSON can carry but no field can hold: a number
 * beyond what a double holds (`1e400` parses as Infinity and would be stored as
 * null) and a string with half a surrogate pair (`"\ud800"`, stored as U+FFFD).
 * Refused, so what is stored is what was sent.
 */
function unstorableValueErrors(form: FormDefinition, data: unknown, language: Language, path = ''): FieldError[] {
  if (typeof data === 'number' && !Number.isFinite(data)) {
    const title = fieldTitle(form.schema, path || '/', { uiSchema: form.uiSchema, language });
    return [
      { path: path || '/', message: language === 'en' ? `"${title}" is out of range` : `“${title}”的数值超出范围` },
    ];
  }
  if (typeof data === 'string' && LONE_SURROGATE.test(data)) {
    const title = fieldTitle(form.schema, path || '/', { uiSchema: form.uiSchema, language });
    return [
      {
        path: path || '/',
        message: language === 'en' ? `"${title}" holds a broken character` : `“${title}”含有无法识别的字符`,
      },
    ];
  }
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, child]) =>
    unstorableValueErrors(form, child, language, `${path}/${Array.isArray(data) ? key : pointerSegment(key)}`),
  );
}

/**
 * The largest file a form's data may carry inline, as a data URL (rjsf's file
 * fields, `format: "data-url"`): room for a signature or a small stamp image.
 * Anything larger belongs in the attachment store (the designer imports such
 * fields as attachment fields): base64 in the data grows by a third and is
 * copied into every later step of the workflow's history.
 */
export const DATA_URL_LIMIT_BYTES = 32 * 1024;

const DATA_URL = /^data:[^,]*;base64,/;

/** A field error for each data URL in the data longer than `DATA_URL_LIMIT_BYTES`. */
function embeddedFileErrors(form: FormDefinition, data: unknown, language: Language, path = ''): FieldError[] {
  if (typeof data === 'string') {
    if (data.length <= DATA_URL_LIMIT_BYTES || !DATA_URL.test(data)) return [];
    const title = fieldTitle(form.schema, path || '/', { uiSchema: form.uiSchema, language });
    const limit = `${DATA_URL_LIMIT_BYTES / 1024} KB`;
    return [
      {
        path: path || '/',
        message:
          language === 'en'
            ? `"${title}" holds a file over ${limit} inside the form; upload it as an attachment`
            : `“${title}”在表单中内嵌了超过 ${limit} 的文件，请作为附件上传`,
      },
    ];
  }
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, child]) =>
    embeddedFileErrors(form, child, language, `${path}/${Array.isArray(data) ? key : pointerSegment(key)}`),
  );
}

/**
 * The most form data one request may hold, as UTF-8 JSON: its own data and
 * every fill step's together. Temporal refuses a payload over 2 MB, and each
 * action's answer and each projection write carries the request's whole state
 * (form data, process definition, timeline): 1.5 MB leaves room for the rest.
 */
export const FORM_DATA_LIMIT_BYTES = 1_500_000;

/**
 * Refuses form data that would take a request over `FORM_DATA_LIMIT_BYTES`
 * (413 FORM_DATA_TOO_LARGE, nothing written): `data` is the request's form data
 * as it will be, `stepData` what its fill steps will hold.
 */
export function checkFormDataSize(forms: { data: Record<string, unknown>; stepData?: Record<string, unknown> }): void {
  const bytes = Buffer.byteLength(JSON.stringify({ data: forms.data, stepData: forms.stepData ?? {} }));
  if (bytes > FORM_DATA_LIMIT_BYTES)
    throw new ApiError(
      'FORM_DATA_TOO_LARGE',
      undefined,
      `form data of ${bytes} bytes (limit ${FORM_DATA_LIMIT_BYTES})`,
    );
}
