import { appendAuditBatch, requestNumberOf, writeRequestProjection } from '@tongban/store';
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
    const written = await writeRequestProjection(state, {
      taskIds,
      newTaskIds,
      newRequest: firstWrite,
      lookUpFiling: firstWrite,
    });
    // Notifications name the request by its 办件编号; the write knew it when it allocated it or wrote new tasks.
    const requestNumber = written.number ?? (notices.length > 0 ? await requestNumberOf(state.requestId) : undefined);
    const [auditHash] = await Promise.all([
      appendAuditBatch({
        requestId: state.requestId,
        processKey: state.definition.key,
        entries: auditEntries,
        ...(previousHash ? { previousHash } : {}),
      }),
      writeNotifications(state.requestId, notices, requestNumber),
    ]);
    await deliverNotices(state.requestId, notices, deliver, requestNumber);
    return auditHash ? { auditHash } : {};
  };
}
