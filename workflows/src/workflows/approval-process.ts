import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineUpdate,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CalendarOverride } from '../calendar/calendar-data';
import type { ProcessDefinition } from '../dsl/process-definition';
import { EngineError } from '../engine/engine-error';
import type { z } from 'zod';
import {
  requestActionSchema,
  taskActionSchema,
  type RequestActionInput,
  type TaskActionInput,
} from '../engine/actions';
import type { EngineEvent } from '../engine/events';
import { checkRequestAction, checkTaskAction, processFinished, startProcess } from '../engine/process-engine';
import { TERMINAL_STATUSES, type Party, type ProcessState } from '../engine/state';
import { now, RequestRun, type RunResume } from './request-run';

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
  resume?: RunResume;
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

/** One request of any process: feeds events to the pure engine and performs what it asks for. */
export async function approvalProcess(input: ApprovalProcessInput): Promise<ProcessState> {
  const run = new RequestRun(input.resume ?? startProcess({ ...input, at: now() }), {
    indexSearchAttributes: input.indexSearchAttributes !== false,
  });

  /** Every Update's body: apply its action (the submission has none), then answer once its consequences are written. */
  const settle = async (event?: EngineEvent): Promise<ProcessState> => {
    if (event) applyOrFail(() => run.apply(event));
    await condition(run.settled);
    return run.state;
  };
  setHandler(stateQuery, () => run.state);
  setHandler(submittedUpdate, () => settle());
  setHandler(actUpdate, (action) => settle({ type: 'taskAction', at: now(), ...action }), {
    validator: (action) => {
      assertShape(taskActionSchema, action, 'task action');
      refuseWith(checkTaskAction(run.state, action, run.rules));
    },
  });
  setHandler(requestActUpdate, (action) => settle({ type: 'requestAction', at: now(), ...action }), {
    validator: (action) => {
      assertShape(requestActionSchema, action, 'request action');
      refuseWith(checkRequestAction(run.state, action, now(), run.rules));
    },
  });

  // Since ratings (好差评) a request stays open after 办结 for its rating and any
  // rectification; runs that began before that ended at 办结 and must replay so.
  const keepsOpenForRating = patched('rating-aftercare');
  const finished = () => (keepsOpenForRating ? processFinished(run.state) : isClosed(run.state));
  // Runs that began before one write per step wrote each state in two activities before resolving anyone.
  run.oneWritePerStep = patched('one-write-per-step');
  // Runs begun before 催办 was counted per working day applied a second urge on the weekend after a
  // Friday's; they keep counting China days, or replaying that urge would refuse it.
  if (!patched('urge-per-working-day')) run.rules = { urgeWindow: 'china_day' };
  // Runs begun before hand-overs were kept within the organisations the step allows handed tasks anywhere;
  // replaying such a 转交 or 加签 must not refuse it.
  if (!patched('hand-over-scope')) run.rules = { ...run.rules, handOverScope: 'anyone' };

  for (;;) {
    if (run.settled() && !finished() && historyIsLong(input.historyEventLimit ?? 10_000)) {
      // Let in-flight Updates return first: their callers wait on this run.
      await condition(allHandlersFinished);
      if (run.settled()) {
        return await continueAsNew<typeof approvalProcess>({ ...input, data: run.state.data, resume: run.resume() });
      }
    }
    switch (await run.wake(finished)) {
      case 'clock':
        run.apply({ type: 'tick', at: now() });
        break;
      case 'work':
        await run.next();
        break;
      case 'finished':
        // Closed and fully written: let in-flight Update handlers return before completing.
        await condition(allHandlersFinished);
        if (run.isWritten()) return run.state;
    }
  }
}

function historyIsLong(limit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= limit;
}

function isClosed(state: ProcessState): boolean {
  return TERMINAL_STATUSES.includes(state.status);
}

function applyOrFail<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    throw error instanceof EngineError ? toFailure(error) : error;
  }
}

function refuseWith(refusal: EngineError | null): void {
  if (refusal) throw toFailure(refusal);
}

/** An ApplicationFailure fails only the Update, never the workflow; its type carries the stable code. */
function toFailure(error: EngineError): ApplicationFailure {
  return ApplicationFailure.create({ type: error.code, message: error.message, nonRetryable: true });
}

/** An Update whose body is not an action (only a caller other than the API could send one) is refused whole. */
function assertShape(schema: z.ZodType, action: unknown, what: string): void {
  const parsed = schema.safeParse(action);
  if (parsed.success) return;
  const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(body)').join(', ');
  throw ApplicationFailure.create({ type: 'BAD_ACTION', message: `malformed ${what} (${where})`, nonRetryable: true });
}
