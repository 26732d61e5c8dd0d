import { appendAuditEntries, writeRequestProjection } from '@tongban/store';
import type { ProcessActivities } from '@tongban/workflows';
import { callWebhook } from './call-webhook';
import { notify } from './notify';
import { resolveAssignees } from './resolve-assignees';

/** Every activity the approval workflow calls, by name. */
export const processActivities: ProcessActivities = {
  resolveAssignees,
  writeProjection: writeRequestProjection,
  appendAudit: appendAuditEntries,
  notify,
  callWebhook,
};
