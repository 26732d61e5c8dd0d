import { setTimeout as sleep } from 'node:timers/promises';
import { useFaultStack, verifyRequests } from './fault-stack';
import { faultRequests, runThroughFaults } from './run-through-faults';

// kill -9 of the only API server while requests are in flight: what it had sent to Temporal goes on
// without it, and a client's retry with the same Idempotency-Key attaches to it instead of doing it again.
const context = useFaultStack();

it('every request finishes once, with its projection and audit chain intact, after the API server is killed mid-flight', async () => {
  const server = context.stack.servers[0]!;
  const outage = async () => {
    await server.kill();
    await sleep(1_000);
    await server.start();
  };
  const { ids, inFlightAtFault } = await runThroughFaults(context.sessions, faultRequests(40), 'api', {
    submit: outage,
    centre: outage,
  });
  // The outage struck calls in flight in both phases (runThroughFaults refuses one that struck none).
  expect(inFlightAtFault).toEqual({ submit: expect.any(Number), centre: expect.any(Number) });
  expect(await verifyRequests(context.temporal, ids)).toEqual([]);
});
