import { expectStatus } from '../load/api-client';
import { APPLICATION, PROCESS_KEY_UNDER_TEST, type FlowSessions } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';
import { callThroughOutage, withFault } from './fault-stack';

/** How many requests a fault test drives: TONGBAN_FAULT_REQUESTS, or `fallback`. */
export function faultRequests(fallback: number): number {
  const given = Number(process.env.TONGBAN_FAULT_REQUESTS);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}

/** An outage to inject in a phase: kill something, wait, bring it back. */
export type Outage = () => Promise<void>;

/** The request ids, and how many calls each faulted phase had in flight when its outage struck. */
export interface FaultRun {
  ids: string[];
  inFlightAtFault: { submit?: number; centre?: number; bank?: number };
}

/**
 * `count` loan-renewal requests through the API, all of them in flight in
 * each phase (submit, centre approves, bank approves), with the given outage
 * injected while a phase's calls are in flight. Each call repeats its
 * Idempotency-Key until it gets an answer, as a client does through an outage.
 */
export async function runThroughFaults(
  sessions: FlowSessions,
  count: number,
  label: string,
  outages: { submit?: Outage; centre?: Outage; bank?: Outage },
): Promise<FaultRun> {
  const run = `${label}-${Date.now().toString(36)}`;
  const ids: string[] = new Array(count);
  const inFlightAtFault: FaultRun['inFlightAtFault'] = {};
  const phase = async (
    name: keyof FaultRun['inFlightAtFault'],
    concurrency: number,
    job: (index: number) => Promise<void>,
  ) => {
    const outage = outages[name];
    if (outage) inFlightAtFault[name] = (await withFault({ count, concurrency, job }, outage)).inFlightAtFault;
    else await runBounded(count, concurrency, job);
  };

  await phase('submit', Math.min(count, 50), async (index) => {
    const key = `${run}-submit-${index}`;
    const response = await callThroughOutage(() =>
      sessions.applicant.call(
        'POST',
        '/requests',
        { processKey: PROCESS_KEY_UNDER_TEST, data: APPLICATION },
        { 'Idempotency-Key': key },
      ),
    );
    ids[index] = (expectStatus(response, 201, `submit ${index}`).body as { id: string }).id;
  });

  const approve = (who: keyof FlowSessions, task: number) => async (index: number) => {
    const taskId = `${ids[index]}.${task}`;
    const response = await callThroughOutage(() =>
      sessions[who].call(
        'POST',
        `/tasks/${taskId}/actions`,
        { action: 'approve', comment: '同意' },
        { 'Idempotency-Key': `${run}-${taskId}` },
      ),
    );
    // A retry of an approval that did land (its answer lost with the outage) gets the first answer from
    // Temporal's update dedup — unless the request continued as new in between, which forgets update ids
    // and answers 409. The workflow state, checked at the end, says whether it was applied exactly once.
    if (response.attempts > 1 && response.status === 409) return;
    expectStatus(response, 200, `approve ${taskId}`);
  };
  await phase('centre', count, approve('centre', 1));
  await phase('bank', count, approve('bank', 2));
  return { ids, inFlightAtFault };
}
