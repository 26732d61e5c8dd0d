// 延期: a handler asks a leader of their organisation for more working days on the step's deadline.
import { createWorkingCalendar } from '../calendar/working-calendar';
import { record } from './bookkeeping';
import { shiftDeadline } from './deadlines';
import { EngineError } from './engine-error';
import { MAX_EXTENSION_WORKING_DAYS } from './actions';
import type { EngineEffect, TaskActionInput } from './events';
import type { ProcessState, TaskState, TimelineEntry } from './state';
import { stepState } from './steps';
import { cancelTask, close, resolveEffect } from './task-lifecycle';

/** 延期: 1–30 working days, on a step with a deadline, one request at a time. */
export function checkExtension(state: ProcessState, task: TaskState, input: TaskActionInput): EngineError | null {
  const days = input.workingDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_WORKING_DAYS) {
    return new EngineError('EXTENSION_DAYS_INVALID', `an extension is 1–${MAX_EXTENSION_WORKING_DAYS} working days`);
  }
  if (!stepState(state, task.stepId).clock) {
    return new EngineError('NO_DEADLINE', `step ${task.stepId} has no deadline to extend`);
  }
  if ((state.extensions ?? []).some((request) => request.stepId === task.stepId && request.status === 'pending')) {
    return new EngineError('EXTENSION_PENDING', `step ${task.stepId} already has an extension waiting for a leader`);
  }
  return null;
}

/** 延期 is asked for: leaders of the handler's organisation are resolved to decide it. */
export function requestExtension(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const extension = {
    id: `ext-${(state.extensions ?? []).length + 1}`,
    stepId: task.stepId,
    requestedBy: entry.actor!,
    workingDays: input.workingDays!,
    reason: entry.comment!,
    status: 'pending' as const,
    requestedAt: input.at,
  };
  state.extensions = [...(state.extensions ?? []), extension];
  record(state, { ...entry, action: 'request_extension', detail: { workingDays: extension.workingDays } });
  effects.push({
    ...resolveEffect(state, task.stepId, { org: task.assignee.orgId, role: 'leader' }, false),
    extensionId: extension.id,
  });
}

/** A leader approves (the step's deadlines move by the working days asked for) or rejects a 延期. */
export function decideExtension(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
): void {
  const extension = state.extensions!.find((candidate) => candidate.id === task.extensionId)!;
  close(state, task, input.action === 'approve' ? 'approved' : 'rejected', input.at, entry.comment);
  for (const other of state.tasks) {
    if (other.extensionId === extension.id && other.status === 'open') cancelTask(state, other, input.at);
  }
  extension.decidedAt = input.at;
  if (input.action === 'reject') {
    extension.status = 'rejected';
    record(state, { ...entry, action: 'extension_rejected', detail: { extensionId: extension.id } });
    return;
  }
  extension.status = 'approved';
  const clock = stepState(state, extension.stepId).clock!;
  const calendar = createWorkingCalendar(state.calendarOverrides ?? []);
  const shift = (instant: string) => shiftDeadline(calendar, instant, extension.workingDays);
  const previousDueAt = clock.dueAt;
  clock.dueAt = shift(clock.dueAt);
  clock.redAt = shift(clock.redAt);
  if (clock.remindAt) clock.remindAt = shift(clock.remindAt);
  clock.level = clock.remindAt && input.at >= clock.remindAt ? 'reminded' : 'on_time';
  if (input.at >= clock.dueAt) clock.level = 'yellow';
  record(state, {
    ...entry,
    action: 'extension_approved',
    detail: { extensionId: extension.id, workingDays: extension.workingDays, previousDueAt, dueAt: clock.dueAt },
  });
}
