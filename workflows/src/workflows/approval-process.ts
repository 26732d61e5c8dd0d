import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProcessActivities } from '../activities';
import type { CalendarOverride } from '../calendar/calendar-data';
import type { ProcessDefinition } from '../dsl/process-definition';
import { EngineError } from '../engine/engine-error';
import {
  REQUEST_ACTIONS,
  TASK_ACTIONS,
  type EngineEffect,
  type RequestActionInput,
  type TaskActionInput,
} from '../engine/events';
import {
  applyEvent,
  checkRequestAction,
  checkTaskAction,
  nextClockAt,
  processFinished,
  startProcess,
} from '../engine/process-engine';
import { TERMINAL_STATUSES, type ClockLevel, type Party, type ProcessState } from '../engine/state';
import { HANDLING_ORGS, OVERDUE_LEVEL, REQUEST_STATUS } from './search-attributes';

export interface ApprovalProcessInput {
  requestId: string;
  /** The whole definition, so the request keeps the version it started with. */
  definition: ProcessDefinition;
  applicant: Party;
  data: Record<string, unknown>;
  /** Administrators' changes to the official holiday calendar, pinned at submission. */
  calendarOverrides?: CalendarOverride[];
  /**
   * Keep Tongban's search attributes up to date (default true). Off only where
   * they cannot be registered, such as Temporal's time-skipping test server.
   */
  indexSearchAttributes?: boolean;
  /**
   * Continue as a new run once the history has this many events (default
   * 10,000, well under Temporal's 51,200) or when Temporal suggests it.
   */
  historyEventLimit?: number;
  /** Set by continue-as-new: the state to carry on with instead of starting over. */
  resume?: { state: ProcessState; auditedSeq: number };
}

/**
 * Resolves once the new request has settled (first step's tasks created) and
 * its projection is written, so the API answers 201 with the inbox already showing it.
 */
export const submittedUpdate = defineUpdate<ProcessState>('submitted');
/** A handler's decision; refused by the validator unless legal now; resolves once its consequences are projected. */
export const actUpdate = defineUpdate<ProcessState, [TaskActionInput]>('act');
/** The applicant's organisation acts on its own request: withdraw (撤回) or resubmit after a return. */
export const requestActUpdate = defineUpdate<ProcessState, [RequestActionInput]>('requestAct');
export const stateQuery = defineQuery<ProcessState>('state');

const activities = proxyActivities<ProcessActivities>({
  startToCloseTimeout: '30 seconds',
  // Unlimited attempts: when the database is down, side effects wait for it instead of failing the request.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** One request of any process: feeds events to the pure engine and performs what it asks for. */
export async function approvalProcess(input: ApprovalProcessInput): Promise<ProcessState> {
  const started = input.resume ? { state: input.resume.state, effects: [] } : startProcess({ ...input, at: now() });
  let state = started.state;
  const pendingEffects: EngineEffect[] = [...started.effects];
  // A resumed run starts from a state its previous run had fully written.
  let projectedRevision = input.resume ? state.revision : 0;
  let auditedSeq = input.resume?.auditedSeq ?? 0;
  let indexedHandlingOrgs = '';

  // Nothing left to do and everything written: what a reader sees now is the whole effect of an action.
  const settled = () => pendingEffects.length === 0 && projectedRevision === state.revision;

  setHandler(stateQuery, () => state);
  setHandler(submittedUpdate, async () => {
    await condition(settled);
    return state;
  });
  setHandler(
    actUpdate,
    async (action) => {
      const transition = applyOrFail(() => applyEvent(state, { type: 'taskAction', at: now(), ...action }));
      state = transition.state;
      pendingEffects.push(...transition.effects);
      await condition(settled);
      return state;
    },
    {
      validator: (action) => {
        assertActionShape(action);
        const refusal = checkTaskAction(state, action);
        if (refusal) throw toFailure(refusal);
      },
    },
  );

  setHandler(
    requestActUpdate,
    async (action) => {
      const transition = applyOrFail(() => applyEvent(state, { type: 'requestAction', at: now(), ...action }));
      state = transition.state;
      pendingEffects.push(...transition.effects);
      await condition(settled);
      return state;
    },
    {
      validator: (action) => {
        assertRequestActionShape(action);
        const refusal = checkRequestAction(state, action, now());
        if (refusal) throw toFailure(refusal);
      },
    },
  );

  async function persist(): Promise<void> {
    const snapshot = state;
    const entries = snapshot.timeline.filter((entry) => entry.seq > auditedSeq);
    if (entries.length > 0) {
      await activities.appendAudit({ requestId: snapshot.requestId, processKey: snapshot.definition.key, entries });
      auditedSeq = entries[entries.length - 1]!.seq;
    }
    await activities.writeProjection(snapshot);
    projectedRevision = snapshot.revision;
    indexSearchAttributes(snapshot);
  }

  function indexSearchAttributes(snapshot: ProcessState): void {
    if (input.indexSearchAttributes === false) return;
    const handlingOrgs = [
      ...new Set(snapshot.tasks.filter((task) => task.status === 'open').map((task) => task.assignee.orgId)),
    ].sort();
    const overdue = overdueLevel(snapshot);
    const signature = `${snapshot.status}|${handlingOrgs.join(',')}|${overdue}`;
    if (signature === indexedHandlingOrgs) return;
    indexedHandlingOrgs = signature;
    upsertSearchAttributes([
      { key: REQUEST_STATUS, value: snapshot.status },
      { key: HANDLING_ORGS, value: handlingOrgs },
      { key: OVERDUE_LEVEL, value: overdue },
    ]);
  }

  async function perform(effect: EngineEffect): Promise<void> {
    switch (effect.type) {
      case 'resolveAssignees': {
        const assignees = await activities.resolveAssignees({
          rule: effect.rule,
          applicant: effect.applicant,
          data: effect.data,
        });
        const transition = applyEvent(state, {
          type: 'assigneesResolved',
          stepId: effect.stepId,
          assignees,
          fallback: effect.fallback,
          ...(effect.escalation ? { escalation: true } : {}),
          ...(effect.extensionId ? { extensionId: effect.extensionId } : {}),
          at: now(),
        });
        state = transition.state;
        pendingEffects.push(...transition.effects);
        break;
      }
      case 'notify': {
        const { type: _type, ...notification } = effect;
        await activities.notify(notification);
        break;
      }
      case 'callWebhook': {
        const call = proxyActivities<ProcessActivities>({
          startToCloseTimeout: `${effect.timeoutSeconds + 5} seconds`,
          retry: {
            initialInterval: '2 seconds',
            maximumInterval: '1 minute',
            backoffCoefficient: 2,
            maximumAttempts: effect.maxAttempts,
          },
        }).callWebhook;
        let result: { ok: boolean; response?: Record<string, unknown>; error?: string };
        try {
          const { url, method, idempotencyKey, body, timeoutSeconds } = effect;
          result = { ok: true, response: await call({ url, method, idempotencyKey, body, timeoutSeconds }) };
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
          result = { ok: false, error: cause instanceof Error ? cause.message : String(cause) };
        }
        const transition = applyEvent(state, { type: 'webhookResult', stepId: effect.stepId, ...result, at: now() });
        state = transition.state;
        pendingEffects.push(...transition.effects);
        break;
      }
    }
  }

  // Since ratings (好差评) a request stays open after 办结 for its rating and any
  // rectification; runs that began before that ended at 办结 and must replay so.
  const keepsOpenForRating = patched('rating-aftercare');
  const finished = () => (keepsOpenForRating ? processFinished(state) : isClosed(state));

  for (;;) {
    if (settled() && !finished() && historyIsLong(input.historyEventLimit ?? 10_000)) {
      // Let in-flight Updates return first: their callers wait on this run.
      await condition(allHandlersFinished);
      if (settled()) {
        return await continueAsNew<typeof approvalProcess>({
          ...input,
          data: state.data,
          resume: { state, auditedSeq },
        });
      }
    }
    // Sleep until there is work, or until the next statutory clock (reminder, 黄牌, 红牌) is due.
    const clockAt = nextClockAt(state);
    const work = () => state.revision > projectedRevision || pendingEffects.length > 0 || finished();
    const woken = clockAt
      ? await condition(work, Math.max(1, Date.parse(clockAt) - Date.now()))
      : await condition(work).then(() => true);
    if (!woken) {
      const transition = applyEvent(state, { type: 'tick', at: now() });
      state = transition.state;
      pendingEffects.push(...transition.effects);
      continue;
    }
    if (state.revision > projectedRevision) {
      await persist();
    } else if (pendingEffects.length > 0) {
      // Dequeued only once done, so `settled` stays false while its activity runs.
      await perform(pendingEffects[0]!);
      pendingEffects.shift();
    } else {
      // Closed and fully persisted: let in-flight Update handlers return before completing.
      await condition(allHandlersFinished);
      if (state.revision === projectedRevision) return state;
    }
  }
}

const CLOCK_LEVELS: readonly ClockLevel[] = ['on_time', 'reminded', 'yellow', 'red'];

/** The worst clock among the running steps, so operators can list 红牌 requests in Temporal. */
function overdueLevel(state: ProcessState): ClockLevel {
  return state.steps.reduce<ClockLevel>((worst, step) => {
    const level = step.status === 'active' ? step.clock?.level : undefined;
    return level && CLOCK_LEVELS.indexOf(level) > CLOCK_LEVELS.indexOf(worst) ? level : worst;
  }, 'on_time');
}

function historyIsLong(limit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= limit;
}

function isClosed(state: ProcessState): boolean {
  return TERMINAL_STATUSES.includes(state.status);
}

function now(): string {
  // Workflow time: deterministic on replay.
  return new Date().toISOString();
}

function applyOrFail<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    throw error instanceof EngineError ? toFailure(error) : error;
  }
}

/** An ApplicationFailure fails only the Update, never the workflow; its type carries the stable code. */
function toFailure(error: EngineError): ApplicationFailure {
  return ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
}

function assertActionShape(action: TaskActionInput): void {
  const valid =
    typeof action === 'object' &&
    action !== null &&
    typeof action.taskId === 'string' &&
    TASK_ACTIONS.includes(action.action) &&
    typeof action.actor?.userId === 'string' &&
    (action.comment === undefined || typeof action.comment === 'string') &&
    (action.to === undefined || typeof action.to === 'string') &&
    (action.target === undefined || typeof action.target?.userId === 'string') &&
    (action.data === undefined || (typeof action.data === 'object' && action.data !== null)) &&
    (action.signers === undefined ||
      (Array.isArray(action.signers) && action.signers.every((signer) => typeof signer?.userId === 'string'))) &&
    (action.workingDays === undefined || typeof action.workingDays === 'number');
  if (!valid) throw ApplicationFailure.create({ type: 'BAD_ACTION', message: 'malformed action', nonRetryable: true });
}

function assertRequestActionShape(action: RequestActionInput): void {
  const valid =
    typeof action === 'object' &&
    action !== null &&
    REQUEST_ACTIONS.includes(action.action) &&
    typeof action.actor?.orgId === 'string' &&
    (action.comment === undefined || typeof action.comment === 'string') &&
    (action.data === undefined || (typeof action.data === 'object' && action.data !== null)) &&
    (action.grade === undefined || typeof action.grade === 'number') &&
    (action.capacity === undefined || action.capacity === 'applicant' || action.capacity === 'supervisor');
  if (!valid)
    throw ApplicationFailure.create({ type: 'BAD_ACTION', message: 'malformed request action', nonRetryable: true });
}
