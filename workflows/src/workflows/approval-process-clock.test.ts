import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { approvalStep, definition, party } from '../../test/factories';
import type { ProcessActivities } from '../activities';
import { actUpdate, approvalProcess, requestActUpdate, stateQuery, submittedUpdate } from './approval-process';

// Statutory clocks on Temporal's time-skipping test server: days of timers pass in milliseconds.
// The server's clock starts at today's date, so each test sleeps to just past the instant the
// clock itself names (24:00 of a working day of the official calendar), never a fixed number of
// days that a week of 春节 or 国庆 could outlast.
let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
const taskQueue = `clock-test-${randomUUID()}`;
const handler = party('handler', 'org-centre');

const leader = party('leader', 'org-centre');
const activities: ProcessActivities = {
  resolveAssignees: async ({ rule }) => (rule.role === 'leader' ? [leader] : [handler]),
  persistTransition: async () => ({}),
  writeProjection: async () => undefined,
  appendAudit: async () => undefined,
  notify: async () => undefined,
  callWebhook: async () => ({}),
};

beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  env = await TestWorkflowEnvironment.createTimeSkipping(
    path ? { server: { executable: { type: 'existing-path', path } } } : undefined,
  );
  bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./index'), logger: new DefaultLogger('WARN') });
});

afterAll(async () => {
  await env?.teardown();
});

/** Moves the test server's clock an hour past `instant`. */
async function sleepPast(instant: string): Promise<void> {
  await env.sleep(Math.max(0, Date.parse(instant) + 3_600_000 - (await env.currentTimeMs())));
}

async function withWorker(run: () => Promise<void>): Promise<void> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities,
  });
  await worker.runUntil(run);
}

it('reminds, shows 黄牌 and auto-approves a late step after its working days have passed', async () => {
  await withWorker(async () => {
    const requestId = `req-${randomUUID()}`;
    const handle = await env.client.workflow.start(approvalProcess, {
      workflowId: requestId,
      taskQueue,
      args: [
        {
          requestId,
          definition: definition([
            approvalStep('review', { sla: { workingDays: 2, onTimeout: 'auto_approve' } }),
            approvalStep('record'),
          ]),
          applicant: party('applicant', 'org-firm'),
          data: {},
          // The time-skipping server cannot register custom search attributes.
          indexSearchAttributes: false,
        },
      ],
    });
    const submitted = await handle.executeUpdate(submittedUpdate);
    const clock = submitted.steps[0]!.clock!;
    expect(clock.level).toBe('on_time');

    await sleepPast(clock.dueAt);
    const state = await handle.query(stateQuery);
    expect(state.timeline.map((entry) => entry.action)).toEqual(['submit', 'remind', 'yellow_card', 'auto_approve']);
    expect(state.steps.map((step) => step.status)).toEqual(['approved', 'active']);
    const autoApproved = state.timeline.find((entry) => entry.action === 'auto_approve')!;
    // The timer fires at the deadline (24:00 China time of the 2nd working day), give or take the timer's granularity.
    const lateByMs = Date.parse(autoApproved.at) - Date.parse(clock.dueAt);
    expect(lateByMs).toBeGreaterThanOrEqual(0);
    expect(lateByMs).toBeLessThan(1000);
  });
});

async function startOnTimeSkipping(steps: Parameters<typeof definition>[0]) {
  const requestId = `req-${randomUUID()}`;
  const handle = await env.client.workflow.start(approvalProcess, {
    workflowId: requestId,
    taskQueue,
    args: [
      {
        requestId,
        definition: definition(steps),
        applicant: party('applicant', 'org-firm'),
        data: {},
        indexSearchAttributes: false,
      },
    ],
  });
  return { handle, submitted: await handle.executeUpdate(submittedUpdate) };
}

it('escalates a late step to a leader, who may then decide it alone', async () => {
  // Before this test the workflow dropped the escalation flag and the leader got an ordinary task.
  await withWorker(async () => {
    const { handle, submitted } = await startOnTimeSkipping([
      approvalStep('review', { sla: { workingDays: 1, onTimeout: 'escalate' } }),
      approvalStep('record'),
    ]);
    await sleepPast(submitted.steps[0]!.clock!.redAt);
    const state = await handle.query(stateQuery);
    expect(state.timeline.map((entry) => entry.action)).toEqual([
      'submit',
      'remind',
      'yellow_card',
      'escalate',
      'red_card',
    ]);
    const leaderTask = state.tasks.find((task) => task.assignee.userId === leader.userId)!;
    expect(leaderTask).toMatchObject({ status: 'open', escalation: true, stepId: 'review' });
    const decided = await handle.executeUpdate(actUpdate, {
      args: [{ taskId: leaderTask.id, action: 'approve', actor: leader, comment: '特事特办' }],
    });
    expect(decided.steps.map((step) => step.status)).toEqual(['approved', 'active']);
  });
});

it('keeps the request open after 办结 for its rating, and ends it when the rating window closes', async () => {
  await withWorker(async () => {
    const { handle, submitted } = await startOnTimeSkipping([approvalStep('review')]);
    const done = await handle.executeUpdate(actUpdate, {
      args: [{ taskId: submitted.tasks[0]!.id, action: 'approve', actor: handler }],
    });
    expect(done.status).toBe('completed');
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await sleepPast(done.ratingOpenUntil!);
    const result = await handle.result();
    expect(result.timeline.map((entry) => entry.action)).toEqual(['submit', 'approve', 'complete', 'rating_closed']);
  });
});

it('runs a bad rating’s rectification on its own clock, with 黄牌 and 红牌 when late', async () => {
  await withWorker(async () => {
    const { handle, submitted } = await startOnTimeSkipping([approvalStep('review')]);
    await handle.executeUpdate(actUpdate, {
      args: [{ taskId: submitted.tasks[0]!.id, action: 'approve', actor: handler }],
    });
    const rated = await handle.executeUpdate(requestActUpdate, {
      args: [{ action: 'rate', actor: party('applicant', 'org-firm'), grade: 1, comment: '态度差' }],
    });
    expect(rated.aftercare).toBe('rectifying');
    const rectification = rated.steps.find((step) => step.clock)!.clock!;
    await sleepPast(rectification.redAt);
    const state = await handle.query(stateQuery);
    expect(state.timeline.map((entry) => entry.action)).toEqual([
      'submit',
      'approve',
      'complete',
      'rate',
      'remind',
      'yellow_card',
      'red_card',
    ]);
    expect((await handle.describe()).status.name).toBe('RUNNING');
  });
});

it('stops the whole request’s clock while the applicant corrects, then warns when it runs out', async () => {
  await withWorker(async () => {
    const requestId = `req-${randomUUID()}`;
    const applicant = party('applicant', 'org-firm');
    const handle = await env.client.workflow.start(approvalProcess, {
      workflowId: requestId,
      taskQueue,
      args: [
        {
          requestId,
          definition: { ...definition([approvalStep('review')]), sla: { workingDays: 3 } },
          applicant,
          data: {},
          indexSearchAttributes: false,
        },
      ],
    });
    const submitted = await handle.executeUpdate(submittedUpdate);
    const firstDue = submitted.requestClock!.dueAt;
    await handle.executeUpdate(actUpdate, {
      args: [{ taskId: submitted.tasks[0]!.id, action: 'return', to: 'applicant', actor: handler, comment: '补正' }],
    });
    // Weeks with the applicant: no warning fires while the clock stands still.
    await env.sleep('21 days');
    const waiting = await handle.query(stateQuery);
    expect(waiting.timeline.map((entry) => entry.action)).toEqual(['submit', 'return', 'clock_paused']);
    const resubmitted = await handle.executeUpdate(requestActUpdate, {
      args: [{ action: 'resubmit', actor: applicant, data: { fixed: true } }],
    });
    expect(Date.parse(resubmitted.requestClock!.dueAt)).toBeGreaterThan(Date.parse(firstDue) + 14 * 86_400_000);
    await sleepPast(resubmitted.requestClock!.redAt);
    const late = await handle.query(stateQuery);
    expect(late.requestClock!.level).toBe('red');
    expect(late.timeline.filter((entry) => entry.detail?.scope === 'request').map((entry) => entry.action)).toEqual([
      'clock_paused',
      'clock_resumed',
      'remind',
      'yellow_card',
      'red_card',
    ]);
  });
});
