import type { ApprovalStep, Party, ProcessDefinition } from '../src';

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

export function definition(steps: ApprovalStep[]): ProcessDefinition {
  return { key: 'test-process', version: 1, name: { zh: '测试流程' }, form: { key: 'test-form', version: 1 }, steps };
}
