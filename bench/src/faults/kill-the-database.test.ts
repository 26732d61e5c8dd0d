import { setTimeout as sleep } from 'node:timers/promises';
import { useFaultStack, verifyRequests, waitForDatabase } from './fault-stack';
import { faultRequests, runThroughFaults } from './run-through-faults';

// kill -9 of the database (a FerretDB of this file's own): activities retry until it is back, the
// API answers 5xx meanwhile, and nothing written before the kill is lost (SQLite commits are durable).
const context = useFaultStack({ ownDatabase: true });

it('every request finishes once, with its projection and audit chain intact, after the database is killed mid-flight', async () => {
  const database = context.stack.database!;
  const outage = async () => {
    await database.kill();
    await sleep(2_000);
    await database.start();
  };
  const { ids, inFlightAtFault } = await runThroughFaults(context.sessions, faultRequests(40), 'db', {
    submit: outage,
    centre: outage,
  });
  await waitForDatabase();
  // The outage struck calls in flight in both phases (runThroughFaults refuses one that struck none).
  expect(inFlightAtFault).toEqual({ submit: expect.any(Number), centre: expect.any(Number) });
  expect(await verifyRequests(context.temporal, ids)).toEqual([]);
});
