import type { StepDefinition } from '@tongban/workflows';
import { layoutSteps, NODE_HEIGHT } from './layout-steps';

const approval = (id: string): StepDefinition => ({
  id,
  type: 'approval',
  name: { zh: id },
  assignees: { role: 'handler' },
});

describe('layoutSteps', () => {
  it('draws steps from 发起 to 办结, one under another', () => {
    const { nodes, edges } = layoutSteps([approval('a'), approval('b')]);
    expect(nodes.map((node) => node.id)).toEqual(['__start', 'a', 'b', '__end']);
    const ys = nodes.map((node) => node.y);
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    expect(edges.map((edge) => `${edge.source}>${edge.target}`)).toEqual(['__start>a', 'a>b', 'b>__end']);
  });

  it('puts parallel branches side by side between the step and its join, without overlaps', () => {
    const parallel: StepDefinition = {
      id: 'p',
      type: 'parallel',
      name: { zh: '并联' },
      branches: [
        { id: 'x', name: { zh: '发改' }, steps: [approval('x1'), approval('x2')] },
        { id: 'y', name: { zh: '环评' }, steps: [approval('y1')] },
        { id: 'z', name: { zh: '空' }, steps: [] },
      ],
    };
    const { nodes, edges } = layoutSteps([parallel, approval('after')]);
    const at = (id: string) => nodes.find((node) => node.id === id)!;
    expect(at('x1').y).toBe(at('y1').y);
    expect(at('x1').x).toBeLessThan(at('y1').x);
    expect(at('p__join').y).toBeGreaterThan(at('x2').y + NODE_HEIGHT);
    expect(at('after').y).toBeGreaterThan(at('p__join').y);
    for (const a of nodes)
      for (const b of nodes)
        if (a !== b)
          expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(
            false,
          );
    expect(edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'p', target: 'x1', label: '发改' }),
        expect.objectContaining({ source: 'p', target: 'p__join', label: '空' }),
        expect.objectContaining({ source: 'y1', target: 'p__join' }),
        expect.objectContaining({ source: 'p__join', target: 'after' }),
      ]),
    );
  });
});
