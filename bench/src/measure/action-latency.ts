import type { Client } from '@temporalio/client';
import type { Party, ProcessState } from '@tongban/workflows';
import type { ApiSession } from '../load/api-client';
import { approveDirect, approveOverHttp, submitDirect } from '../load/loan-renewal-flow';
import { runBounded, summarize } from '../load/run-bounded';

export interface LatencyResult {
  samples: number;
  concurrency: number;
  httpMs: ReturnType<typeof summarize>;
  updateMs: ReturnType<typeof summarize>;
  /** p99 http / p99 bare Update; 1 means the API adds nothing. */
  p99Ratio: number;
}

/**
 * Latency of one approve: through the API (session, task lookup, CASL check,
 * Update, view) against the bare Update round trip on the Temporal client.
 * Both wait for the same thing — the workflow's projection written — and run
 * interleaved, so they see the same load.
 */
export async function measureActionLatency(options: {
  temporal: Client;
  applicant: Party;
  centre: ApiSession;
  samples: number;
  concurrency: number;
}): Promise<LatencyResult> {
  const { temporal, applicant, centre, samples, concurrency } = options;
  const requests: ProcessState[] = [];
  await runBounded(2 * samples, 16, async () => {
    requests.push(await submitDirect(temporal, applicant));
  });
  const http: number[] = [];
  const update: number[] = [];
  await runBounded(2 * samples, concurrency, async (index) => {
    const state = requests[index]!;
    const started = performance.now();
    if (index % 2 === 0) {
      await approveOverHttp(centre, `${state.requestId}.1`);
      http.push(performance.now() - started);
    } else {
      await approveDirect(temporal, state);
      update.push(performance.now() - started);
    }
  });
  const httpMs = summarize(http);
  const updateMs = summarize(update);
  return {
    samples,
    concurrency,
    httpMs,
    updateMs,
    p99Ratio: Math.round((httpMs.p99 / updateMs.p99) * 100) / 100,
  };
}
