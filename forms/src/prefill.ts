/**
 * Fields about the enterprise itself (企业名称, 统一社会信用代码, 住所, 法定代表人 …)
 * that a form fills in from the applicant organisation's profile. A form says
 * so per field, in its uiSchema: `"creditCode": { "ui:options": { "prefill":
 * "org.creditCode" } }`, which the form designer sets. One definition for the
 * browser (what to fill in) and the server (a window filing's enterprise
 * fields must agree with the enterprise it is filed for); no Node or DOM imports.
 */

/** Where a field can be filled in from, with what the designer calls it. */
export const PREFILL_SOURCES = {
  'org.name': { zh: '企业名称', en: 'Enterprise name' },
  'org.creditCode': { zh: '统一社会信用代码', en: 'Unified social credit code' },
  'org.address': { zh: '企业住所', en: 'Registered address' },
  'org.legalRepresentative': { zh: '法定代表人', en: 'Legal representative' },
  'org.contactPhone': { zh: '企业联系电话', en: 'Enterprise phone' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type PrefillSource = keyof typeof PREFILL_SOURCES;

export function isPrefillSource(value: unknown): value is PrefillSource {
  return typeof value === 'string' && Object.hasOwn(PREFILL_SOURCES, value);
}

/** What of an organisation's profile a form can be filled in from. */
export interface OrganisationProfile {
  name: string;
  creditCode?: string;
  address?: string;
  legalRepresentative?: string;
  contactPhone?: string;
}

/** The profile's value for a source, trimmed; undefined when the profile has none. */
export function profileValue(profile: OrganisationProfile, source: PrefillSource): string | undefined {
  const value = profile[source.slice('org.'.length) as keyof OrganisationProfile]?.trim();
  return value ? value : undefined;
}

interface FormDocuments {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The form's top-level text fields that say where they prefill from, in the
 * form's property order. Only top-level fields: the enterprise is one, so its
 * name belongs to the form, not to a row of a table.
 */
export function prefillFields(form: FormDocuments): { field: string; source: PrefillSource }[] {
  const properties = isObject(form.schema.properties) ? form.schema.properties : {};
  return Object.entries(properties).flatMap(([field, schema]) => {
    const ui = form.uiSchema[field];
    const source = isObject(ui) && isObject(ui['ui:options']) ? ui['ui:options'].prefill : undefined;
    if (!isPrefillSource(source) || !isObject(schema) || schema.type !== 'string') return [];
    return [{ field, source }];
  });
}

/** The data a form starts with for an organisation: each prefill field its profile has a value for. */
export function prefilledData(form: FormDocuments, profile: OrganisationProfile): Record<string, string> {
  return Object.fromEntries(
    prefillFields(form).flatMap(({ field, source }) => {
      const value = profileValue(profile, source);
      return value === undefined ? [] : [[field, value]];
    }),
  );
}

/** Equal as people mean it: surrounding spaces never count, and a credit code is the same in either case. */
function sameValue(source: PrefillSource, given: string, expected: string): boolean {
  const normalise = (value: string) => (source === 'org.creditCode' ? value.trim().toUpperCase() : value.trim());
  return normalise(given) === normalise(expected);
}

/**
 * The prefill fields whose value in `data` differs from the organisation's
 * profile (a credit code of another company, another name). A field left
 * empty, or one the profile has no value for, disagrees with nothing.
 */
export function profileDisagreements(
  form: FormDocuments,
  data: Record<string, unknown>,
  profile: OrganisationProfile,
): { field: string; source: PrefillSource; expected: string }[] {
  return prefillFields(form).flatMap(({ field, source }) => {
    const given = data[field];
    const expected = profileValue(profile, source);
    if (typeof given !== 'string' || given.trim() === '' || expected === undefined) return [];
    return sameValue(source, given, expected) ? [] : [{ field, source, expected }];
  });
}

/**
 * 沿用上次填写: of a previous request's data, what a new application on this
 * form can start from: the fields this form still declares, without uploaded
 * files (each belongs to the request it was uploaded for) and without read-only
 * text.
 */
export function reusableData(form: FormDocuments, previous: Record<string, unknown>): Record<string, unknown> {
  const properties = isObject(form.schema.properties) ? form.schema.properties : {};
  return Object.fromEntries(
    Object.entries(previous).filter(([field, value]) => {
      const schema = properties[field];
      const ui = form.uiSchema[field];
      if (!isObject(schema) || schema.type === 'null' || value === undefined) return false;
      return !(isObject(ui) && ui['ui:field'] === 'attachments');
    }),
  );
}
