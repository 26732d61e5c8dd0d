import type { ProcessDefinition, StepDefinition } from './process-definition';
import type { DefinitionLanguage, ProcessDefinitionProblem } from './process-definition-problem';
import { validateProcessDefinition } from './validate-process-definition';

/** A refusal a definition should meet: where, which code, and the Chinese message. */
export type Case = [label: string, definition: unknown, path: string, code: string, message: string];

// Definitions the validator's tests build on: a valid one with every feature, and ways to spoil it.

export function problemsOf(definition: unknown, language: DefinitionLanguage = 'zh-CN'): ProcessDefinitionProblem[] {
  const result = validateProcessDefinition(definition, language);
  return result.valid ? [] : result.problems;
}

export function approval(id: string, zh: string, extra: Record<string, unknown> = {}): StepDefinition {
  return { type: 'approval', id, name: { zh }, assignees: { org: `org-${id}`, role: 'handler' }, ...extra };
}

/** A definition with the given steps; anything else valid. */
export function definitionWith(...steps: unknown[]): Record<string, unknown> {
  return {
    key: 'project-approval',
    version: 1,
    name: { zh: '项目并联审批', en: 'Cross-department project approval' },
    form: { key: 'project-application', version: 1 },
    steps,
  };
}

/** The README's parallel step: 发改委 and 生态环境局 review at once, 发改委 leads. */
export function jointReview(): Record<string, unknown> {
  return {
    type: 'parallel',
    id: 'joint-review',
    name: { zh: '并联审批', en: 'Joint review' },
    leadBranchId: 'ndrc',
    branches: [
      {
        id: 'ndrc',
        name: { zh: '发改委', en: 'NDRC' },
        steps: [approval('ndrc-review', '发改委审查', { name: { zh: '发改委审查', en: 'NDRC review' } })],
      },
      { id: 'eco', name: { zh: '生态环境局' }, steps: [approval('eco-review', '环评审查')] },
    ],
  };
}

/** Every field of the language in use at least once. */
export const everything: ProcessDefinition = {
  key: 'project-approval',
  version: 3,
  name: { zh: '项目并联审批', en: 'Cross-department project approval' },
  description: { zh: '多部门并联审批，最后统一签批。' },
  form: { key: 'project-application', version: 2 },
  steps: [
    {
      type: 'approval',
      id: 'zone-intake',
      name: { zh: '高新区受理' },
      assignees: { applicantOrg: true, role: 'handler' },
      mode: 'sequential',
      when: true,
      sla: {
        workingDays: 3,
        remindBeforeWorkingDays: 1,
        redCardAfterWorkingDays: 2,
        onTimeout: 'escalate',
        escalateTo: { org: 'org-hitech-zone', role: 'leader' },
      },
    },
    jointReview() as unknown as StepDefinition,
    {
      type: 'branch',
      id: 'by-amount',
      name: { zh: '按金额分流' },
      when: { '!!': [{ var: 'investment' }] },
      branches: [
        {
          id: 'large',
          name: { zh: '大额' },
          when: { and: [{ '>=': [{ var: 'investment' }, 100_000_000] }, { in: ['city', { var: 'level' }] }] },
          steps: [
            {
              type: 'parallel',
              id: 'city-sign-off',
              name: { zh: '市级会签' },
              branches: [
                { id: 'mayor', name: { zh: '市长' }, steps: [approval('mayor-sign', '市长签批', { mode: 'all' })] },
                { id: 'bank', name: { zh: '银行' }, steps: [] },
              ],
            },
          ],
        },
        { id: 'normal', name: { zh: '普通' }, steps: [] },
      ],
    },
    {
      type: 'approval',
      id: 'final-sign-off',
      name: { zh: '签批', en: 'Sign-off' },
      assignees: { orgFromField: 'leadDepartment', users: ['u-director'] },
      sla: { workingDays: 0, onTimeout: 'auto_approve' },
    },
  ],
};

export function withStep(change: Record<string, unknown>, remove: string[] = []): Record<string, unknown> {
  const step: Record<string, unknown> = { ...approval('centre-verify', '招商服务中心核实'), ...change };
  for (const key of remove) delete step[key];
  return definitionWith(step);
}
