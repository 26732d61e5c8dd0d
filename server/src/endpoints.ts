import { ATTACHMENT_ENDPOINTS } from './attachments/attachment-endpoints';
import { AUDIT_ENDPOINTS } from './audit/audit-endpoints';
import { AUTH_ENDPOINTS } from './auth/auth-endpoints';
import { OIDC_ENDPOINTS } from './auth/oidc/oidc-endpoints';
import { CATALOGUE_ENDPOINTS } from './catalogue/catalogue-endpoints';
import { DEFINITION_ENDPOINTS } from './definitions/definition-endpoints';
import { DICTIONARY_ENDPOINTS } from './dictionaries/dictionary-endpoints';
import { EVENT_ENDPOINTS } from './events/event-endpoints';
import { EXPORT_ENDPOINTS } from './exports/export-endpoints';
import { OPERATIONS_ENDPOINTS } from './health/operations-endpoints';
import type { Endpoint } from './http/endpoint';
import { NOTIFICATION_ENDPOINTS } from './notifications/notification-endpoints';
import { ORGANISATION_ENDPOINTS } from './organisations/organisation-endpoints';
import { REQUEST_ENDPOINTS } from './requests/request-endpoints';
import { STATS_ENDPOINTS } from './stats/stats-endpoints';
import { BATCH_ENDPOINTS } from './tasks/batch-endpoints';
import { TASK_ENDPOINTS } from './tasks/task-endpoints';
import { CODEC_ENDPOINTS } from './temporal/codec-endpoints';
import { USER_ENDPOINTS } from './users/user-endpoints';
import { VIEW_ENDPOINTS } from './views/view-endpoints';

/**
 * Every endpoint of `/api/v1`, each defined once beside its feature (`*-endpoints.ts`).
 * The router is mounted from this table (`mountEndpoints`), the OpenAPI document lists
 * it in this order, and the tests, the authorization table and the metrics read routes
 * from it. A new endpoint is a `defineEndpoint` in its feature's file, listed here.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  ...OPERATIONS_ENDPOINTS,
  ...AUTH_ENDPOINTS,
  ...CATALOGUE_ENDPOINTS,
  ...REQUEST_ENDPOINTS,
  ...TASK_ENDPOINTS,
  ...ORGANISATION_ENDPOINTS,
  ...USER_ENDPOINTS,
  ...DEFINITION_ENDPOINTS,
  ...DICTIONARY_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...BATCH_ENDPOINTS,
  ...VIEW_ENDPOINTS,
  ...STATS_ENDPOINTS,
  ...EVENT_ENDPOINTS,
  ...NOTIFICATION_ENDPOINTS,
  ...ATTACHMENT_ENDPOINTS,
  ...CODEC_ENDPOINTS,
  ...EXPORT_ENDPOINTS,
  ...OIDC_ENDPOINTS,
];
