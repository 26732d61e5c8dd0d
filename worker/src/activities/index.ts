import { appendAuditEntries, findAssignees, writeRequestProjection } from '@tongban/store';
import type { GrowthPointActivities, ProcessActivities } from '@tongban/workflows';
import { awaitReportRequests, prepareGrowthPointRound } from './growth-point-round';
import { callWebhook } from './call-webhook';
import { notify } from './notify';
import { notifyParticipants } from './notify-participants';

/** Every activity the approval workflow calls, by name. */
export const processActivities: ProcessActivities & GrowthPointActivities = {
  resolveAssignees: findAssignees,
  // Notifications ride on the projection write: same trigger, no extra workflow command for running requests to replay.
  async writeProjection(state) {
    await writeRequestProjection(state);
    await notifyParticipants(state);
  },
  appendAudit: appendAuditEntries,
  notify,
  callWebhook,
  prepareGrowthPointRound,
  awaitReportRequests,
};
