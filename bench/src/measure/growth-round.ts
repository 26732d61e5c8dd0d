import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { OrganisationModel, TaskProjectionModel } from '@tongban/store';
import { GROWTH_POINT_PROCESS_KEY } from '@tongban/workflows';

/** The seed's Schedule (server/src/seed/growth-point-schedule.ts; the bench imports nothing from server). */
export const GROWTH_POINT_SCHEDULE_ID = 'growth-point-monthly-round';

export interface GrowthRoundResult {
  /** Monitored enterprises in the seed: the requests the round must open. */
  enterprises: number;
  /** Trigger → every enterprise's request has an open task in someone's inbox. */
  seconds: number;
  /** Seconds until the first request reached an inbox, and until half of them had. */
  firstS: number;
  halfS: number;
}

/**
 * 重大增长点监测's monthly round as an operator's "trigger now" starts it:
 * from triggering the seed's Schedule until every monitored enterprise's
 * report request has an open task projected (what its reporter's inbox
 * shows), polled every 250 ms.
 */
export async function measureGrowthRound(options: {
  temporal: Client;
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
}): Promise<GrowthRoundResult> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const enterprises = await OrganisationModel.countDocuments({ 'growthPoint.groupId': { $exists: true } });
  if (enterprises === 0) throw new Error('the seed has no growth-point enterprises');
  if ((await inInboxes()) > 0) throw new Error('growth-point requests exist before the round: not a fresh stack');
  const started = performance.now();
  const elapsedS = () => Math.round((performance.now() - started) / 100) / 10;
  await options.temporal.schedule.getHandle(GROWTH_POINT_SCHEDULE_ID).trigger();
  let firstS: number | undefined;
  let halfS: number | undefined;
  for (;;) {
    const count = await inInboxes();
    if (count > 0) firstS ??= elapsedS();
    if (count >= enterprises / 2) halfS ??= elapsedS();
    if (count >= enterprises) return { enterprises, seconds: elapsedS(), firstS: firstS!, halfS: halfS! };
    if (performance.now() - started > timeoutMs)
      throw new Error(`after ${elapsedS()} s only ${count} of ${enterprises} growth-point requests reached an inbox`);
    await sleep(250);
  }
}

/** Growth-point requests with an open task. */
async function inInboxes(): Promise<number> {
  const requestIds = await TaskProjectionModel.distinct('requestId', {
    processKey: GROWTH_POINT_PROCESS_KEY,
    status: 'open',
  });
  return requestIds.length;
}
