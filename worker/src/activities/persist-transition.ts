import { appendAuditBatch, writeRequestProjection } from '@tongban/store';
import type { NotificationDelivery, ProcessActivities } from '@tongban/workflows';
import { deliverNotices, writeNotifications } from './notify-participants';

/**
 * One settled transition's writes: the request and the tasks it changed,
 * then its audit entries and its notifications (bulk writes), then the
 * deliveries people chose. The projection goes first, so an entry on the audit
 * chain always has its request to show. Every write is idempotent (revision
 * guards, `_id`s derived from the cause), so a retry after a partial write
 * completes it without duplicating anything.
 */
export function persistTransitionWith(
  deliver: (delivery: NotificationDelivery) => Promise<void>,
): ProcessActivities['persistTransition'] {
  return async ({ state, taskIds, newTaskIds, auditEntries, previousHash, notices, firstWrite }) => {
    await writeRequestProjection(state, { taskIds, newTaskIds, newRequest: firstWrite, lookUpFiling: firstWrite });
    const [auditHash] = await Promise.all([
      appendAuditBatch({
        requestId: state.requestId,
        processKey: state.definition.key,
        entries: auditEntries,
        ...(previousHash ? { previousHash } : {}),
      }),
      writeNotifications(state.requestId, notices),
    ]);
    await deliverNotices(state.requestId, notices, deliver);
    return auditHash ? { auditHash } : {};
  };
}
