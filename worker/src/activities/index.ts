import { appendAuditEntries, findAssignees, writeRequestProjection } from '@tongban/store';
import type { DeliveryActivities, GrowthPointActivities, ProcessActivities } from '@tongban/workflows';
import { awaitReportRequests, prepareGrowthPointRound } from './growth-point-round';
import { callWebhook } from './call-webhook';
import { notify } from './notify';
import { notifyParticipants } from './notify-participants';
import { persistTransitionWith } from './persist-transition';
import { refusingUnstorableForGood } from './refuse-or-retry';
import { sendNotification } from './send-notification';
import { startDelivery } from './start-delivery';

/** Every activity the approval workflow calls, by name. */
export const processActivities: ProcessActivities & GrowthPointActivities & DeliveryActivities = {
  resolveAssignees: findAssignees,
  // A document the database refuses fails the write for good: no retry every 30 s for ever.
  persistTransition: refusingUnstorableForGood(persistTransitionWith(startDelivery)),
  // Runs begun before `persistTransition` keep calling these two until they end or continue as new.
  writeProjection: refusingUnstorableForGood(async (state) => {
    await writeRequestProjection(state);
    await notifyParticipants(state, startDelivery);
  }),
  appendAudit: refusingUnstorableForGood(appendAuditEntries),
  notify,
  callWebhook,
  sendNotification,
  prepareGrowthPointRound,
  awaitReportRequests,
};
