import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { WORKFLOW_BUNDLE_PATH, workflowsPath } from './create-worker';

/** Bundles the workflow code once at build time, so workers start in a second instead of bundling. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: workflowsPath() });
  await mkdir(path.dirname(WORKFLOW_BUNDLE_PATH), { recursive: true });
  await writeFile(WORKFLOW_BUNDLE_PATH, code);
  console.log(`workflow bundle written to ${WORKFLOW_BUNDLE_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
