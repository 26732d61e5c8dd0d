import type { ProcessDefinition } from '@tongban/workflows';
import {
  allSteps,
  findStep,
  insertStep,
  newBranch,
  newStep,
  problemsByStep,
  removeStep,
  replaceStep,
  shiftStep,
} from './step-tree';

function definition(): Pick<ProcessDefinition, 'steps'> {
  return {
    steps: [
      { id: 'accept', type: 'approval', name: { zh: '受理' }, assignees: { role: 'handler' } },
      {
        id: 'review',
        type: 'parallel',
        name: { zh: '并联审查' },
        branches: [
          {
            id: 'ndrc',
            name: { zh: '发改' },
            steps: [{ id: 'ndrc-review', type: 'approval', name: { zh: '发改审查' }, assignees: { org: 'org-ndrc' } }],
          },
          { id: 'eco', name: { zh: '环评' }, steps: [] },
        ],
      },
    ],
  };
}

describe('step tree edits', () => {
  it('finds nested steps with their JSON Pointer', () => {
    expect(allSteps(definition()).map((place) => [place.step.id, place.pointer])).toEqual([
      ['accept', '/steps/0'],
      ['review', '/steps/1'],
      ['ndrc-review', '/steps/1/branches/0/steps/0'],
    ]);
  });

  it('inserts into a branch, moves, replaces and removes without touching the old definition', () => {
    const start = definition();
    const step = newStep(start, 'approval');
    expect(step.id).toBe('approval-1');
    let next = insertStep(start, step, { stepId: 'review', branchId: 'eco' }, 0);
    expect(findStep(next, 'approval-1')?.pointer).toBe('/steps/1/branches/1/steps/0');
    expect(findStep(start, 'approval-1')).toBeUndefined();
    next = shiftStep(next, 'review', -1);
    expect(next.steps.map((candidate) => candidate.id)).toEqual(['review', 'accept']);
    next = replaceStep(next, 'accept', {
      id: 'accept',
      type: 'approval',
      name: { zh: '窗口受理' },
      assignees: { role: 'handler' },
      sla: undefined,
    } as never);
    expect(findStep(next, 'accept')?.step.name.zh).toBe('窗口受理');
    expect('sla' in (findStep(next, 'accept')?.step ?? {})).toBe(false);
    next = removeStep(next, 'review');
    expect(allSteps(next).map((place) => place.step.id)).toEqual(['accept']);
  });

  it('names new branches and steps with unused ids', () => {
    const start = definition();
    const review = findStep(start, 'review')!.step;
    expect(newBranch(start, review).id).toBe('review-3');
  });

  it('puts each server problem on the innermost step its pointer is in', () => {
    const grouped = problemsByStep(definition(), [
      { path: '/steps/1/branches/0/steps/0/assignees', message: 'a' },
      { path: '/steps/1/branches/1', message: 'b' },
      { path: '/steps/0/sla/workingDays', message: 'c' },
      { path: '/form', message: 'd' },
    ]);
    expect(Object.fromEntries(grouped)).toEqual({ 'ndrc-review': ['a'], review: ['b'], accept: ['c'], '': ['d'] });
  });
});
