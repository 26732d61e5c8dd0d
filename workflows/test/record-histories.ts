/**
 * Records the Temporal histories that the replay test runs against the
 * current workflow code. Only scenarios without a recording are recorded:
 * the old ones stand for requests started by older code (the histories from
 * before ratings end at 办结, which `patched('rating-aftercare')` keeps
 * replaying). `--force` re-records everything.
 *
 *   temporal server start-dev --headless --port 7233 &
 *   TEMPORAL_ADDRESS=127.0.0.1:7233 npx tsx test/record-histories.ts
 */
import { randomUUID } from 'node:crypto';
import { access, writeFile } from 'node:fs/promises';
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
const leader = party('u-zhuren', 'org-yunmeng-investment-centre');
const lawyer = party('u-fawu', 'org-yunmeng-investment-centre');
const inspector = party('u-ducha', 'org-supervision');
const activities: ProcessActivities = {
  resolveAssignees: async ({ rule }) => {
    if (rule.role === 'leader') return [leader];
    if (rule.role === 'supervisor') return [inspector];
    return rule.org === 'org-abc-yunmeng' ? [bank] : [centre];
  },
  persistTransition: async ({ auditEntries }) => ({ auditHash: `hash-${auditEntries.at(-1)?.seq}` }),
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

  const rate = (handle: Awaited<ReturnType<typeof start>>['handle'], grade: number, comment?: string) =>
    handle.executeUpdate(requestActUpdate, {
      args: [{ action: 'rate', actor: applicant, grade, ...(comment ? { comment } : {}) }],
    });

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
      await rate(handle, 5);
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
      await rate(handle, 5);
      await handle.result();
      return handle.workflowId;
    },
    'signers-extension-rating-aftercare': async () => {
      const def = definition([approvalStep('review', { sla: { workingDays: 3 } }), approvalStep('sign')]);
      const { state, handle } = await start('aftercare', { requestId: 'r4', definition: def, applicant, data: {} });
      const own = state.tasks[0]!;
      const withSigner = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: own.id, action: 'add_signer', actor: centre, signers: [lawyer], position: 'before' }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: withSigner.tasks.at(-1)!.id, action: 'approve', actor: lawyer, comment: '无异议' }],
      });
      const extensionAsked = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: own.id, action: 'request_extension', actor: centre, workingDays: 2, comment: '等材料' }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: extensionAsked.tasks.at(-1)!.id, action: 'approve', actor: leader }],
      });
      const reviewed = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: own.id, action: 'approve', actor: centre }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: reviewed.tasks.at(-1)!.id, action: 'approve', actor: centre }],
      });
      const rated = await rate(handle, 1, '反复补材料');
      const rectified = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: rated.tasks.at(-1)!.id, action: 'approve', actor: leader, comment: '已整改' }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: rectified.tasks.at(-1)!.id, action: 'approve', actor: inspector, comment: '满意' }],
      });
      await handle.result();
      return handle.workflowId;
    },
    // Recorded after one write per step: resolve before write, one persistTransition per settled transition.
    'one-write-per-step-urge-return-rate': async () => {
      const { state, handle } = await start('one-write', {
        requestId: 'r6',
        definition: loanRenewalProcess,
        applicant,
        data: { a: 1 },
      });
      await handle.executeUpdate(requestActUpdate, { args: [{ action: 'urge', actor: applicant, comment: '请尽快' }] });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: state.tasks[0]!.id, action: 'return', to: 'applicant', actor: centre, comment: '补正' }],
      });
      const resubmitted = await handle.executeUpdate(requestActUpdate, {
        args: [{ action: 'resubmit', actor: applicant, data: { a: 2 } }],
      });
      const open = resubmitted.tasks.find((task) => task.status === 'open')!;
      const next = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: open.id, action: 'approve', actor: centre, comment: '同意' }],
      });
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: next.tasks.at(-1)!.id, action: 'approve', actor: bank }],
      });
      await rate(handle, 5);
      await handle.result();
      return handle.workflowId;
    },
    'webhook-cc-notify': async () => {
      const def = definition([
        { type: 'webhook', id: 'push', name: { zh: '推送' }, url: 'https://bank.example/credit' },
        { type: 'cc', id: 'copy', name: { zh: '抄送' }, assignees: { org: 'org-abc-yunmeng' } },
        {
          type: 'notify',
          id: 'tell',
          name: { zh: '通知' },
          assignees: { org: 'org-abc-yunmeng' },
          message: { zh: '请关注' },
        },
        approvalStep('review'),
      ]);
      const { state, handle } = await start('webhook', { requestId: 'r5', definition: def, applicant, data: {} });
      const open = state.tasks.find((task) => task.status === 'open')!;
      await handle.executeUpdate(actUpdate, { args: [{ taskId: open.id, action: 'approve', actor: open.assignee }] });
      await rate(handle, 4);
      await handle.result();
      return handle.workflowId;
    },
  };

  await worker.runUntil(async () => {
    for (const [name, run] of Object.entries(scenarios)) {
      const file = path.join(__dirname, 'histories', `${name}.json`);
      const recorded = await access(file).then(
        () => true,
        () => false,
      );
      if (recorded && !process.argv.includes('--force')) continue;
      const workflowId = await run();
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
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
