import type { ApprovalStep, BranchStep, ParallelStep, Party, ProcessDefinition, StepDefinition } from '../src';

export function party(userId: string, orgId = 'org-a'): Party {
  return { userId, displayName: `User ${userId}`, orgId, orgName: `Org ${orgId}` };
}

export function approvalStep(id: string, overrides: Partial<ApprovalStep> = {}): ApprovalStep {
  return {
    type: 'approval',
    id,
    name: { zh: `步骤${id}` },
    assignees: { org: 'org-a', role: 'handler' },
    ...overrides,
  };
}

export function definition(steps: StepDefinition[]): ProcessDefinition {
  return { key: 'test-process', version: 1, name: { zh: '测试流程' }, form: { key: 'test-form', version: 1 }, steps };
}

export function parallelStep(id: string, lanes: Record<string, StepDefinition[]>, leadBranchId?: string): ParallelStep {
  return {
    type: 'parallel',
    id,
    name: { zh: `并联${id}` },
    branches: Object.entries(lanes).map(([laneId, steps]) => ({ id: laneId, name: { zh: laneId }, steps })),
    ...(leadBranchId ? { leadBranchId } : {}),
  };
}

export function branchStep(id: string, branches: BranchStep['branches']): BranchStep {
  return { type: 'branch', id, name: { zh: `分支${id}` }, branches };
}
