import path from 'node:path';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { TASK_QUEUE } from '@tongban/workflows';
import { sealedDataConverter, type SealedPayloadCodec } from '@tongban/workflows/payload-codec';
import { processActivities } from './activities';

/** Written by `npm run build`, so a production worker starts without bundling. */
export const WORKFLOW_BUNDLE_PATH = path.resolve(__dirname, '..', 'dist', 'workflow-bundle.js');

export function workflowsPath(): string {
  return require.resolve('@tongban/workflows/workflows');
}

/**
 * A worker for Tongban's task queue on an open connection. With
 * `workflowBundlePath` it loads prebuilt workflow code; otherwise it bundles
 * the source (what tests do, so they never run a stale bundle).
 * `payloadCodec` is required: every payload the worker writes to history is
 * sealed with it, and it opens what clients sealed.
 */
export async function createWorker(
  connection: NativeConnection,
  namespace: string,
  options: { payloadCodec: SealedPayloadCodec; workflowBundlePath?: string } & Partial<WorkerOptions>,
): Promise<Worker> {
  const { payloadCodec, workflowBundlePath, ...overrides } = options;
  const workflowSource = workflowBundlePath
    ? { workflowBundle: { codePath: workflowBundlePath } }
    : { workflowsPath: workflowsPath() };
  return Worker.create({
    connection,
    namespace,
    taskQueue: TASK_QUEUE,
    activities: processActivities,
    dataConverter: sealedDataConverter(payloadCodec),
    ...workflowSource,
    ...overrides,
  });
}
