import {
  approval,
  definitionWith,
  jointReview,
  problemsOf,
  withStep,
  type Case,
} from './validate-process-definition.fixtures';

describe('validateProcessDefinition refuses, by the rules across fields,', () => {
  const cases: Case[] = [
    ['a process without steps', definitionWith(), '/steps', 'NO_STEPS', '流程至少需要一个步骤'],
    [
      'a step id used twice, one of them nested',
      definitionWith(approval('ndrc-review', '环评审查'), jointReview()),
      '/steps/1/branches/0/steps/0/id',
      'DUPLICATE_STEP_ID',
      '步骤“发改委审查”的 id “ndrc-review” 与步骤“环评审查”重复',
    ],
    [
      'a step id used twice at the top level',
      definitionWith(approval('review', '初审'), approval('review', '复审')),
      '/steps/1/id',
      'DUPLICATE_STEP_ID',
      '步骤“复审”的 id “review” 与步骤“初审”重复',
    ],
    [
      'a branch id used twice in one step',
      definitionWith({
        ...jointReview(),
        leadBranchId: undefined,
        branches: [
          { id: 'ndrc', name: { zh: '发改委' }, steps: [] },
          { id: 'ndrc', name: { zh: '生态环境局' }, steps: [] },
        ],
      }),
      '/steps/0/branches/1/id',
      'DUPLICATE_BRANCH_ID',
      '步骤“并联审批”的分支“生态环境局”的 id “ndrc” 与步骤“并联审批”的分支“发改委”重复',
    ],
    [
      'a lead branch that is not a branch',
      definitionWith({ ...jointReview(), leadBranchId: 'housing' }),
      '/steps/0/leadBranchId',
      'UNKNOWN_LEAD_BRANCH',
      '步骤“并联审批”的牵头分支（leadBranchId）“housing”不是本步骤的分支，应当是 ndrc、eco 之一',
    ],
    [
      'a parallel step with one branch',
      definitionWith({ ...jointReview(), branches: (jointReview().branches as unknown[]).slice(0, 1) }),
      '/steps/0/branches',
      'TOO_FEW_BRANCHES',
      '并联步骤“并联审批”至少需要 2 个分支，现在有 1 个',
    ],
    [
      'a branch step without branches',
      definitionWith({ type: 'branch', id: 'by-amount', name: { zh: '按金额分流' }, branches: [] }),
      '/steps/0/branches',
      'TOO_FEW_BRANCHES',
      '条件分支步骤“按金额分流”至少需要 1 个分支',
    ],
    [
      'an assignee rule naming nobody',
      withStep({ assignees: {} }),
      '/steps/0/assignees',
      'EMPTY_ASSIGNEE_RULE',
      '步骤“招商服务中心核实”的处理人规则（assignees）没有指定由谁办理：至少填写 org、orgFromField、applicantOrg、role、users 中的一项',
    ],
    [
      'an assignee rule whose only field is applicantOrg: false',
      withStep({ assignees: { applicantOrg: false } }),
      '/steps/0/assignees',
      'EMPTY_ASSIGNEE_RULE',
      '步骤“招商服务中心核实”的处理人规则（assignees）没有指定由谁办理：至少填写 org、orgFromField、applicantOrg、role、users 中的一项',
    ],
    [
      'an escalation rule naming nobody (it would match every user)',
      withStep({ sla: { workingDays: 2, onTimeout: 'escalate', escalateTo: {} } }),
      '/steps/0/sla/escalateTo',
      'EMPTY_ASSIGNEE_RULE',
      '步骤“招商服务中心核实”的超时上报规则（sla.escalateTo）没有指定由谁办理：至少填写 org、orgFromField、applicantOrg、role、users 中的一项',
    ],
    [
      'an empty user list',
      withStep({ assignees: { users: [] } }),
      '/steps/0/assignees/users',
      'EMPTY_USERS',
      '步骤“招商服务中心核实”的指定用户（assignees.users）是空列表：至少列出一个用户，或删去这一项',
    ],
    [
      'an organisation from two sources',
      withStep({ assignees: { org: 'org-ndrc', orgFromField: 'department', role: 'handler' } }),
      '/steps/0/assignees',
      'CONFLICTING_ORG_SOURCES',
      '步骤“招商服务中心核实”的处理人规则（assignees）同时指定了 org、orgFromField：机构只能来自其中一项',
    ],
    [
      'an organisation from all three sources',
      withStep({ assignees: { org: 'org-ndrc', orgFromField: 'department', applicantOrg: true } }),
      '/steps/0/assignees',
      'CONFLICTING_ORG_SOURCES',
      '步骤“招商服务中心核实”的处理人规则（assignees）同时指定了 org、orgFromField、applicantOrg：机构只能来自其中一项',
    ],
    [
      'an empty object as a condition (json-logic-js would treat it as always true)',
      withStep({ when: {} }),
      '/steps/0/when',
      'INVALID_LOGIC',
      '步骤“招商服务中心核实”的条件（when）中的 {} 不是 JSON Logic 运算：对象应当恰好有一个键，即运算符',
    ],
    [
      'an object with two operators',
      withStep({ when: { '>': [{ var: 'a' }, 1], '<': [{ var: 'a' }, 9] } }),
      '/steps/0/when',
      'INVALID_LOGIC',
      '步骤“招商服务中心核实”的条件（when）中的 {">":[{"var":"a"},1],"<":[{"var":"a"},9]} 不是 JSON Logic 运算：对象应当恰好有一个键，即运算符',
    ],
    [
      'an unknown operator',
      withStep({ when: { $where: 'this.amount > 0' } }),
      '/steps/0/when',
      'UNKNOWN_LOGIC_OPERATOR',
      '步骤“招商服务中心核实”的条件（when）使用了不支持的运算符“$where”',
    ],
    [
      'an unknown operator deep inside, addressed with JSON Pointer escaping',
      withStep({ when: { and: [true, { '/': [{ 'Math.pow': [2, 10] }, 2] }] } }),
      '/steps/0/when/and/1/~1/0',
      'UNKNOWN_LOGIC_OPERATOR',
      '步骤“招商服务中心核实”的条件（when）使用了不支持的运算符“Math.pow”',
    ],
    [
      'the log operator, which only writes to the console',
      withStep({ when: { log: 'x' } }),
      '/steps/0/when',
      'UNKNOWN_LOGIC_OPERATOR',
      '步骤“招商服务中心核实”的条件（when）使用了不支持的运算符“log”',
    ],
    [
      'an unknown operator in a branch condition, naming the branch',
      definitionWith({
        type: 'branch',
        id: 'by-amount',
        name: { zh: '按金额分流' },
        branches: [{ id: 'large', name: { zh: '大额' }, when: { $gt: [{ var: 'amount' }, 1] }, steps: [] }],
      }),
      '/steps/0/branches/0/when',
      'UNKNOWN_LOGIC_OPERATOR',
      '步骤“按金额分流”的分支“大额”的条件（when）使用了不支持的运算符“$gt”',
    ],
  ];

  it.each(cases)('%s', (_label, definition, path, code, message) => {
    expect(problemsOf(definition)).toEqual([{ path, code, message }]);
  });
});
