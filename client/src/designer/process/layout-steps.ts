import type { StepDefinition } from '@tongban/workflows';

/** A box of the process picture: a step, the start, the end, or where parallel branches join. */
export interface PictureNode {
  id: string;
  kind: 'start' | 'end' | 'step' | 'join';
  /** The step it draws (for `step` and `join`). */
  step?: StepDefinition;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PictureEdge {
  id: string;
  source: string;
  target: string;
  /** A branch's name on the edge into it. */
  label?: string;
}

export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 56;
const JOIN_HEIGHT = 20;
const H_GAP = 16;
const V_GAP = 48;

interface Box {
  nodes: PictureNode[];
  edges: PictureEdge[];
  width: number;
  height: number;
  entry: string;
  exit: string;
}

function shifted(box: Box, dx: number, dy: number): Box {
  return { ...box, nodes: box.nodes.map((node) => ({ ...node, x: node.x + dx, y: node.y + dy })) };
}

function single(id: string, kind: PictureNode['kind'], step?: StepDefinition, height = NODE_HEIGHT): Box {
  return {
    nodes: [{ id, kind, ...(step ? { step } : {}), x: 0, y: 0, width: NODE_WIDTH, height }],
    edges: [],
    width: NODE_WIDTH,
    height,
    entry: id,
    exit: id,
  };
}

/** Boxes one under another, each centred, joined by edges. */
function column(boxes: Box[]): Box | undefined {
  const first = boxes[0];
  if (!first) return undefined;
  const width = Math.max(...boxes.map((box) => box.width));
  const nodes: PictureNode[] = [];
  const edges: PictureEdge[] = [];
  let y = 0;
  let previous: Box | undefined;
  for (const box of boxes) {
    const placed = shifted(box, (width - box.width) / 2, y);
    nodes.push(...placed.nodes);
    edges.push(...placed.edges);
    if (previous) edges.push({ id: `${previous.exit}->${box.entry}`, source: previous.exit, target: box.entry });
    previous = box;
    y += box.height + V_GAP;
  }
  return { nodes, edges, width, height: y - V_GAP, entry: first.entry, exit: boxes.at(-1)?.exit ?? first.exit };
}

function stepBox(step: StepDefinition): Box {
  if (step.type !== 'parallel' && step.type !== 'branch') return single(step.id, 'step', step);
  const split = single(step.id, 'step', step);
  const joinId = `${step.id}__join`;
  const lanes = step.branches.map((branch) => ({ branch, box: column(branch.steps.map(stepBox)) }));
  const lanesWidth =
    lanes.reduce((sum, lane) => sum + (lane.box?.width ?? NODE_WIDTH / 2), 0) + H_GAP * (lanes.length - 1);
  const width = Math.max(NODE_WIDTH, lanesWidth);
  const lanesHeight = Math.max(0, ...lanes.map((lane) => lane.box?.height ?? 0));
  const nodes: PictureNode[] = [{ ...split.nodes[0]!, x: (width - NODE_WIDTH) / 2 }];
  const edges: PictureEdge[] = [];
  const laneTop = NODE_HEIGHT + V_GAP;
  const joinY = laneTop + (lanesHeight > 0 ? lanesHeight + V_GAP : 0);
  nodes.push({
    id: joinId,
    kind: 'join',
    step,
    x: (width - NODE_WIDTH) / 2,
    y: joinY,
    width: NODE_WIDTH,
    height: JOIN_HEIGHT,
  });
  let x = (width - lanesWidth) / 2;
  for (const { branch, box } of lanes) {
    const label = branch.name.zh;
    if (!box) {
      edges.push({ id: `${step.id}->${joinId}:${branch.id}`, source: step.id, target: joinId, label });
      x += NODE_WIDTH / 2 + H_GAP;
      continue;
    }
    const placed = shifted(box, x, laneTop);
    nodes.push(...placed.nodes);
    edges.push(...placed.edges);
    edges.push({ id: `${step.id}->${box.entry}`, source: step.id, target: box.entry, label });
    edges.push({ id: `${box.exit}->${joinId}`, source: box.exit, target: joinId });
    x += box.width + H_GAP;
  }
  return { nodes, edges, width, height: joinY + JOIN_HEIGHT, entry: step.id, exit: joinId };
}

/**
 * Where each box of the process picture goes: 发起 at the top, the steps in
 * order below it, the branches of a parallel or branch step side by side
 * between the step and its join, 办结 at the bottom.
 */
export function layoutSteps(steps: readonly StepDefinition[]): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const boxes = [single('__start', 'start'), ...steps.map(stepBox), single('__end', 'end')];
  const whole = column(boxes)!;
  return { nodes: whole.nodes, edges: whole.edges };
}
