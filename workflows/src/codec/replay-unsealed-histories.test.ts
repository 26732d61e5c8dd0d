import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { newPayloadKeyEntry, parsePayloadKeys, SealedPayloadCodec, sealedDataConverter } from '.';

// The recorded histories (test/histories) predate sealing: their payloads are clear JSON. A worker
// with the codec must still replay them, or every request begun before sealing would be stuck.
const historiesDir = path.resolve(__dirname, '..', '..', 'test', 'histories');

it('replays the histories recorded before sealing with the sealing codec configured', async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    logger: new DefaultLogger('WARN'),
  });
  const histories = readdirSync(historiesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      workflowId: path.basename(file, '.json'),
      history: temporal.api.history.v1.History.fromObject(
        JSON.parse(readFileSync(path.join(historiesDir, file), 'utf8')),
      ),
    }));
  expect(histories.length).toBeGreaterThanOrEqual(3);
  const codec = new SealedPayloadCodec(parsePayloadKeys(newPayloadKeyEntry('k1'), 'test'));
  const failures: string[] = [];
  for await (const result of Worker.runReplayHistories(
    { workflowBundle, dataConverter: sealedDataConverter(codec) },
    histories,
  )) {
    if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  expect(failures).toEqual([]);
  // The bundle is what a worker loads into its sandbox: the codec (node:crypto) must not be in it.
  expect(workflowBundle.code).not.toContain('SealedPayloadCodec');
});
