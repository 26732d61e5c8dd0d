import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';

// Recorded histories of real requests (test/histories, see test/record-histories.ts)
// must replay against the current workflow code: a change that would break
// running requests fails here and belongs behind `patched()`.
const historiesDir = path.resolve(__dirname, '..', '..', 'test', 'histories');
const files = readdirSync(historiesDir).filter((file) => file.endsWith('.json'));

it('has recorded histories to replay', () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

it('replays every recorded history without nondeterminism', async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('./index'),
    logger: new DefaultLogger('WARN'),
  });
  const histories = files.map((file) => ({
    workflowId: path.basename(file, '.json'),
    history: temporal.api.history.v1.History.fromObject(
      JSON.parse(readFileSync(path.join(historiesDir, file), 'utf8')),
    ),
  }));
  const failures: string[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) {
    if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  expect(failures).toEqual([]);
});
