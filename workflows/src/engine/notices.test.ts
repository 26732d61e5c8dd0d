import { approvalStep, definition, party } from '../../test/factories';
import type { EngineEvent, Transition } from './events';
import { stateNotices, type Notice } from './notices';
import { applyEvent, startProcess } from './process-engine';
import type { ProcessState } from './state';

// The engine decides who is told what: each transition carries the notices
// that are new with it, worded and keyed as the whole-state notices older
// runs are notified from, so either path writes each notification once.

const applicant = party('applicant', 'org-firm');
const alice = party('alice', 'org-centre');
const bob = party('bob', 'org-centre');
const lawyer = party('lawyer', 'org-centre');
const at = '2026-03-02T01:00:00.000Z';

const process = definition([
  approvalStep('review', { name: { zh: '审查', en: 'Review' }, sla: { workingDays: 2 } }),
  approvalStep('sign', { name: { zh: '签发' } }),
]);

function resolved(state: ProcessState, stepId: string, assignees = [alice]): Transition {
  return applyEvent(state, { type: 'assigneesResolved', stepId, assignees, fallback: false, at });
}

const brief = (notices: Notice[]) => notices.map((notice) => `${notice.kind}>${notice.userId}:${notice.title.zh}`);

describe('transition notices', () => {
  it('tells the assignee of a new task once, in the words the inbox shows', () => {
    const started = startProcess({ requestId: 'r1', definition: process, applicant, data: {}, at });
    expect(started.notices).toEqual([]);
    const assigned = resolved(started.state, 'review', [alice, bob]);
    expect(assigned.notices).toEqual([
      {
        id: `task:${assigned.state.tasks[0]!.id}:${assigned.state.tasks[0]!.createdRevision ?? 0}`,
        userId: 'alice',
        kind: 'assignment',
        stepId: 'review',
        title: { zh: '新待办：测试流程「审查」', en: 'New task: 测试流程 (Review)' },
      },
      expect.objectContaining({ userId: 'bob', kind: 'assignment' }),
    ]);
    // A comment changes no task and tells nobody.
    const commented = applyEvent(assigned.state, {
      type: 'taskAction',
      taskId: assigned.state.tasks[0]!.id,
      action: 'comment',
      actor: alice,
      comment: '看过了',
      at,
    });
    expect(commented.notices).toEqual([]);
  });

  it('tells the holders of a step about its reminder and the applicant about a return', () => {
    const { state } = resolved(
      startProcess({ requestId: 'r2', definition: process, applicant, data: {}, at }).state,
      'review',
    );
    const reminded = applyEvent(state, { type: 'tick', at: '2026-03-03T16:00:00.000Z' });
    expect(brief(reminded.notices)).toEqual(['remind>alice:即将到期：测试流程「审查」']);
    const returned = applyEvent(reminded.state, {
      type: 'taskAction',
      taskId: state.tasks[0]!.id,
      action: 'return',
      to: 'applicant',
      comment: '补正',
      actor: alice,
      at: '2026-03-04T01:00:00.000Z',
    });
    expect(brief(returned.notices)).toEqual(['return>applicant:办件被退回，请补正：测试流程']);
  });

  it('tells a task that opens again (after a 前加签), under a new id', () => {
    const { state } = resolved(
      startProcess({ requestId: 'r3', definition: process, applicant, data: {}, at }).state,
      'review',
    );
    const own = state.tasks[0]!;
    const withSigner = applyEvent(state, {
      type: 'taskAction',
      taskId: own.id,
      action: 'add_signer',
      actor: alice,
      signers: [lawyer],
      position: 'before',
      at,
    });
    expect(brief(withSigner.notices)).toEqual(['assignment>lawyer:新待办：测试流程「审查」']);
    const signed = applyEvent(withSigner.state, {
      type: 'taskAction',
      taskId: withSigner.state.tasks.at(-1)!.id,
      action: 'approve',
      actor: lawyer,
      at,
    });
    expect(brief(signed.notices)).toEqual(['assignment>alice:新待办：测试流程「审查」']);
    expect(signed.notices[0]!.id).not.toBe(`task:${own.id}:${own.createdRevision ?? 0}`);
  });

  it('adds up, over a request, to the notices its whole states imply', () => {
    // Every notice the older whole-state path would write, the transitions write, and no other.
    let state = startProcess({ requestId: 'r4', definition: process, applicant, data: {}, at }).state;
    const fromTransitions = new Set<string>();
    const fromStates = new Set<string>();
    const step = (transition: Transition) => {
      transition.notices.forEach((notice) => fromTransitions.add(notice.id));
      state = transition.state;
      stateNotices(state, 20).forEach((notice) => fromStates.add(notice.id));
    };
    const events: ((current: ProcessState) => EngineEvent)[] = [
      () => ({ type: 'assigneesResolved', stepId: 'review', assignees: [alice, bob], fallback: false, at }),
      () => ({ type: 'requestAction', action: 'urge', actor: applicant, at }),
      () => ({ type: 'tick', at: '2026-03-03T16:00:00.000Z' }),
      (current) => ({ type: 'taskAction', taskId: current.tasks[0]!.id, action: 'approve', actor: alice, at }),
      () => ({ type: 'assigneesResolved', stepId: 'sign', assignees: [bob], fallback: false, at }),
      (current) => ({ type: 'taskAction', taskId: current.tasks.at(-1)!.id, action: 'approve', actor: bob, at }),
    ];
    for (const event of events) step(applyEvent(state, event(state)));
    expect(state.status).toBe('completed');
    expect([...fromTransitions].sort()).toEqual([...fromStates].sort());
  });
});
