import { findAssignees } from '@tongban/store';
import type { ProcessActivities } from '@tongban/workflows';
import { writeNotifications } from './notify-participants';

/**
 * A `notify` step: one in-app notification per person the rule names. The id
 * is derived from the request, step and person, so a retried activity (or a
 * replayed one after a crash) writes each notification once.
 */
export const notify: ProcessActivities['notify'] = async ({ requestId, stepId, rule, message, applicant, data }) => {
  const recipients = await findAssignees({ rule, applicant, data });
  await writeNotifications(
    requestId,
    recipients.map((recipient) => ({
      id: `notify:${requestId}:${stepId}:${recipient.userId}`,
      userId: recipient.userId,
      kind: 'notify',
      stepId,
      title: message,
    })),
  );
};
