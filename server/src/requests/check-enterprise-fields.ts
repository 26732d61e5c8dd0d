import { fieldTitle, profileDisagreements, prefillFields, type FormDefinition } from '@tongban/forms';
import { OrganisationModel } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import { pointerSegment } from '../http/control-character-keys';
import type { Language } from '../http/language';

/**
 * 窗口受理: the form's fields about the enterprise itself (those that prefill
 * from its profile: 企业名称, 统一社会信用代码 …) must agree with the enterprise
 * the clerk picked. A clerk who types another company's credit code is filing
 * for the wrong company; 422 FORM_INVALID names each such field and what the
 * enterprise's profile says, and nothing is written. A field left empty, or one
 * the profile has no value for, is not checked (the form's own rules apply).
 */
export async function checkEnterpriseFields(
  form: FormDefinition,
  data: Record<string, unknown>,
  enterpriseOrgId: string,
  language: Language,
): Promise<void> {
  if (prefillFields(form).length === 0) return;
  const enterprise = await OrganisationModel.findById(enterpriseOrgId).lean();
  if (!enterprise) return;
  const disagreements = profileDisagreements(form, data, enterprise);
  if (disagreements.length === 0) return;
  throw new ApiError(
    'FORM_INVALID',
    disagreements.map(({ field, expected }) => {
      const path = `/${pointerSegment(field)}`;
      const title = fieldTitle(form.schema, path);
      return {
        path,
        message:
          language === 'en'
            ? `"${title}" does not match the enterprise filed for (${enterprise.name}), whose record says "${expected}"`
            : `“${title}”与所代办企业（${enterprise.name}）的登记信息不一致，登记为“${expected}”`,
      };
    }),
  );
}
