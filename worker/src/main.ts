import { Connection } from '@temporalio/client';
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { connectStore, disconnectStore } from '@tongban/store';
import pino from 'pino';
import { readWorkerConfig } from './config';
import { existsSync } from 'node:fs';
import { createWorker, WORKFLOW_BUNDLE_PATH } from './create-worker';
import { ensureSearchAttributes } from '@tongban/workflows/operator';
import { SealedPayloadCodec } from '@tongban/workflows/payload-codec';

const log = pino({ name: 'worker' });

async function main(): Promise<void> {
  const config = readWorkerConfig();
  Runtime.install({ telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } } });
  await connectStore(config.mongodbUri);
  const tls = config.temporalApiKey ? { tls: true, apiKey: config.temporalApiKey } : {};
  const client = await Connection.connect({ address: config.temporalAddress, ...tls });
  await ensureSearchAttributes(client, config.temporalNamespace);
  await client.close();
  const connection = await NativeConnection.connect({ address: config.temporalAddress, ...tls });
  const worker = await createWorker(connection, config.temporalNamespace, {
    payloadCodec: new SealedPayloadCodec(config.payloadKeys),
    maxCachedWorkflows: config.maxCachedWorkflows,
    ...(existsSync(WORKFLOW_BUNDLE_PATH) ? { workflowBundlePath: WORKFLOW_BUNDLE_PATH } : {}),
  });
  log.info(
    {
      temporal: config.temporalAddress,
      namespace: config.temporalNamespace,
      payloadKeyId: config.payloadKeys.current.id,
    },
    'worker polling',
  );
  // The worker shuts down gracefully on SIGINT/SIGTERM by default.
  await worker.run();
  await connection.close();
  await disconnectStore();
}

main().catch((error: unknown) => {
  log.error({ err: error }, 'worker failed');
  process.exit(1);
});
