import type { Client } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import { isStoreReachable } from '@tongban/store';
import { TASK_QUEUE } from '@tongban/workflows';

export interface Health {
  status: 'ok' | 'unavailable';
  temporal: boolean;
  database: boolean;
  /** A worker polled Tongban's task queue recently. */
  worker: boolean;
}

/** Healthy only when Temporal, the database and at least one worker are all reachable. */
export async function checkHealth(temporal: Client): Promise<Health> {
  const [temporalUp, database, worker] = await Promise.all([
    isTemporalReachable(temporal),
    isStoreReachable(),
    temporal.workflowService
      .describeTaskQueue({
        namespace: temporal.options.namespace,
        taskQueue: { name: TASK_QUEUE, kind: proto.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
        taskQueueType: proto.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      })
      .then((description) => (description.pollers ?? []).length > 0)
      .catch(() => false),
  ]);
  return { status: temporalUp && database && worker ? 'ok' : 'unavailable', temporal: temporalUp, database, worker };
}

/**
 * True when the Temporal frontend answers; within `timeoutMs` if given (by
 * default the SDK retries an unreachable server for tens of seconds).
 */
export function isTemporalReachable(temporal: Client, timeoutMs?: number): Promise<boolean> {
  const ask = () => temporal.workflowService.getSystemInfo({});
  return (timeoutMs === undefined ? ask() : temporal.withDeadline(Date.now() + timeoutMs, ask))
    .then(() => true)
    .catch(() => false);
}
