import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { findProjectionDrift, repairProjection, RequestProjectionModel, type ProjectionDrift } from '@tongban/store';
import { stateQuery } from '@tongban/workflows';
import type { ReconcileMetrics } from '../metrics/reconcile-metrics';

export interface ReconcileOptions {
  /** Report drift without repairing it (default false). */
  dryRun?: boolean;
  /** Counters to add to (default: none). */
  metrics?: ReconcileMetrics;
  /** Only requests started at or after this instant (default: all), e.g. after an incident began. */
  since?: Date;
}

export interface ReconcileReport {
  /** Open requests compared with their workflow. */
  checked: number;
  /** Requests whose projection differed, and how; repaired unless `dryRun`. */
  drifted: { requestId: string; drift: ProjectionDrift[] }[];
  /** Requests that could not be compared (no workflow, a failed query), and why. */
  failed: { requestId: string; error: string }[];
  dryRun: boolean;
}

/**
 * Compares every open request's projection with its workflow state (Query
 * `state`) and rewrites what drifted. The workflow is the source of truth;
 * the projection is only what the API reads. Open means open in either place:
 * projections that say in progress or returned, and approvalProcess runs that
 * Temporal says are running (so a projection that was never written, or one
 * that says closed too early, is found too).
 */
export async function reconcileRequests(temporal: Client, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const dryRun = options.dryRun ?? false;
  const ids = new Set<string>();
  const since = options.since?.toISOString();
  const open = await RequestProjectionModel.find(
    { status: { $in: ['in_progress', 'returned'] }, ...(since ? { createdAt: { $gte: since } } : {}) },
    { _id: 1 },
  ).lean();
  for (const request of open) ids.add(request._id);
  for await (const execution of temporal.workflow.list({
    query: `WorkflowType = 'approvalProcess' AND ExecutionStatus = 'Running'${since ? ` AND StartTime >= '${since}'` : ''}`,
  })) {
    ids.add(execution.workflowId);
  }

  const report: ReconcileReport = { checked: 0, drifted: [], failed: [], dryRun };
  for (const requestId of [...ids].sort()) {
    try {
      const state = await temporal.workflow.getHandle(requestId).query(stateQuery);
      report.checked += 1;
      options.metrics?.checked.inc();
      const drift = await findProjectionDrift(state);
      if (drift.length === 0) continue;
      if (!dryRun) {
        await repairProjection(state, drift);
        for (const each of drift) options.metrics?.repaired.inc({ collection: each.collection, kind: each.kind });
      }
      report.drifted.push({ requestId, drift });
    } catch (error) {
      const reason =
        error instanceof WorkflowNotFoundError
          ? 'no workflow with this id'
          : ((error as Error).message ?? String(error));
      report.failed.push({ requestId, error: reason });
    }
  }
  return report;
}
