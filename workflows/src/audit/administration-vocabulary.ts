/**
 * The words of the administration audit chain, shared by the store that
 * writes it and the client that shows it (pure, so the browser can import it
 * through `@tongban/workflows/administration-vocabulary`). Request chains use
 * the engine's `TimelineAction`s.
 */
export const ADMINISTRATION_ACTIONS = [
  'organisation_created',
  'organisation_updated',
  'organisation_deleted',
  'user_created',
  'user_updated',
  'user_deactivated',
  'user_activated',
  'user_password_reset',
  // A person's account at an OpenID provider was linked to an existing account at their first sign-in.
  'user_identity_linked',
  'definition_draft_created',
  'definition_draft_updated',
  'definition_draft_deleted',
  'definition_imported',
  'definition_published',
  'definition_archived',
  'dictionary_draft_created',
  'dictionary_draft_updated',
  'dictionary_published',
  'substitute_set',
  'substitute_cleared',
  'login_locked',
  // An operator opened sealed Temporal payloads through the codec endpoint (the Temporal UI or CLI).
  'temporal_payloads_decoded',
] as const;
export type AdministrationAction = (typeof ADMINISTRATION_ACTIONS)[number];

/** What an administrative change changed. */
export const AUDIT_OBJECT_KINDS = ['organisation', 'user', 'form', 'process', 'dictionary', 'namespace'] as const;
export type AuditObjectKind = (typeof AUDIT_OBJECT_KINDS)[number];
