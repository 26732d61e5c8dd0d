// 转交 and 委派: a handler hands a task on for good, or lends it for an opinion.
import { nextRevision, record } from './bookkeeping';
import { EngineError } from './engine-error';
import type { EngineRules, TaskActionInput } from './events';
import type { Party, ProcessState, TaskState, TimelineEntry } from './state';
import { taskStepDefinition } from './steps';
import { addTask, close, holdsStep } from './task-lifecycle';

/** 转交 and 委派 go to someone else who does not hold the step already, within the step's scope. */
export function checkHandOver(
  state: ProcessState,
  task: TaskState,
  input: TaskActionInput,
  rules: EngineRules,
): EngineError | null {
  const target = input.target;
  if (!target?.userId || target.userId === input.actor.userId || holdsStep(state, task.stepId, target.userId)) {
    return new EngineError('TARGET_INVALID', `cannot ${input.action} task ${task.id} to ${String(target?.userId)}`);
  }
  return checkHandOverScope(state, task, [target], rules);
}

/**
 * The organisations whose staff a task of this step may go to (转交, 委派,
 * 加签): the one its assignee rule names (fixed, or named in the form), those
 * of the people the step was given to, and those an administrator added to
 * the step (`handOverOrgs`); never the applicant's own. Who the person is (an
 * active handler of a department or bank) the API checks against the directory;
 * where they work is this one rule, which the Update validator applies.
 */
export function handOverOrgIds(state: ProcessState, stepId: string): Set<string> {
  const step = taskStepDefinition(state, stepId);
  const orgIds = new Set<string>();
  if (step.type === 'approval' || step.type === 'fill') {
    const { assignees: rule } = step;
    if (rule.org) orgIds.add(rule.org);
    const named = rule.orgFromField ? state.data[rule.orgFromField] : undefined;
    if (typeof named === 'string') orgIds.add(named);
    for (const orgId of step.handOverOrgs ?? []) orgIds.add(orgId);
  }
  for (const given of state.tasks) {
    const handedOn = given.transferredFrom || given.delegatedFrom || given.signerGroupId || given.extensionId;
    if (given.stepId === stepId && !handedOn) orgIds.add(given.assignee.orgId);
  }
  orgIds.delete(state.applicant.orgId);
  return orgIds;
}

/** Everyone a task is handed to or shared with works where the step allows (runs recorded before the rule: anywhere). */
export function checkHandOverScope(
  state: ProcessState,
  task: TaskState,
  people: readonly Party[],
  rules: EngineRules,
): EngineError | null {
  if (rules.handOverScope === 'anyone') return null;
  const allowed = handOverOrgIds(state, task.stepId);
  const outside = people.filter((person) => !allowed.has(person.orgId));
  if (outside.length === 0) return null;
  return new EngineError(
    'HAND_OVER_OUT_OF_SCOPE',
    `step ${task.stepId} may not go to ${outside.map((person) => `${person.userId}@${person.orgId}`).join(', ')}`,
  );
}

/** 转交 moves the task to the target for good; 委派 lends it to the target, whose opinion brings it back. */
export function handOver(
  state: ProcessState,
  task: TaskState,
  action: 'transfer' | 'delegate',
  target: Party,
  entry: Omit<TimelineEntry, 'seq' | 'action'>,
): void {
  close(state, task, action === 'transfer' ? 'transferred' : 'delegated', entry.at, entry.comment);
  addTask(state, task.stepId, target, 'open', entry.at, {
    ...(action === 'transfer' ? { transferredFrom: task.id } : { delegatedFrom: task.id }),
    ...(task.signerGroupId && action === 'transfer' ? { signerGroupId: task.signerGroupId } : {}),
  });
  record(state, { ...entry, action, target });
}

/** A delegate's opinion is on record; the task goes back to its owner, who decides. */
export function handBack(state: ProcessState, task: TaskState, entry: Omit<TimelineEntry, 'seq' | 'action'>): void {
  close(state, task, 'approved', entry.at, entry.comment);
  record(state, { ...entry, action: 'delegate_done' });
  const owner = state.tasks.find((candidate) => candidate.id === task.delegatedFrom)!;
  owner.status = 'open';
  owner.openedRevision = nextRevision(state);
}
