import { appendAuditBatch, requestNumberOf, writeRequestProjection } from '@tongban/store';
import type { NotificationDelivery, ProcessActivities, ProcessState, TimelineEntry } from '@tongban/workflows';
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
      taskIds: [...taskIds, ...tasksWhoseDeadlineMoved(state, auditEntries, taskIds)],
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

/**
 * A granted 延期 moves its step's clock but leaves the step's own tasks as they were, so the
 * workflow does not count them as changed; their projections carry the step's deadline (the
 * inbox sorts by it), so they are written again.
 */
function tasksWhoseDeadlineMoved(
  state: ProcessState,
  auditEntries: readonly TimelineEntry[],
  changed: readonly string[],
): string[] {
  const steps = new Set(
    auditEntries.filter((entry) => entry.action === 'extension_approved' && entry.stepId).map((entry) => entry.stepId),
  );
  if (steps.size === 0) return [];
  const already = new Set(changed);
  return state.tasks.filter((task) => steps.has(task.stepId) && !already.has(task.id)).map((task) => task.id);
}
