import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { ProcessActivities } from '../activities';
import { ensureSearchAttributes } from '../operator/ensure-search-attributes';
import type { Notice } from '../engine/notices';
import type { Party, ProcessState, TimelineEntry } from '../engine/state';
import { loanRenewalProcess } from '../seed';
import { HANDLING_ORGS, OVERDUE_LEVEL, REQUEST_STATUS } from './search-attributes';
import { actUpdate, approvalProcess, requestActUpdate, stateQuery, submittedUpdate } from './approval-process';

// The real Temporal dev server started by the jest harness; the activities
// here only record what the workflow asks for (the worker package tests the
// real ones against the database).
let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
const taskQueue = `approval-process-test-${randomUUID()}`;

const applicant: Party = { userId: 'u-qiye', displayName: '王经理', orgId: 'org-firm', orgName: '易普乐生物科技' };
const centre: Party = {
  userId: 'u-centre',
  displayName: '张科员',
  orgId: 'org-yunmeng-investment-centre',
  orgName: '云梦县招商服务中心',
};
const centre2: Party = { ...centre, userId: 'u-centre-2', displayName: '刘科员' };
const bank: Party = { userId: 'u-bank', displayName: '陈经理', orgId: 'org-abc-yunmeng', orgName: '农行云梦支行' };

const projections = new Map<string, ProcessState[]>();
const audits = new Map<string, TimelineEntry[]>();
const notices = new Map<string, Notice[]>();
const recordingActivities: ProcessActivities = {
  async resolveAssignees({ rule }) {
    return rule.org === 'org-abc-yunmeng' ? [bank] : [centre, centre2];
  },
  async persistTransition({ state, auditEntries, notices: told }) {
    projections.set(state.requestId, [...(projections.get(state.requestId) ?? []), state]);
    audits.set(state.requestId, [...(audits.get(state.requestId) ?? []), ...auditEntries]);
    notices.set(state.requestId, [...(notices.get(state.requestId) ?? []), ...told]);
    return { auditHash: `hash-${auditEntries.at(-1)?.seq}` };
  },
  async writeProjection(state) {
    projections.set(state.requestId, [...(projections.get(state.requestId) ?? []), state]);
  },
  async appendAudit({ requestId, entries }) {
    audits.set(requestId, [...(audits.get(requestId) ?? []), ...entries]);
  },
  async notify() {},
  async callWebhook(call) {
    webhookCalls.push(call.idempotencyKey);
    // The receiver is down twice, then answers.
    if (webhookCalls.length < 3) throw new Error('answered 503');
    return { creditId: 'C-2026-001' };
  },
};
const webhookCalls: string[] = [];

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  env = await TestWorkflowEnvironment.createFromExistingServer({ address: process.env.TEMPORAL_ADDRESS });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./index'), logger: new DefaultLogger('WARN') });
});
afterAll(async () => {
  await env?.teardown();
});

async function withWorker<T>(run: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: recordingActivities,
  });
  return worker.runUntil(run);
}

async function submit(requestId = `req-${randomUUID()}`) {
  const operation = new WithStartWorkflowOperation(approvalProcess, {
    workflowId: requestId,
    taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [{ requestId, definition: loanRenewalProcess, applicant, data: { loanAmount: 6_000_000 } }],
  });
  const state = await env.client.workflow.executeUpdateWithStart(submittedUpdate, {
    startWorkflowOperation: operation,
  });
  return { requestId, state, handle: await operation.workflowHandle() };
}

const EventType = temporal.api.enums.v1.EventType;

/** The activities (and local activities) an Update ran, read from the workflow's history. */
async function activitiesRunBy(handle: WorkflowHandle, updateId: string): Promise<string[]> {
  const events = (await handle.fetchHistory()).events ?? [];
  const accepted = events.findIndex(
    (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId === updateId,
  );
  const completed = events.findIndex(
    (event) => event.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId === updateId,
  );
  expect(accepted).toBeGreaterThan(-1);
  expect(completed).toBeGreaterThan(accepted);
  return events.slice(accepted, completed).flatMap((event) => {
    if (event.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
      return [event.activityTaskScheduledEventAttributes!.activityType!.name!];
    }
    if (
      event.eventType === EventType.EVENT_TYPE_MARKER_RECORDED &&
      event.markerRecordedEventAttributes?.markerName === 'core_local_activity'
    ) {
      const details = event.markerRecordedEventAttributes.details?.data?.payloads?.[0]?.data;
      const activityType = details
        ? (JSON.parse(Buffer.from(details).toString()) as { activity_type?: string }).activity_type
        : undefined;
      return [`local:${activityType ?? '?'}`];
    }
    return [];
  });
}

function failureType(error: unknown): string | undefined {
  return error instanceof WorkflowUpdateFailedError ? (error.cause as { type?: string } | undefined)?.type : undefined;
}

describe('approvalProcess on a real Temporal server', () => {
  it('runs the loan-renewal slice to 办结, writing each projection before the action returns', async () => {
    await withWorker(async () => {
      const { requestId, state, handle } = await submit();
      expect(state.status).toBe('in_progress');
      expect(state.tasks.map((task) => task.assignee.userId)).toEqual([centre.userId, centre2.userId]);
      expect(projections.get(requestId)?.at(-1)?.revision).toBe(state.revision);

      const centreTask = state.tasks.find((task) => task.assignee.userId === centre.userId)!;
      const afterCentre = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: centreTask.id, action: 'approve', actor: centre, comment: '材料齐全，同意' }],
      });
      expect(afterCentre.steps[0]!.status).toBe('approved');
      // Operators find requests by these in Temporal's UI and CLI.
      const indexed = (await handle.describe()).typedSearchAttributes;
      expect(indexed.get(REQUEST_STATUS)).toBe('in_progress');
      expect(indexed.get(HANDLING_ORGS)).toEqual([bank.orgId]);
      expect(indexed.get(OVERDUE_LEVEL)).toBe('on_time');
      expect(projections.get(requestId)?.at(-1)?.revision).toBe(afterCentre.revision);

      const bankTask = afterCentre.tasks.find((task) => task.assignee.userId === bank.userId)!;
      await handle.executeUpdate(actUpdate, {
        args: [{ taskId: bankTask.id, action: 'approve', actor: bank, comment: '同意续贷' }],
      });

      // 办结 opens the rating window: the workflow waits for 好差评 before it ends.
      const completed = await handle.query(stateQuery);
      expect(completed.status).toBe('completed');
      expect(completed.ratingOpenUntil).toBeDefined();
      await handle.executeUpdate(requestActUpdate, { args: [{ action: 'rate', actor: applicant, grade: 5 }] });

      const result = await handle.result();
      expect(result.status).toBe('completed');
      expect(result.rating).toMatchObject({ grade: 5 });
      expect(result.timeline.map((entry) => entry.action)).toEqual([
        'submit',
        'approve',
        'approve',
        'complete',
        'rate',
      ]);
      expect(audits.get(requestId)?.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    });
  });

  it('settles an approve that opens the next step with one resolve and one write', async () => {
    await withWorker(async () => {
      const { requestId, state, handle } = await submit();
      const updateId = `approve-${randomUUID()}`;
      const afterCentre = await handle.executeUpdate(actUpdate, {
        updateId,
        args: [{ taskId: state.tasks[0]!.id, action: 'approve', actor: centre }],
      });
      expect(afterCentre.tasks.filter((task) => task.status === 'open').map((task) => task.assignee.userId)).toEqual([
        bank.userId,
      ]);
      expect(await activitiesRunBy(handle, updateId)).toEqual(['local:resolveAssignees', 'local:persistTransition']);
      // The write carried the decision and the bank's new task together: the engine told the bank.
      const written = projections.get(requestId)!;
      expect(written.at(-1)!.revision).toBe(afterCentre.revision);
      expect(audits.get(requestId)?.map((entry) => entry.seq)).toEqual([1, 2]);
      expect(notices.get(requestId)?.map((notice) => [notice.kind, notice.userId])).toEqual([
        ['assignment', centre.userId],
        ['assignment', centre2.userId],
        ['assignment', bank.userId],
      ]);
    });
  });

  it('lets exactly one of two simultaneous decisions on the step through; the other is told why', async () => {
    await withWorker(async () => {
      const { state, handle } = await submit();
      const [first, second] = state.tasks;
      const outcomes = await Promise.allSettled([
        handle.executeUpdate(actUpdate, { args: [{ taskId: first!.id, action: 'approve', actor: centre }] }),
        handle.executeUpdate(actUpdate, { args: [{ taskId: second!.id, action: 'approve', actor: centre2 }] }),
        handle.executeUpdate(actUpdate, { args: [{ taskId: first!.id, action: 'approve', actor: centre }] }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const after = await handle.query(stateQuery);
      // Each loser hears what became of its task: decided already, or cancelled by the 或签 winner's approval.
      const taskIds = [first!.id, second!.id, first!.id];
      const refusals = outcomes.flatMap((outcome, index) =>
        outcome.status === 'rejected'
          ? [[failureType(outcome.reason), after.tasks.find((task) => task.id === taskIds[index])!.status]]
          : [],
      );
      expect(refusals).toHaveLength(2);
      for (const [code, status] of refusals) {
        expect(code).toBe(status === 'cancelled' ? 'TASK_CANCELLED' : 'TASK_ALREADY_DECIDED');
      }
      expect(after.timeline.filter((entry) => entry.action === 'approve')).toHaveLength(1);
    });
  });

  it('refuses a decision by someone who is not the assignee, leaving no trace in the state', async () => {
    await withWorker(async () => {
      const { state, handle } = await submit();
      const error = await handle
        .executeUpdate(actUpdate, { args: [{ taskId: state.tasks[0]!.id, action: 'approve', actor: bank }] })
        .catch((caught: unknown) => caught);
      expect(failureType(error)).toBe('NOT_ASSIGNEE');
      expect((await handle.query(stateQuery)).revision).toBe(state.revision);
    });
  });

  it('refuses an Update that is not an action of the shared schema before it reaches the history', async () => {
    await withWorker(async () => {
      const { state, handle } = await submit();
      const taskId = state.tasks[0]!.id;
      // What the API never sends but another Temporal client could: each fails one field of the schema.
      const malformed: unknown[] = [
        { taskId, action: 'approve', actor: { userId: 'u-centre' } },
        { taskId, action: 'approve', actor: centre, comment: 'x'.repeat(2001) },
        { taskId, action: 'request_extension', actor: centre, workingDays: '3' },
        { taskId, action: 'add_signer', actor: centre, signers: [], position: 'before' },
        { taskId, action: 'add_signer', actor: centre, signers: [bank], position: 'beside' },
        { taskId, action: 'dance', actor: centre },
      ];
      for (const action of malformed) {
        const error = await handle
          .executeUpdate(actUpdate, { args: [action as never] })
          .catch((caught: unknown) => caught);
        expect(failureType(error)).toBe('BAD_ACTION');
      }
      const refusedRate = await handle
        .executeUpdate(requestActUpdate, { args: [{ action: 'rate', actor: applicant, grade: 6 } as never] })
        .catch((caught: unknown) => caught);
      expect(failureType(refusedRate)).toBe('BAD_ACTION');
      // A validator's refusal is not recorded: the history holds no accepted Update after the submission.
      const history = (await handle.fetchHistory()).events ?? [];
      expect(history.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(1);
      expect((await handle.query(stateQuery)).revision).toBe(state.revision);
      // The same task takes a well-formed action.
      const approved = await handle.executeUpdate(actUpdate, { args: [{ taskId, action: 'approve', actor: centre }] });
      expect(approved.revision).toBeGreaterThan(state.revision);
    });
  });

  it('starting twice with the same request id gives the same request', async () => {
    await withWorker(async () => {
      const requestId = `req-${randomUUID()}`;
      const first = await submit(requestId);
      const second = await submit(requestId);
      expect(second.handle.workflowId).toBe(first.handle.workflowId);
      expect(second.state.createdAt).toBe(first.state.createdAt);
      expect((await second.handle.describe()).runId).toBe((await first.handle.describe()).runId);
    });
  });

  it('goes back to the applicant on a return, runs the step again on resubmit, and ends on withdraw', async () => {
    await withWorker(async () => {
      const { state, handle } = await submit();
      const returned = await handle.executeUpdate(actUpdate, {
        args: [
          {
            taskId: state.tasks[0]!.id,
            action: 'return',
            to: 'applicant',
            actor: centre,
            comment: '请补充近三个月财务报表',
          },
        ],
      });
      expect(returned.status).toBe('returned');
      expect(returned.tasks.filter((task) => task.status === 'open')).toEqual([]);

      const stranger = await handle
        .executeUpdate(requestActUpdate, { args: [{ action: 'withdraw', actor: bank }] })
        .catch((caught: unknown) => caught);
      expect(failureType(stranger)).toBe('NOT_APPLICANT');

      const resubmitted = await handle.executeUpdate(requestActUpdate, {
        args: [{ action: 'resubmit', actor: applicant, data: { loanAmount: 6_000_000, statements: 'attached' } }],
      });
      expect(resubmitted.status).toBe('in_progress');
      expect(resubmitted.data).toEqual({ loanAmount: 6_000_000, statements: 'attached' });
      expect(resubmitted.tasks.filter((task) => task.status === 'open').map((task) => task.assignee.userId)).toEqual([
        centre.userId,
        centre2.userId,
      ]);

      const withdrawn = await handle.executeUpdate(requestActUpdate, {
        args: [{ action: 'withdraw', actor: applicant }],
      });
      expect(withdrawn.status).toBe('withdrawn');
      expect((await handle.result()).timeline.map((entry) => entry.action)).toEqual([
        'submit',
        'return',
        'resubmit',
        'withdraw',
      ]);
    });
  });

  it('continues as new when the history grows long, carrying the whole state', async () => {
    await withWorker(async () => {
      const requestId = `req-${randomUUID()}`;
      const operation = new WithStartWorkflowOperation(approvalProcess, {
        workflowId: requestId,
        taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [
          { requestId, definition: loanRenewalProcess, applicant, data: { loanAmount: 1 }, historyEventLimit: 20 },
        ],
      });
      const submitted = await env.client.workflow.executeUpdateWithStart(submittedUpdate, {
        startWorkflowOperation: operation,
      });
      const handle = await operation.workflowHandle();
      const firstRun = (await handle.describe()).runId;

      for (let i = 0; i < 4; i++) {
        await handle.executeUpdate(actUpdate, {
          args: [{ taskId: submitted.tasks[0]!.id, action: 'comment', actor: centre, comment: `第${i + 1}条意见` }],
        });
      }
      const current = await handle.query(stateQuery);
      expect((await handle.describe()).runId).not.toBe(firstRun);
      expect(current.timeline.filter((entry) => entry.action === 'comment')).toHaveLength(4);

      const afterCentre = await handle.executeUpdate(actUpdate, {
        args: [{ taskId: submitted.tasks[0]!.id, action: 'approve', actor: centre }],
      });
      const bankTask = afterCentre.tasks.find((task) => task.assignee.userId === bank.userId)!;
      await handle.executeUpdate(actUpdate, { args: [{ taskId: bankTask.id, action: 'approve', actor: bank }] });
      await handle.executeUpdate(requestActUpdate, { args: [{ action: 'rate', actor: applicant, grade: 4 }] });
      const result: ProcessState = await env.client.workflow.getHandle(requestId).result();
      expect(result.status).toBe('completed');
      expect(result.timeline.map((entry) => entry.seq)).toEqual(result.timeline.map((_, index) => index + 1));
      expect(audits.get(requestId)?.map((entry) => entry.seq)).toEqual(result.timeline.map((entry) => entry.seq));
    });
  });

  it('retries a webhook step with the same idempotency key until it answers, and keeps the answer', async () => {
    await withWorker(async () => {
      const requestId = `req-${randomUUID()}`;
      const definition = {
        ...loanRenewalProcess,
        steps: [
          {
            type: 'webhook' as const,
            id: 'push-bank',
            name: { zh: '推送银行信贷系统' },
            url: 'https://bank.example/credit',
            maxAttempts: 5,
          },
          ...loanRenewalProcess.steps,
        ],
      };
      const operation = new WithStartWorkflowOperation(approvalProcess, {
        workflowId: requestId,
        taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [{ requestId, definition, applicant, data: { loanAmount: 1 } }],
      });
      const submitted = await env.client.workflow.executeUpdateWithStart(submittedUpdate, {
        startWorkflowOperation: operation,
      });
      expect(webhookCalls).toHaveLength(3);
      expect(new Set(webhookCalls).size).toBe(1);
      expect(submitted.stepData).toEqual({ 'push-bank': { creditId: 'C-2026-001' } });
      expect(submitted.timeline.map((entry) => entry.action)).toEqual(['submit', 'webhook']);
      expect(submitted.steps[1]!.status).toBe('active');
    });
  });
});
