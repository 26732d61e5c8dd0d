import { appendAuditEntries, writeRequestProjection } from '@tongban/store';
import type { GrowthPointActivities, ProcessActivities } from '@tongban/workflows';
import { prepareGrowthPointRound } from './growth-point-round';
import { callWebhook } from './call-webhook';
import { notify } from './notify';
import { resolveAssignees } from './resolve-assignees';

/** Every activity the approval workflow calls, by name. */
export const processActivities: ProcessActivities & GrowthPointActivities = {
  resolveAssignees,
  writeProjection: writeRequestProjection,
  appendAudit: appendAuditEntries,
  notify,
  callWebhook,
  prepareGrowthPointRound,
};
