import { findAssignees, NotificationModel } from '@tongban/store';
import type { ProcessActivities } from '@tongban/workflows';

/**
 * A `notify` step: one in-app notification per person the rule names. The id
 * is derived from the request, step and person, so a retried activity (or a
 * replayed one after a crash) writes each notification once.
 */
export const notify: ProcessActivities['notify'] = async ({ requestId, stepId, rule, message, applicant, data }) => {
  const recipients = await findAssignees({ rule, applicant, data });
  const createdAt = new Date();
  await Promise.all(
    recipients.map((recipient) =>
      NotificationModel.updateOne(
        { _id: `notify:${requestId}:${stepId}:${recipient.userId}` },
        {
          $setOnInsert: { userId: recipient.userId, requestId, stepId, kind: 'notify', title: message, createdAt },
        },
        { upsert: true },
      ),
    ),
  );
};
