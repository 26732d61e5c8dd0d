import fc from 'fast-check';
import { approvalStep, branchStep, definition, parallelStep, party } from '../../test/factories';
import type { ApprovalMode, StepDefinition } from '../dsl/process-definition';
import type { EngineEffect, EngineEvent } from './events';
import { applyEvent, checkRequestAction, checkTaskAction, flattenSteps, startProcess } from './process-engine';
import { TERMINAL_STATUSES, type Party, type ProcessState } from './state';

// Invariants of the pure engine over random definitions and random sequences
// of legal (and illegal) actions by random people.

const people = ['p1', 'p2', 'p3'].map((id) => party(id));
const applicant = party('applicant', 'org-firm');

let counter = 0;
const stepId = () => `s${++counter}`;

const approvalArb: fc.Arbitrary<StepDefinition> = fc
  .record({ mode: fc.constantFrom<ApprovalMode>('any', 'all', 'sequential'), skip: fc.boolean() })
  .map(({ mode, skip }) =>
    approvalStep(stepId(), { mode, ...(skip ? { when: { '==': [{ var: 'skip' }, true] } } : {}) }),
  );

const stepsArb: fc.Arbitrary<StepDefinition[]> = fc.letrec<{ steps: StepDefinition[]; step: StepDefinition }>(
  (tie) => ({
    step: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      approvalArb,
      fc
        .array(tie('steps'), { minLength: 2, maxLength: 3 })
        .map((lanes) => parallelStep(stepId(), Object.fromEntries(lanes.map((lane, index) => [`lane${index}`, lane])))),
      fc.array(tie('steps'), { minLength: 1, maxLength: 2 }).map((lanes) =>
        branchStep(
          stepId(),
          lanes.map((steps, index) => ({
            id: `b${index}`,
            name: { zh: `b${index}` },
            when: { '==': [{ var: 'lane' }, index] },
            steps,
          })),
        ),
      ),
    ),
    steps: fc.array(tie('step'), { minLength: 1, maxLength: 3 }),
  }),
).steps;

const scenarioArb = fc.record({
  steps: stepsArb,
  data: fc.record({ skip: fc.boolean(), lane: fc.integer({ min: 0, max: 1 }) }),
  assignees: fc.array(fc.subarray(people, { minLength: 1 }), { minLength: 30, maxLength: 30 }),
  choices: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
});

/** Everything anyone could try now: legal or not, the engine decides. */
function candidateEvents(state: ProcessState, at: string): EngineEvent[] {
  const events: EngineEvent[] = [];
  for (const task of state.tasks) {
    for (const actor of [task.assignee, people[0]!]) {
      events.push({ type: 'taskAction', taskId: task.id, actor, action: 'approve', at });
      events.push({ type: 'taskAction', taskId: task.id, actor, action: 'reject', comment: '不同意', at });
      events.push({
        type: 'taskAction',
        taskId: task.id,
        actor,
        action: 'return',
        to: 'applicant',
        comment: '补正',
        at,
      });
      events.push({ type: 'taskAction', taskId: task.id, actor, action: 'take_back', at });
    }
    const others = people.filter((person) => person.userId !== task.assignee.userId);
    const signerMode = (['any', 'all', 'sequential'] as const)[Number(task.id.split('.').at(-1)) % 3]!;
    for (const position of ['before', 'after', 'alongside'] as const) {
      events.push({
        type: 'taskAction',
        taskId: task.id,
        actor: task.assignee,
        action: 'add_signer',
        signers: others,
        position,
        signerMode,
        at,
      });
    }
    for (const target of others) {
      events.push({ type: 'taskAction', taskId: task.id, actor: task.assignee, action: 'remove_signer', target, at });
    }
  }
  events.push({ type: 'requestAction', action: 'resubmit', actor: applicant, data: state.data, at });
  events.push({ type: 'requestAction', action: 'withdraw', actor: applicant, at });
  return events;
}

function isLegal(state: ProcessState, event: EngineEvent): boolean {
  if (event.type === 'taskAction') return checkTaskAction(state, event) === null;
  if (event.type === 'requestAction') return checkRequestAction(state, event) === null;
  return true;
}

it('keeps its invariants whatever happens', () => {
  fc.assert(
    fc.property(scenarioArb, ({ steps, data, assignees, choices }) => {
      let tick = 0;
      const at = () => new Date(Date.UTC(2026, 4, 1) + tick++ * 1000).toISOString();
      let resolution = 0;
      const settle = (transition: { state: ProcessState; effects: EngineEffect[] }) => {
        let { state } = transition;
        const queue = [...transition.effects];
        while (queue.length > 0) {
          const effect = queue.shift()!;
          if (effect.type !== 'resolveAssignees') throw new Error(`unexpected ${effect.type}`);
          const assigned: Party[] = effect.fallback ? [people[2]!] : assignees[resolution++ % assignees.length]!;
          const next = applyEvent(state, {
            type: 'assigneesResolved',
            stepId: effect.stepId,
            assignees: assigned,
            fallback: effect.fallback,
            at: at(),
          });
          state = next.state;
          queue.push(...next.effects);
        }
        return state;
      };

      const def = definition(steps);
      let state = settle(startProcess({ requestId: 'r', definition: def, applicant, data, at: at() }));
      const modes = new Map(
        flattenSteps(def.steps).map(({ step }) => [step.id, step.type === 'approval' ? (step.mode ?? 'any') : null]),
      );

      for (const choice of choices) {
        const legal = candidateEvents(state, at()).filter((event) => isLegal(state, event));
        if (TERMINAL_STATUSES.includes(state.status)) {
          // A closed request accepts nothing, ever.
          expect(legal).toEqual([]);
          break;
        }
        // A returned request can always be resubmitted or withdrawn.
        if (state.status === 'returned') {
          expect(legal.map((event) => event.type === 'requestAction' && event.action).sort()).toEqual([
            'resubmit',
            'withdraw',
          ]);
        }
        // An in-progress request always has something a person can do.
        if (state.status === 'in_progress') expect(legal.length).toBeGreaterThan(0);
        if (legal.length === 0) break;

        const before = state;
        const event = legal[choice % legal.length]!;
        state = settle(applyEvent(state, event));

        // The revision only grows, and the timeline is only appended to.
        expect(state.revision).toBeGreaterThan(before.revision);
        expect(state.timeline.slice(0, before.timeline.length)).toEqual(before.timeline);

        for (const step of state.steps) {
          const allStepTasks = state.tasks.filter((task) => task.stepId === step.id);
          // The step's own assignees; people added by 加签 follow their group's mode.
          const stepTasks = allStepTasks.filter((task) => !task.signerGroupId);
          const mode = modes.get(step.id);
          if (step.status === 'approved' && step.endedRevision === state.revision) {
            const decisive = allStepTasks.filter(
              (task) => task.status === 'approved' && !task.delegatedFrom && task.decidedRevision !== undefined,
            );
            // 会签: every assignee approved; 依次: in order.
            // 或签: the first approval closes the step — or, after an 后加签, removing the last added signer does.
            if (mode === 'any') {
              const closing = decisive.filter((task) => task.decidedRevision === state.revision).length;
              const removedSigner = state.timeline
                .slice(before.timeline.length)
                .some((entry) => entry.action === 'remove_signer');
              expect(closing === 1 || (closing === 0 && removedSigner)).toBe(true);
            }
            // Closing a step cancels what is left, so 会签 must have left nothing to cancel.
            if (mode === 'all') {
              const cancelledByClosing = stepTasks.filter(
                (task) => task.status === 'cancelled' && task.decidedRevision === state.revision,
              );
              expect(cancelledByClosing).toEqual([]);
            }
          }
          if (mode === 'sequential') {
            const live = stepTasks.filter((task) => ['open', 'waiting'].includes(task.status));
            // At most one signer's turn at a time, and never before an earlier one.
            expect(live.filter((task) => task.status === 'open').length).toBeLessThanOrEqual(1);
            const firstWaiting = live.findIndex((task) => task.status === 'waiting');
            const open = live.findIndex((task) => task.status === 'open');
            if (open !== -1 && firstWaiting !== -1) expect(open).toBeLessThan(firstWaiting);
          }
          // Only a running step has tasks in anyone's inbox.
          if (allStepTasks.some((task) => task.status === 'open')) expect(step.status).toBe('active');
          // Nobody holds two live tasks on one step.
          const holders = allStepTasks
            .filter((task) => ['open', 'waiting', 'delegated'].includes(task.status))
            .map((task) => task.assignee.userId);
          expect(new Set(holders).size).toBe(holders.length);
        }
        // Exactly one terminal state, with the time it was reached.
        if (TERMINAL_STATUSES.includes(state.status)) expect(state.completedAt).toBeDefined();
      }
    }),
    { numRuns: 300 },
  );
});
