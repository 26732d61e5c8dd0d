import type { ProcessDefinition, StepBranch, StepDefinition } from '@tongban/workflows';

/**
 * Pure edits of a process definition's step tree for the process designer.
 * Steps are addressed by id (unique across the definition, nested steps
 * included); a place in the tree is a lane: the top level (null) or a branch
 * of a parallel / branch step.
 */

export type StepType = StepDefinition['type'];
export type Lane = { stepId: string; branchId: string } | null;

export interface StepPlace {
  step: StepDefinition;
  lane: Lane;
  index: number;
  /** JSON Pointer of the step in the definition, e.g. `/steps/1/branches/0/steps/2`. */
  pointer: string;
  /** Names of the enclosing steps and branches, outermost first, for breadcrumbs. */
  depth: number;
}

function hasBranches(step: StepDefinition): step is Extract<StepDefinition, { branches: unknown }> {
  return step.type === 'parallel' || step.type === 'branch';
}

/** Every step with its place, depth first in display order. */
export function allSteps(definition: Pick<ProcessDefinition, 'steps'>): StepPlace[] {
  const found: StepPlace[] = [];
  const walk = (steps: readonly StepDefinition[], lane: Lane, pointer: string, depth: number) => {
    steps.forEach((step, index) => {
      const at = `${pointer}/steps/${index}`;
      found.push({ step, lane, index, pointer: at, depth });
      if (hasBranches(step))
        step.branches.forEach((branch, b) =>
          walk(branch.steps, { stepId: step.id, branchId: branch.id }, `${at}/branches/${b}`, depth + 1),
        );
    });
  };
  walk(definition.steps, null, '', 0);
  return found;
}

export function findStep(definition: Pick<ProcessDefinition, 'steps'>, id: string): StepPlace | undefined {
  return allSteps(definition).find((place) => place.step.id === id);
}

/** The steps of a lane, rewritten by `edit`; everything else is shared with the old definition. */
function mapLane<D extends Pick<ProcessDefinition, 'steps'>>(
  definition: D,
  lane: Lane,
  edit: (steps: StepDefinition[]) => StepDefinition[],
): D {
  const rewrite = (steps: readonly StepDefinition[], current: Lane): StepDefinition[] => {
    const own = sameLane(current, lane) ? edit([...steps]) : [...steps];
    return own.map((step) =>
      hasBranches(step)
        ? ({
            ...step,
            branches: step.branches.map((branch) => ({
              ...branch,
              steps: rewrite(branch.steps, { stepId: step.id, branchId: branch.id }),
            })),
          } as StepDefinition)
        : step,
    );
  };
  return { ...definition, steps: rewrite(definition.steps, null) };
}

function sameLane(a: Lane, b: Lane): boolean {
  return a === null || b === null ? a === b : a.stepId === b.stepId && a.branchId === b.branchId;
}

/** An id not used by any step: `approval-1`, `approval-2`, … */
export function unusedStepId(definition: Pick<ProcessDefinition, 'steps'>, prefix: string): string {
  const used = new Set(allSteps(definition).map((place) => place.step.id));
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A new step of `type` with the fields it needs, named in Chinese like the seed processes. */
export function newStep(definition: Pick<ProcessDefinition, 'steps'>, type: StepType): StepDefinition {
  const id = unusedStepId(definition, type);
  const assignees = { applicantOrg: true };
  switch (type) {
    case 'approval':
      return { id, type, name: { zh: '审批' }, assignees: { role: 'handler' }, mode: 'any' };
    case 'fill':
      return { id, type, name: { zh: '填报' }, assignees: { role: 'handler' }, form: { key: '', version: 1 } };
    case 'cc':
      return { id, type, name: { zh: '抄送' }, assignees };
    case 'notify':
      return { id, type, name: { zh: '通知' }, assignees, message: { zh: '您的办件有新进展' } };
    case 'wait':
      return { id, type, name: { zh: '等待' }, workingDays: 5 };
    case 'webhook':
      return { id, type, name: { zh: '调用外部系统' }, url: 'https://example.com/hook' };
    case 'parallel':
      return {
        id,
        type,
        name: { zh: '并联审批' },
        branches: [
          { id: `${id}-a`, name: { zh: '分支一' }, steps: [] },
          { id: `${id}-b`, name: { zh: '分支二' }, steps: [] },
        ],
      };
    case 'branch':
      return { id, type, name: { zh: '条件分支' }, branches: [{ id: `${id}-a`, name: { zh: '分支一' }, steps: [] }] };
  }
}

export function insertStep<D extends Pick<ProcessDefinition, 'steps'>>(
  definition: D,
  step: StepDefinition,
  lane: Lane,
  index: number,
): D {
  return mapLane(definition, lane, (steps) => {
    steps.splice(Math.max(0, Math.min(index, steps.length)), 0, step);
    return steps;
  });
}

export function removeStep<D extends Pick<ProcessDefinition, 'steps'>>(definition: D, id: string): D {
  const place = findStep(definition, id);
  if (!place) return definition;
  return mapLane(definition, place.lane, (steps) => steps.filter((step) => step.id !== id));
}

/** Moves a step up or down within its lane. */
export function shiftStep<D extends Pick<ProcessDefinition, 'steps'>>(definition: D, id: string, delta: -1 | 1): D {
  const place = findStep(definition, id);
  if (!place) return definition;
  return mapLane(definition, place.lane, (steps) => {
    const to = place.index + delta;
    if (to < 0 || to >= steps.length) return steps;
    const [moved] = steps.splice(place.index, 1);
    if (moved) steps.splice(to, 0, moved);
    return steps;
  });
}

/** Replaces a step (found by `id`) with `step`; `undefined` fields are removed. */
export function replaceStep<D extends Pick<ProcessDefinition, 'steps'>>(
  definition: D,
  id: string,
  step: StepDefinition,
): D {
  const place = findStep(definition, id);
  if (!place) return definition;
  const clean = JSON.parse(JSON.stringify(step)) as StepDefinition;
  return mapLane(definition, place.lane, (steps) =>
    steps.map((candidate) => (candidate.id === id ? clean : candidate)),
  );
}

/** A new branch for a parallel or branch step. */
export function newBranch(definition: Pick<ProcessDefinition, 'steps'>, step: StepDefinition): StepBranch {
  const used = new Set(hasBranches(step) ? step.branches.map((branch) => branch.id) : []);
  let n = (hasBranches(step) ? step.branches.length : 0) + 1;
  while (used.has(`${step.id}-${n}`) || findStep(definition, `${step.id}-${n}`)) n++;
  return { id: `${step.id}-${n}`, name: { zh: `分支${n}` }, steps: [] };
}

/**
 * The server's problems (JSON Pointers into the definition) grouped by the
 * innermost step each points into; problems outside any step go under ''.
 */
export function problemsByStep(
  definition: Pick<ProcessDefinition, 'steps'>,
  problems: readonly { path: string; message: string }[],
): Map<string, string[]> {
  const places = allSteps(definition).sort((a, b) => b.pointer.length - a.pointer.length);
  const grouped = new Map<string, string[]>();
  for (const problem of problems) {
    const owner = places.find(
      (place) => problem.path === place.pointer || problem.path.startsWith(`${place.pointer}/`),
    );
    const key = owner?.step.id ?? '';
    grouped.set(key, [...(grouped.get(key) ?? []), problem.message]);
  }
  return grouped;
}
