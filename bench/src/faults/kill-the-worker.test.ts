import { setTimeout as sleep } from 'node:timers/promises';
import { useFaultStack, verifyRequests } from './fault-stack';
import { faultRequests, runThroughFaults } from './run-through-faults';

// kill -9 of the only worker while requests are in flight: Temporal keeps every workflow task, Update
// and activity, and hands them to the worker when it is back.
const context = useFaultStack();

it(`every request finishes once, with its projection and audit chain intact, after the worker is killed mid-flight`, async () => {
  const worker = context.stack.workers[0]!;
  const outage = async () => {
    await worker.kill();
    await sleep(1_000);
    await worker.start();
  };
  const { ids, inFlightAtFault } = await runThroughFaults(context.sessions, faultRequests(60), 'worker', {
    submit: outage,
    centre: outage,
  });
  // The outage struck calls in flight in both phases (runThroughFaults refuses one that struck none).
  expect(inFlightAtFault).toEqual({ submit: expect.any(Number), centre: expect.any(Number) });
  expect(await verifyRequests(context.temporal, ids)).toEqual([]);
});
