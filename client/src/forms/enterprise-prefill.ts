import { prefilledData, prefillFields, reusableData, type OrganisationProfile } from '@tongban/forms/designer';
import type { FormData, FormSpec } from '../api/types';

/** The form's documents as the shared prefill functions read them. */
const documents = (form: FormSpec) => ({
  schema: form.schema as Record<string, unknown>,
  uiSchema: (form.uiSchema ?? {}) as Record<string, unknown>,
});

/** Whether any field of the form fills in from the organisation's profile. */
export function hasPrefillFields(form: FormSpec): boolean {
  return prefillFields(documents(form)).length > 0;
}

/**
 * The data an application holds once its organisation's profile is known.
 * `fill-empty` (an applicant's own organisation): the profile fills the
 * enterprise fields still empty, so a restored draft keeps what was typed.
 * `replace` (a window clerk who just picked the enterprise): the profile's
 * values replace those of the enterprise picked before. Other fields stay.
 */
export function withProfile(
  form: FormSpec,
  data: FormData,
  profile: OrganisationProfile,
  mode: 'fill-empty' | 'replace',
): FormData {
  const prefilled = prefilledData(documents(form), profile);
  const next: FormData = { ...data };
  for (const [field, value] of Object.entries(prefilled)) {
    const current = next[field];
    if (mode === 'replace' || current === undefined || current === null || current === '') next[field] = value;
  }
  return next;
}

/**
 * 沿用上次填写: the previous request's fields this form still has (no files:
 * each belongs to its request), with the enterprise fields from the profile
 * when it is known, which is newer than any past request.
 */
export function reuseApplication(
  form: FormSpec,
  previous: FormData,
  profile: OrganisationProfile | undefined,
): FormData {
  const reused = reusableData(documents(form), previous);
  return profile ? { ...reused, ...prefilledData(documents(form), profile) } : reused;
}
