import { NativeConnection, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import { BARE_TASK_QUEUE } from './bare-workflow';

/**
 * The bare baseline's worker, a process of its own beside Tongban's (started
 * by the bench's app stack): the same SDK, default worker options as
 * Tongban's worker, its own task queue, no activities.
 */
async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set');
  Runtime.install({ telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } } });
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: BARE_TASK_QUEUE,
    workflowsPath: require.resolve('./bare-workflow'),
  });
  // The app stack waits for this line, as it does for Tongban's worker.
  process.stdout.write('bare worker polling\n');
  await worker.run();
  await connection.close();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bare worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
