import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import type { ProcessDefinition } from '../dsl/process-definition';
import type { Party } from '../engine/state';
import type { ApprovalProcessInput, approvalProcess } from './approval-process';
import { APPLICANT_ORG, PROCESS_KEY, REQUEST_STATUS } from './search-attributes';

/** One monitored enterprise's report request, as the round opens it. */
export interface GrowthPointReportRequest {
  requestId: string;
  /** The enterprise's reporter: the request is theirs, as if they had filed it. */
  applicant: Party;
  /** The `growth-point-report-notice` form's data. */
  data: Record<string, unknown>;
}

/** What the worker implements for the round (`worker/src/activities/growth-point-round.ts`). */
export interface GrowthPointActivities {
  /**
   * The newest published growth-point process and one report request per
   * monitored enterprise that has a reporter, for `reportMonth` (`YYYY-MM`).
   */
  prepareGrowthPointRound(input: {
    reportMonth: string;
  }): Promise<{ definition: ProcessDefinition | null; requests: GrowthPointReportRequest[] }>;
  /**
   * Waits (up to `timeoutMs`) until each of these requests has its first task
   * projected; answers whether they all did. Paces the round to what the
   * database absorbs: FerretDB's single SQLite writer, handed 306 new requests
   * at once, spends minutes in lock retries.
   */
  awaitReportRequests(input: { requestIds: string[]; timeoutMs: number }): Promise<boolean>;
}

export interface GrowthPointRoundInput {
  /** `YYYY-MM`; default the month before the round runs, in China time (reports cover last month). */
  reportMonth?: string;
  /** As `ApprovalProcessInput.indexSearchAttributes`: off only where they cannot be registered (time-skipping tests). */
  indexSearchAttributes?: boolean;
}

export interface GrowthPointRoundResult {
  reportMonth: string;
  /** Requests this run opened. */
  opened: number;
  /** Requests an earlier run of the same month had opened already. */
  alreadyOpen: number;
}

/** The id of an enterprise's report request for a month: a round run twice opens each request once. */
export function growthPointRequestId(reportMonth: string, orgId: string): string {
  return `req-gp-${reportMonth}-${orgId}`;
}

const { prepareGrowthPointRound, awaitReportRequests } = proxyActivities<GrowthPointActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** Children started at once, each batch once the previous one's requests are projected. */
const BATCH = 25;

/**
 * 重大增长点监测 monthly round, started by a Temporal Schedule on the 1st of
 * each month: opens one `approvalProcess` per monitored enterprise. Each is an
 * abandoned child with the request id as its workflow id, so it outlives the
 * round, writes its own projections like any request, and a rerun (a retried
 * schedule action, a manual trigger) finds it already there.
 */
export async function growthPointRound(input: GrowthPointRoundInput = {}): Promise<GrowthPointRoundResult> {
  const reportMonth = input.reportMonth ?? previousChinaMonth(new Date());
  const { definition, requests } = await prepareGrowthPointRound({ reportMonth });
  const result: GrowthPointRoundResult = { reportMonth, opened: 0, alreadyOpen: 0 };
  if (!definition) return result;
  for (let start = 0; start < requests.length; start += BATCH) {
    const batch = requests.slice(start, start + BATCH);
    const outcomes = await Promise.all(batch.map((request) => openReport(definition, request, input)));
    for (const outcome of outcomes) result[outcome] += 1;
    const opened = batch.filter((_, i) => outcomes[i] === 'opened').map((request) => request.requestId);
    // The round goes on regardless: a slow batch only means the next one starts later.
    if (opened.length > 0) await awaitReportRequests({ requestIds: opened, timeoutMs: 60_000 });
  }
  return result;
}

async function openReport(
  definition: ProcessDefinition,
  request: GrowthPointReportRequest,
  input: GrowthPointRoundInput,
): Promise<'opened' | 'alreadyOpen'> {
  const args: ApprovalProcessInput = {
    requestId: request.requestId,
    definition,
    applicant: request.applicant,
    data: request.data,
    ...(input.indexSearchAttributes === false ? { indexSearchAttributes: false } : {}),
  };
  try {
    await startChild<typeof approvalProcess>('approvalProcess', {
      workflowId: request.requestId,
      args: [args],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      ...(input.indexSearchAttributes === false
        ? {}
        : {
            typedSearchAttributes: [
              { key: PROCESS_KEY, value: definition.key },
              { key: APPLICANT_ORG, value: request.applicant.orgId },
              { key: REQUEST_STATUS, value: 'in_progress' },
            ],
          }),
    });
    return 'opened';
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return 'alreadyOpen';
    throw error;
  }
}

/** `YYYY-MM` of the month before `at`, in China time (UTC+8, no daylight saving). */
export function previousChinaMonth(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3_600_000);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth(); // 0-based: this is already the previous month, 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}
