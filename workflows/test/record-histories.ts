/**
 * Records the Temporal histories that the replay test runs against the
 * current workflow code. Re-record only when a change is meant to break
 * replay (and then put it behind `patched()` instead, if requests are running).
 *
 *   temporal server start-dev --headless --port 7233 &
 *   TEMPORAL_ADDRESS=127.0.0.1:7233 npx tsx test/record-histories.ts
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { ProcessActivities } from '../src/activities';
import { ensureSearchAttributes } from '../src/operator/ensure-search-attributes';
import { loanRenewalProcess } from '../src/seed';
import { actUpdate, approvalProcess, requestActUpdate, submittedUpdate } from '../src/workflows/approval-process';
import { approvalStep, definition, parallelStep, party } from './factories';

const applicant = party('u-qiye', 'org-yipule');
const centre = party('u-zhaoshang', 'org-yunmeng-investment-centre');
const bank = party('u-yinhang', 'org-abc-yunmeng');
const activities: ProcessActivities = {
  resolveAssignees: async ({ rule }) => (rule.org === 'org-abc-yunmeng' ? [bank] : [centre]),
  writeProjection: async () => undefined,
  appendAudit: async () => undefined,
  notify: async () => undefined,
  callWebhook: async () => ({}),
};

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const connection = await Connection.connect({ address });
  await ensureSearchAttributes(connection, 'default');
  const client = new Client({ connection });
  const taskQueue = `record-${randomUUID()}`;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowsPath: require.resolve('../src/workflows'),
    activities,
  });

  const start = async (name: string, args: Parameters<typeof approvalProcess>[0]) => {
    const operation = new WithStartWorkflowOperation(approvalProcess, {
      workflowId: `${name}-${randomUUID()}`,
      taskQueue,
      workflowIdConflictPolicy: 'FAIL',
      args: [args],
    });
    const state = await client.workflow.executeUpdateWithStart(submittedUpdate, { startWorkflowOperation: operation });
    return { state, handle: await operation.workflowHandle() };
  };

  const scenarios: Record<string, () => Promise<string>> = {
    'loan-renewal-completed': async () => {
      const { state, handle } = await start('loan', {
        requestId: 'r1',
        definition: loanRenewalProcess,
        applicant,
        data: { a: 1 },
      });
      const next = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: state.tasks[0]!.id, action: 'approve', actor: centre, comment: '同意' }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: next.tasks.at(-1)!.id, action: 'approve', actor: bank }],
      });
      await handle.result();
      return handle.workflowId;
    },
    'loan-renewal-returned-resubmitted-withdrawn': async () => {
      const { state, handle } = await start('return', {
        requestId: 'r2',
        definition: loanRenewalProcess,
        applicant,
        data: { a: 1 },
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: state.tasks[0]!.id, action: 'return', to: 'applicant', actor: centre, comment: '补正' }],
      });
      await handle.executeUpdate(requestActUpdate, {
        args: [{ action: 'resubmit', actor: applicant, data: { a: 2 } }],
      });
      await handle.executeUpdate(requestActUpdate, { args: [{ action: 'withdraw', actor: applicant }] });
      await handle.result();
      return handle.workflowId;
    },
    'parallel-with-clock': async () => {
      const def = definition([
        parallelStep('joint', { a: [approvalStep('a1', { sla: { workingDays: 3 } })], b: [approvalStep('b1')] }, 'a'),
      ]);
      const { state, handle } = await start('parallel', { requestId: 'r3', definition: def, applicant, data: {} });
      for (const task of state.tasks) {
        await handle.executeUpdate(actUpdate, { args: [{ taskId: task.id, action: 'approve', actor: task.assignee }] });
      }
      await handle.result();
      return handle.workflowId;
    },
  };

  await worker.runUntil(async () => {
    for (const [name, run] of Object.entries(scenarios)) {
      const workflowId = await run();
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const file = path.join(__dirname, 'histories', `${name}.json`);
      // Protobuf JSON; the replay test reads it back with History.fromObject.
      await writeFile(file, JSON.stringify(history, null, 1) + '\n');
      console.log(`recorded ${file} (${history.events?.length} events)`);
    }
  });
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
