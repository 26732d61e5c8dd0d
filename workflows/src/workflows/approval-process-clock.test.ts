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
import { approvalProcess, stateQuery, submittedUpdate } from './approval-process';

// Statutory clocks on Temporal's time-skipping test server: days of timers pass in milliseconds.
let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
const taskQueue = `clock-test-${randomUUID()}`;
const handler = party('handler', 'org-centre');

const activities: ProcessActivities = {
  resolveAssignees: async () => [handler],
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

it('reminds, shows 黄牌 and auto-approves a late step after its working days have passed', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities,
  });
  await worker.runUntil(async () => {
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

    // Two working days can span a weekend or a holiday: a month of workflow time is more than enough.
    await env.sleep('30 days');
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
