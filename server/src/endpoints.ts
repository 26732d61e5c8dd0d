import { AUDIT_ENDPOINTS } from './audit/audit-endpoints';
import { AUTH_ENDPOINTS } from './auth/auth-endpoints';
import { OIDC_ENDPOINTS } from './auth/oidc/oidc-endpoints';
import { OPERATIONS_ENDPOINTS } from './health/operations-endpoints';
import { BATCH_ENDPOINTS } from './tasks/batch-endpoints';
import { VIEW_ENDPOINTS } from './views/view-endpoints';
import { STATS_ENDPOINTS } from './stats/stats-endpoints';
import { EVENT_ENDPOINTS } from './events/event-endpoints';
import { NOTIFICATION_ENDPOINTS } from './notifications/notification-endpoints';
import { ATTACHMENT_ENDPOINTS } from './attachments/attachment-endpoints';
import { CODEC_ENDPOINTS } from './temporal/codec-endpoints';
import { EXPORT_ENDPOINTS } from './exports/export-endpoints';
import { ORGANISATION_ENDPOINTS } from './organisations/organisation-endpoints';
import { USER_ENDPOINTS } from './users/user-endpoints';
import { DEFINITION_ENDPOINTS } from './definitions/definition-endpoints';
import { DICTIONARY_ENDPOINTS } from './dictionaries/dictionary-endpoints';
import type { Endpoint } from './http/endpoint';

/**
 * Every endpoint of `/api/v1`, each defined once beside its feature (`*-endpoints.ts`).
 * The router is mounted from this table in this order, the OpenAPI document is built
 * from it, and the tests and the metrics list routes from it.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  ...OPERATIONS_ENDPOINTS,
  ...AUTH_ENDPOINTS,
  ...OIDC_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...BATCH_ENDPOINTS,
  ...ORGANISATION_ENDPOINTS,
  ...USER_ENDPOINTS,
  ...DEFINITION_ENDPOINTS,
  ...DICTIONARY_ENDPOINTS,
  ...VIEW_ENDPOINTS,
  ...STATS_ENDPOINTS,
  ...EVENT_ENDPOINTS,
  ...NOTIFICATION_ENDPOINTS,
  ...ATTACHMENT_ENDPOINTS,
  ...CODEC_ENDPOINTS,
  ...EXPORT_ENDPOINTS,
];
