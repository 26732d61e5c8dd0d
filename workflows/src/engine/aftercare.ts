// 好差评 and what a bad rating starts: 整改 (rectification), then 回访 (follow-up).
import { advanceAfter, startAftercare } from './advance';
import { record } from './bookkeeping';
import { EngineError } from './engine-error';
import type { EngineEffect, RequestActionInput, TaskActionInput } from './events';
import type { ProcessState, RatingGrade, TaskState, TimelineEntry } from './state';
import { FOLLOW_UP_STEP_ID, RECTIFICATION_STEP_ID } from './steps';
import { endStep } from './task-lifecycle';

/** 差评: 2 不满意 or 1 非常不满意. */
const BAD_RATING = 2;

/** 好差评: once, by the applicant's organisation, after 办结 and while the window is open. */
export function checkRating(state: ProcessState, input: RequestActionInput, at?: string): EngineError | null {
  if (input.capacity === 'supervisor' || input.actor.orgId !== state.applicant.orgId) {
    return new EngineError('NOT_APPLICANT', `only the applicant's organisation may rate`);
  }
  if (state.status !== 'completed' || state.rating || !state.ratingOpenUntil) {
    return new EngineError('RATING_CLOSED', `request ${state.requestId} cannot be rated now`);
  }
  if (at !== undefined && at >= state.ratingOpenUntil) {
    return new EngineError('RATING_CLOSED', `the rating window of ${state.requestId} has closed`);
  }
  if (typeof input.grade !== 'number' || !Number.isInteger(input.grade) || input.grade < 1 || input.grade > 5) {
    return new EngineError('GRADE_INVALID', 'a rating is a whole number from 1 to 5');
  }
  if (input.grade <= BAD_RATING && !input.comment?.trim()) {
    return new EngineError('RATING_COMMENT_REQUIRED', 'a bad rating needs a comment saying what went wrong');
  }
  return null;
}

/** 好差评: a bad grade opens 整改 (rectification) for the organisation that decided last. */
export function rate(state: ProcessState, input: RequestActionInput & { at: string }, effects: EngineEffect[]): void {
  const grade = input.grade as RatingGrade;
  const comment = input.comment?.trim() || undefined;
  state.rating = { grade, at: input.at, by: input.actor, ...(comment ? { comment } : {}) };
  delete state.ratingOpenUntil;
  record(state, { at: input.at, actor: input.actor, action: 'rate', comment, detail: { grade } });
  if (grade <= BAD_RATING) startAftercare(state, RECTIFICATION_STEP_ID, input.at, effects);
}

/** 整改 is reported, or 回访 finds the applicant satisfied or not; what comes next is advanceAfter. */
export function decideAftercare(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput & { at: string },
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
  effects: EngineEffect[],
): void {
  const satisfied = input.action === 'approve';
  record(state, {
    ...entry,
    action: task.stepId === RECTIFICATION_STEP_ID ? 'rectify' : 'follow_up',
    ...(task.stepId === FOLLOW_UP_STEP_ID ? { detail: { satisfied } } : {}),
  });
  task.decisionSeq = state.timeline.length;
  endStep(state, task.stepId, satisfied ? 'approved' : 'rejected', input.at);
  advanceAfter(state, task.stepId, input.at, effects);
}
