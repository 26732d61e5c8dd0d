import type { FormDefinition } from '../form-definition';
import type { PrefillSource } from '../prefill';

/**
 * A seed form whose fields about the enterprise itself (企业名称, 统一社会信用代码 …)
 * fill in from the applicant organisation's profile, as an administrator sets
 * it in the designer (`ui:options.prefill`). Use on a form version not yet
 * published: it keeps the version, and a published version never changes.
 */
export function withEnterprisePrefill(
  form: FormDefinition,
  sources: Readonly<Record<string, PrefillSource>>,
): FormDefinition {
  const properties = form.schema.properties as Record<string, unknown>;
  const uiSchema = { ...form.uiSchema };
  for (const [key, prefill] of Object.entries(sources)) {
    if (!properties[key]) throw new Error(`${form.key} has no field ${key}`);
    const ui = (uiSchema[key] ?? {}) as Record<string, unknown>;
    const options = (ui['ui:options'] ?? {}) as Record<string, unknown>;
    uiSchema[key] = { ...ui, 'ui:options': { ...options, prefill } };
  }
  return { ...form, uiSchema };
}

/** The enterprise fields the seed forms share: 企业名称 (项目单位) and 统一社会信用代码. */
export const SEED_ENTERPRISE_FIELDS: Readonly<Record<string, PrefillSource>> = {
  enterpriseName: 'org.name',
  creditCode: 'org.creditCode',
};
