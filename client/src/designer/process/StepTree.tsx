import type { StepDefinition } from '@tongban/workflows';
import { Tag, Tree, Typography, theme } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** What the tree selects: a step, or a branch (to add steps into it). */
export type TreeSelection = { type: 'step'; stepId: string } | { type: 'branch'; stepId: string; branchId: string };

export function selectionKey(selection: TreeSelection | undefined): string | undefined {
  if (!selection) return undefined;
  return selection.type === 'step' ? selection.stepId : `branch:${selection.stepId}:${selection.branchId}`;
}

/** 环节树: the steps nested as they run; parallel and branch steps open into their branches. */
export function StepTree({
  steps,
  selected,
  flagged,
  onSelect,
}: {
  steps: readonly StepDefinition[];
  selected: TreeSelection | undefined;
  flagged: ReadonlySet<string>;
  onSelect: (selection: TreeSelection) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { treeData, keys } = useMemo(() => {
    const all: string[] = [];
    const toNodes = (list: readonly StepDefinition[]): DataNode[] =>
      list.map((step) => {
        all.push(step.id);
        return {
          key: step.id,
          title: (
            <span data-testid="step-tree-node" data-step-id={step.id}>
              <Typography.Text type={flagged.has(step.id) ? 'danger' : undefined}>
                {step.name.zh || step.id}
              </Typography.Text>{' '}
              <Tag style={{ marginInlineEnd: 0, fontSize: 11 }} color={flagged.has(step.id) ? 'error' : undefined}>
                {t(`process.types.${step.type}`)}
              </Tag>
            </span>
          ),
          children:
            step.type === 'parallel' || step.type === 'branch'
              ? step.branches.map((branch) => {
                  const key = `branch:${step.id}:${branch.id}`;
                  all.push(key);
                  return {
                    key,
                    title: (
                      <span style={{ color: token.colorTextSecondary }}>
                        {t('process.branchLabel', { name: branch.name.zh })}
                      </span>
                    ),
                    children: toNodes(branch.steps),
                  };
                })
              : undefined,
        };
      });
    const nodes = toNodes(steps);
    return { treeData: nodes, keys: all };
  }, [steps, flagged, t, token]);

  const current = selectionKey(selected);
  return (
    <Tree
      blockNode
      showLine
      expandedKeys={keys}
      selectedKeys={current ? [current] : []}
      treeData={treeData}
      aria-label={t('process.tree')}
      onSelect={(selectedKeys) => {
        const key = String(selectedKeys[0] ?? '');
        if (!key) return;
        if (key.startsWith('branch:')) {
          const [, stepId = '', branchId = ''] = key.split(':');
          onSelect({ type: 'branch', stepId, branchId });
        } else onSelect({ type: 'step', stepId: key });
      }}
    />
  );
}
