import type { Client } from '@temporalio/client';
import { isStoreReachable } from '@tongban/store';
import { isTemporalReachable } from './check-health';

export interface Readiness {
  status: 'ready' | 'unavailable';
  temporal: boolean;
  database: boolean;
}

/** Probes give up after a second or two; an answer later than this is no answer. */
const READINESS_TIMEOUT_MS = 2_000;

/**
 * Ready to take traffic: this server reaches the database and Temporal. Unlike
 * health it does not ask for a worker — a load balancer should keep sending
 * reads to an API server while the workers restart; health says whether the
 * whole system can move requests forward. Answers within two seconds.
 */
export async function checkReadiness(temporal: Client): Promise<Readiness> {
  const [temporalUp, database] = await Promise.all([
    isTemporalReachable(temporal, READINESS_TIMEOUT_MS),
    within(READINESS_TIMEOUT_MS, isStoreReachable()),
  ]);
  return { status: temporalUp && database ? 'ready' : 'unavailable', temporal: temporalUp, database };
}

/** The check's answer, or false when it takes longer than `ms`. */
function within(ms: number, check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}
