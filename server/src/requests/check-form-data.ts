import {
  directoryReferences,
  fieldTitle,
  validateFormData,
  type FieldError,
  type FormDefinition,
} from '@tongban/forms';
import { OrganisationModel, UserModel } from '@tongban/store';
import { ApiError } from '../errors/api-error';
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
 * active), because steps route by them. 422 with every field error; nothing
 * is written. Files are claimed after every other check (`claimFormAttachments`).
 */
export async function checkFormData(
  form: FormDefinition,
  data: Record<string, unknown>,
  language: Language,
): Promise<void> {
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
    const title = fieldTitle(form.schema, reference.path);
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
