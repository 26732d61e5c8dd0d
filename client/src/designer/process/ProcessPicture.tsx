import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { StepDefinition } from '@tongban/workflows';
import { theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutSteps } from './layout-steps';

interface ProcessPictureProps {
  steps: readonly StepDefinition[];
  selected: string | undefined;
  /** Ids of steps with problems, drawn in red. */
  flagged: ReadonlySet<string>;
  onSelect: (stepId: string) => void;
}

/** 流程图: the steps as a picture (React Flow), laid out from the tree; a click selects a step. */
export function ProcessPicture({ steps, selected, flagged, onSelect }: ProcessPictureProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { nodes, edges } = useMemo(() => {
    const layout = layoutSteps(steps);
    const flowNodes: Node[] = layout.nodes.map((node) => {
      const stepId = node.kind === 'step' ? node.step?.id : undefined;
      const label =
        node.kind === 'start'
          ? t('process.picture.start')
          : node.kind === 'end'
            ? t('process.picture.end')
            : node.kind === 'join'
              ? t(node.step?.type === 'parallel' ? 'process.picture.joinAll' : 'process.picture.joinBranch')
              : `${node.step?.name.zh ?? ''} · ${t(`process.types.${node.step?.type ?? 'approval'}`)}`;
      const colour =
        stepId && flagged.has(stepId)
          ? token.colorError
          : stepId === selected
            ? token.colorPrimary
            : node.kind === 'step'
              ? token.colorBorder
              : token.colorBorderSecondary;
      return {
        id: node.id,
        position: { x: node.x, y: node.y },
        data: { label },
        draggable: false,
        connectable: false,
        ...(node.kind === 'step' ? {} : { selectable: false }),
        type: node.kind === 'start' ? 'input' : node.kind === 'end' ? 'output' : 'default',
        style: {
          width: node.width,
          height: node.height,
          fontSize: node.kind === 'join' ? 11 : 13,
          padding: node.kind === 'join' ? 2 : 8,
          borderRadius: node.kind === 'step' ? 8 : 16,
          border: `${stepId === selected ? 2 : 1}px solid ${colour}`,
          background: node.kind === 'step' ? token.colorBgContainer : token.colorFillQuaternary,
        },
        ariaLabel: stepId ? t('process.picture.stepLabel', { name: node.step?.name.zh ?? stepId }) : label,
      };
    });
    const flowEdges: Edge[] = layout.edges.map((edge) => ({
      ...edge,
      type: 'smoothstep',
      ...(edge.label ? { labelBgStyle: { fill: token.colorBgContainer } } : {}),
    }));
    return { nodes: flowNodes, edges: flowEdges };
  }, [steps, selected, flagged, t, token]);

  return (
    <div
      style={{ height: 520, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
      data-testid="process-picture"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1.2 }}
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_, node) => {
          if (!node.id.startsWith('__') && !node.id.endsWith('__join')) onSelect(node.id);
        }}
        minZoom={0.2}
      >
        <Background gap={16} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
