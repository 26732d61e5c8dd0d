import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { ProcessActivities } from '../activities';
import { chinaDateOf } from '../calendar/iso-date';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { AssigneeRule, ProcessDefinition } from '../dsl/process-definition';
import { TERMINAL_STATUSES, type ClockLevel, type Party, type ProcessState } from '../engine/state';
import { actUpdate, approvalProcess, stateQuery, submittedUpdate } from '../workflows/approval-process';

/**
 * Operator code (Node only): runs a definition on Temporal's time-skipping test
 * server with generated people, so weeks of statutory timers pass in seconds,
 * and reports what each case of form data went through.
 */

export interface DryRunCase {
  name: string;
  data: Record<string, unknown>;
}

export interface DryRunOptions {
  /** The time-skipping test server binary (`temporal-test-server`). */
  testServerPath: string;
  /** One run per case; the paths differ where `when` and branch conditions read the data. Default: one case, `{}`. */
  cases?: DryRunCase[];
  /** Each handler acts at 10:00 China time on this working day after their task opened (default 1; 0: the same day). */
  actAfterWorkingDays?: number;
  /** Submitted at, not in the past (default: 09:00 China time of the next working day). */
  startAt?: string;
  /** A prebuilt workflow bundle, to spare bundling on repeated runs. */
  workflowBundle?: WorkflowBundleWithSourceMap;
}

export interface DryRunStep {
  stepId: string;
  name: string;
  status: string;
  startedAt?: string;
  endedAt?: string;
  dueAt?: string;
  /** The worst its clock reached: on_time, reminded, yellow (黄牌), red (红牌). */
  clockLevel?: ClockLevel;
}

export interface DryRunReport {
  case: string;
  status: ProcessState['status'] | 'stuck';
  /** The steps that ran, in the order they started; skipped ones are left out. */
  path: DryRunStep[];
  /** Reminders, 黄牌 and 红牌, in order: `step:action` (`request:action` for the whole request's clock). */
  warnings: string[];
  /** Steps escalated to leaders. */
  escalations: string[];
  /** Working days from submission to the end (whole working days that ended in between). */
  workingDays: number | null;
  /** Every action on the timeline, for a closer look. */
  timeline: string[];
}

const MAX_ROUNDS = 400;

/** Runs every case and returns one report each. */
export async function dryRun(definition: ProcessDefinition, options: DryRunOptions): Promise<DryRunReport[]> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: options.testServerPath } },
  });
  try {
    const taskQueue = `dry-run-${definition.key}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle:
        options.workflowBundle ??
        (await bundleWorkflowCode({
          workflowsPath: require.resolve('../workflows/index'),
          logger: new DefaultLogger('WARN'),
        })),
      activities: generatedPeopleActivities(),
    });
    return await worker.runUntil(async () => {
      const reports: DryRunReport[] = [];
      const cases = options.cases?.length ? options.cases : [{ name: 'default', data: {} }];
      for (const [index, dryCase] of cases.entries()) {
        reports.push(await runCase(env, taskQueue, definition, dryCase, index, options));
      }
      return reports;
    });
  } finally {
    await env.teardown();
  }
}

async function runCase(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  definition: ProcessDefinition,
  dryCase: DryRunCase,
  index: number,
  options: DryRunOptions,
): Promise<DryRunReport> {
  const calendar = createWorkingCalendar();
  const actAfter = options.actAfterWorkingDays ?? 1;
  // The test server starts at the real "now" and its time only goes forward: move it to the start.
  const now = await env.currentTimeMs();
  const nextMorning = `${calendar.nextWorkingDay(chinaDateOf(new Date(now).toISOString()))}T01:00:00.000Z`;
  const startAt = Date.parse(options.startAt ?? nextMorning);
  if (Number.isNaN(startAt) || startAt < now) throw new RangeError(`a dry run cannot start at ${options.startAt}`);
  await env.sleep(Math.max(1, startAt - now));

  const requestId = `dry-run-${definition.key}-${index + 1}`;
  const handle = await env.client.workflow.start(approvalProcess, {
    workflowId: requestId,
    taskQueue,
    args: [
      {
        requestId,
        definition,
        applicant: person('applicant', 'org-applicant'),
        data: dryCase.data,
        indexSearchAttributes: false,
      },
    ],
  });
  let state = await handle.executeUpdate(submittedUpdate);
  const actAt = new Map<string, number>();
  let stuck = false;
  for (let round = 0; round < MAX_ROUNDS && !TERMINAL_STATUSES.includes(state.status); round++) {
    const current = await env.currentTimeMs();
    const open = state.tasks.filter((task) => task.status === 'open');
    for (const task of open) {
      if (actAt.has(task.id)) continue;
      // 10:00 China time of the Nth working day after the task opened.
      const deadline = Date.parse(calendar.deadlineAfterWorkingDays(task.createdAt, actAfter));
      actAt.set(task.id, deadline - 14 * 3_600_000);
    }
    const due = open.filter((task) => actAt.get(task.id)! <= current);
    if (due.length > 0) {
      for (const task of due) {
        try {
          state = await handle.executeUpdate(actUpdate, {
            args: [{ taskId: task.id, action: 'approve', actor: task.assignee, comment: '试运行', data: {} }],
          });
        } catch {
          // Another decision closed this task first; the next round sees what is open now.
        }
      }
    } else {
      const next = Math.min(...open.map((task) => actAt.get(task.id)!));
      if (!Number.isFinite(next) && !state.steps.some((step) => step.status === 'active' && step.waitUntil)) {
        stuck = true;
        break;
      }
      await env.sleep(Number.isFinite(next) ? Math.max(1000, next - current) : 86_400_000);
    }
    state = await handle.query(stateQuery);
  }
  await handle.terminate('dry run done').catch(() => undefined);
  return report(dryCase.name, state, stuck);
}

function report(name: string, state: ProcessState, stuck: boolean): DryRunReport {
  const calendar = createWorkingCalendar();
  const worst = new Map<string, ClockLevel>();
  const warnings: string[] = [];
  const escalations: string[] = [];
  for (const entry of state.timeline) {
    const where = entry.stepId ?? 'request';
    if (['remind', 'yellow_card', 'red_card'].includes(entry.action)) {
      warnings.push(`${where}:${entry.action}`);
      worst.set(where, entry.action === 'remind' ? 'reminded' : entry.action === 'yellow_card' ? 'yellow' : 'red');
    }
    if (entry.action === 'escalate') escalations.push(where);
  }
  const path = state.steps
    .filter((step) => step.startedAt && (step.type === 'approval' || step.type === 'fill' || step.type === 'wait'))
    .sort((a, b) => (a.startedAt! < b.startedAt! ? -1 : 1))
    .map((step) => ({
      stepId: step.id,
      name: step.name.zh,
      status: step.status,
      ...(step.startedAt ? { startedAt: step.startedAt } : {}),
      ...(step.endedAt ? { endedAt: step.endedAt } : {}),
      ...(step.clock ? { dueAt: step.clock.dueAt, clockLevel: worst.get(step.id) ?? 'on_time' } : {}),
    }));
  return {
    case: name,
    status: stuck ? 'stuck' : state.status,
    path,
    warnings,
    escalations,
    workingDays: state.completedAt ? calendar.elapsedWorkingDays(state.createdAt, state.completedAt) : null,
    timeline: state.timeline.map((entry) => (entry.stepId ? `${entry.stepId}:${entry.action}` : entry.action)),
  };
}

/** One made-up person per organisation and role a rule names (two for a role in an org, so 会签 has people to wait for). */
function generatedPeopleActivities(): ProcessActivities {
  return {
    async resolveAssignees({ rule, applicant, data }) {
      return peopleFor(rule, applicant, data);
    },
    async persistTransition() {
      return {};
    },
    async writeProjection() {},
    async appendAudit() {},
    async notify() {},
    async callWebhook() {
      return { dryRun: true };
    },
  };
}

function peopleFor(rule: AssigneeRule, applicant: Party, data: Record<string, unknown>): Party[] {
  if (rule.users?.length) return rule.users.map((userId) => person(userId, rule.org ?? 'org-named'));
  const fromField = rule.orgFromField ? data[rule.orgFromField] : undefined;
  const org = rule.org ?? (rule.applicantOrg ? applicant.orgId : typeof fromField === 'string' ? fromField : 'org-any');
  const role = rule.role ?? 'handler';
  return [person(`${role}-1@${org}`, org), person(`${role}-2@${org}`, org)];
}

function person(userId: string, orgId: string): Party {
  return { userId, displayName: userId, orgId, orgName: orgId };
}
