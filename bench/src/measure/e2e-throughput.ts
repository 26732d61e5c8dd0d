import type { Client } from '@temporalio/client';
import type { Party } from '@tongban/workflows';
import { runBareFlow } from '../load/bare-flow';
import { runFlowDirect, runFlowOverHttp, type FlowSessions } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';

export interface ThroughputResult {
  flows: number;
  concurrency: number;
  /** Completed flows (submit → two approvals → 办结) per second. */
  httpFlowsPerS: number;
  /** Tongban's workflow and worker driven by the Temporal client alone (no API). */
  directFlowsPerS: number;
  /** The bare workflow of the same shape (no activities) on its own worker, when measured. */
  bareFlowsPerS?: number;
  /** http / direct; 1 means the API adds nothing. */
  ratio: number;
  /** http / bare: how close Tongban comes to what Temporal alone does here. */
  limitRatio?: number;
  /** The order the runs went in (each run `flows / 2` flows). */
  order: Side[];
}

type Side = 'bare' | 'direct' | 'http';

/**
 * Flows per second through the API against the same flow on the Temporal
 * client alone, and (with `bare`) against the bare workflow of the same
 * shape; same server, same concurrency. Each side is warmed up first, and the
 * runs go in a palindrome (bare, direct, http, http, direct, bare) so every
 * side's mean position is the same: drift of the machine (other load, a
 * growing database) hits all alike.
 */
export async function measureE2eThroughput(options: {
  /** Tongban's client: seals payloads as the API does. */
  temporal: Client;
  /** The bare side's client: plain payloads, like any Temporal app without Tongban (default `temporal`). */
  bareTemporal?: Client;
  applicant: Party;
  /** Sessions per API server; flows are spread round-robin over them. */
  sessions: FlowSessions[];
  flows: number;
  concurrency: number;
  /** Measure the bare workflow too (needs the bench's bare worker running). */
  bare?: boolean;
}): Promise<ThroughputResult> {
  const { temporal, applicant, sessions, flows, concurrency } = options;
  const jobs: Record<Side, (index: number) => Promise<void>> = {
    http: (index) => runFlowOverHttp(sessions[index % sessions.length]!),
    direct: () => runFlowDirect(temporal, applicant),
    bare: () => runBareFlow(options.bareTemporal ?? temporal),
  };
  const sides: Side[] = options.bare ? ['bare', 'direct', 'http'] : ['direct', 'http'];
  for (const side of sides) await runBounded(Math.min(20, flows), concurrency, jobs[side]);
  const half = Math.ceil(flows / 2);
  // With direct always first, the HTTP runs came out 35% slower on a machine where one call of
  // each took the same time (FerretDB's scans grew with its collections as the run wrote).
  const order = [...sides, ...[...sides].reverse()];
  const wallMs: Record<Side, number> = { bare: 0, direct: 0, http: 0 };
  for (const side of order) wallMs[side] += (await runBounded(half, concurrency, jobs[side])).wallMs;
  const perS = (side: Side) => (2 * half) / (wallMs[side] / 1000);
  return {
    flows: 2 * half,
    concurrency,
    httpFlowsPerS: round1(perS('http')),
    directFlowsPerS: round1(perS('direct')),
    ...(options.bare ? { bareFlowsPerS: round1(perS('bare')) } : {}),
    ratio: round2(perS('http') / perS('direct')),
    ...(options.bare ? { limitRatio: round2(perS('http') / perS('bare')) } : {}),
    order,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
