import { appendAuditEntries, findAssignees, writeRequestProjection } from '@tongban/store';
import type { DeliveryActivities, GrowthPointActivities, ProcessActivities } from '@tongban/workflows';
import { awaitReportRequests, prepareGrowthPointRound } from './growth-point-round';
import { callWebhook } from './call-webhook';
import { notify } from './notify';
import { notifyParticipants } from './notify-participants';
import { sendNotification } from './send-notification';
import { startDelivery } from './start-delivery';

/** Every activity the approval workflow calls, by name. */
export const processActivities: ProcessActivities & GrowthPointActivities & DeliveryActivities = {
  resolveAssignees: findAssignees,
  // Notifications ride on the projection write: same trigger, no extra workflow command for running requests to replay.
  async writeProjection(state) {
    await writeRequestProjection(state);
    await notifyParticipants(state, startDelivery);
  },
  appendAudit: appendAuditEntries,
  notify,
  callWebhook,
  sendNotification,
  prepareGrowthPointRound,
  awaitReportRequests,
};
