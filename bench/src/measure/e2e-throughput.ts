import type { Client } from '@temporalio/client';
import type { Party } from '@tongban/workflows';
import { runFlowDirect, runFlowOverHttp, type FlowSessions } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';

export interface ThroughputResult {
  flows: number;
  concurrency: number;
  /** Completed flows (submit → two approvals → 办结) per second. */
  httpFlowsPerS: number;
  directFlowsPerS: number;
  /** http / direct; 1 means the API adds nothing. */
  ratio: number;
}

/**
 * Flows per second through the API against the same flow on the Temporal
 * client alone, same server, same concurrency. Each side is warmed up first,
 * and the runs go direct, http, http, direct so drift of the machine (other
 * load, a growing database) hits both alike.
 */
export async function measureE2eThroughput(options: {
  temporal: Client;
  applicant: Party;
  /** Sessions per API server; flows are spread round-robin over them. */
  sessions: FlowSessions[];
  flows: number;
  concurrency: number;
}): Promise<ThroughputResult> {
  const { temporal, applicant, sessions, flows, concurrency } = options;
  const http = (index: number) => runFlowOverHttp(sessions[index % sessions.length]!);
  const direct = () => runFlowDirect(temporal, applicant);
  await runBounded(Math.min(20, flows), concurrency, http);
  await runBounded(Math.min(20, flows), concurrency, direct);
  const half = Math.ceil(flows / 2);
  let httpMs = 0;
  let directMs = 0;
  // direct, http, http, direct: each side runs once early and once late, so a backend that slows
  // as the run writes (FerretDB's scans grow with its collections) costs both alike. With
  // direct always first, the HTTP runs came out 35% slower on a machine where one call of each
  // took the same time.
  for (const first of ['direct', 'http'] as const) {
    for (const side of first === 'direct' ? (['direct', 'http'] as const) : (['http', 'direct'] as const)) {
      const { wallMs } = await runBounded(half, concurrency, side === 'direct' ? direct : http);
      if (side === 'direct') directMs += wallMs;
      else httpMs += wallMs;
    }
  }
  const httpFlowsPerS = (2 * half) / (httpMs / 1000);
  const directFlowsPerS = (2 * half) / (directMs / 1000);
  return {
    flows: 2 * half,
    concurrency,
    httpFlowsPerS: round1(httpFlowsPerS),
    directFlowsPerS: round1(directFlowsPerS),
    ratio: Math.round((httpFlowsPerS / directFlowsPerS) * 100) / 100,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
