import jsonLogic from 'json-logic-js';
import { seedProcesses } from '../seed';
import { SUPPORTED_LOGIC_OPERATORS } from './json-logic-problems';
import type { StepDefinition } from './process-definition';
import type { ProcessDefinitionProblem } from './process-definition-problem';
import { MAX_DEFINITION_DEPTH, validateProcessDefinition } from './validate-process-definition';
import {
  approval,
  definitionWith,
  everything,
  jointReview,
  problemsOf,
  withStep,
  type Case,
} from './validate-process-definition.fixtures';

describe('validateProcessDefinition accepts', () => {
  it.each(seedProcesses.map((process) => [process.key, process] as const))(
    'the seed definition %s',
    (_key, process) => {
      expect(validateProcessDefinition(process)).toEqual({ valid: true, definition: process });
    },
  );

  it('a definition using every field of the language, nested parallel inside branch included', () => {
    expect(problemsOf(everything)).toEqual([]);
  });

  it('the README examples', () => {
    const centreVerify = {
      type: 'approval',
      id: 'centre-verify',
      name: { zh: '招商服务中心核实', en: 'Service centre verification' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      mode: 'any',
      when: { '>': [{ var: 'renewalAmount' }, 0] },
    };
    const byAmount = {
      type: 'branch',
      id: 'by-amount',
      name: { zh: '按金额分流' },
      branches: [
        {
          id: 'large',
          name: { zh: '大额' },
          when: { '>=': [{ var: 'renewalAmount' }, 10000000] },
          steps: [approval('upper-branch', '上级行特批')],
        },
        { id: 'normal', name: { zh: '普通' }, steps: [] },
      ],
    };
    expect(problemsOf(definitionWith(centreVerify, jointReview(), byAmount))).toEqual([]);
  });

  it('every supported JSON Logic operator, each of which json-logic-js evaluates', () => {
    for (const operator of SUPPORTED_LOGIC_OPERATORS) {
      const rule = { [operator]: [1, 1] };
      expect(() => jsonLogic.apply(rule, {})).not.toThrow();
      expect(problemsOf(definitionWith(approval('check', '核实', { when: rule })))).toEqual([]);
    }
  });
});

/** The first step of `definitionWith(step)` with `change` applied. */

describe('validateProcessDefinition refuses, by the JSON Schema,', () => {
  const cases: Case[] = [
    [
      'a missing required field',
      withStep({}, ['assignees']),
      '/steps/0/assignees',
      'REQUIRED',
      '步骤“招商服务中心核实”缺少“处理人”（assignees）',
    ],
    [
      'a step without a type',
      withStep({}, ['type']),
      '/steps/0/type',
      'REQUIRED',
      '步骤“招商服务中心核实”缺少“步骤类型”（type）',
    ],
    [
      'an unknown field',
      withStep({ deadline: 5 }),
      '/steps/0/deadline',
      'UNKNOWN_PROPERTY',
      '步骤“招商服务中心核实”中有未知属性“deadline”',
    ],
    [
      'an unknown field in an assignee rule',
      withStep({ assignees: { org: 'org-a', department: 'x' } }),
      '/steps/0/assignees/department',
      'UNKNOWN_PROPERTY',
      '步骤“招商服务中心核实”中有未知属性“assignees.department”',
    ],
    [
      'a wrong type',
      { ...definitionWith(approval('a', '甲')), version: '1' },
      '/version',
      'WRONG_TYPE',
      '流程定义的“版本”（version）应当是整数',
    ],
    [
      'a `when` that is neither an object nor a boolean',
      withStep({ when: 'amount > 0' }),
      '/steps/0/when',
      'WRONG_TYPE',
      '步骤“招商服务中心核实”的“执行条件”（when）应当是对象或布尔值（true 或 false）',
    ],
    [
      'a step id with capitals',
      withStep({ id: 'Centre_Verify' }),
      '/steps/0/id',
      'INVALID_ID',
      '步骤“招商服务中心核实”的“步骤标识”（id）“Centre_Verify”无效：只能使用小写字母、数字和连字符（-），以字母或数字开头，最多 63 个字符',
    ],
    [
      'a process key starting with a hyphen',
      { ...definitionWith(approval('a', '甲')), key: '-loan' },
      '/key',
      'INVALID_ID',
      '流程定义的“流程标识”（key）“-loan”无效：只能使用小写字母、数字和连字符（-），以字母或数字开头，最多 63 个字符',
    ],
    [
      'an id of 64 characters',
      withStep({ id: 'a'.repeat(64) }),
      '/steps/0/id',
      'INVALID_ID',
      `步骤“招商服务中心核实”的“步骤标识”（id）“${'a'.repeat(64)}”无效：只能使用小写字母、数字和连字符（-），以字母或数字开头，最多 63 个字符`,
    ],
    [
      'a blank name, naming the step by its place instead',
      withStep({ name: { zh: '  ' } }),
      '/steps/0/name/zh',
      'EMPTY_VALUE',
      '步骤（/steps/0）的“中文”（name.zh）不能为空',
    ],
    [
      'an empty role',
      withStep({ assignees: { org: 'org-a', role: '' } }),
      '/steps/0/assignees/role',
      'EMPTY_VALUE',
      '步骤“招商服务中心核实”的“角色”（assignees.role）不能为空',
    ],
    [
      'version 0',
      { ...definitionWith(approval('a', '甲')), version: 0 },
      '/version',
      'OUT_OF_RANGE',
      '流程定义的“版本”（version）应当不小于 1',
    ],
    [
      'a form version 1.5',
      { ...definitionWith(approval('a', '甲')), form: { key: 'f', version: 1.5 } },
      '/form/version',
      'WRONG_TYPE',
      '流程定义的“表单版本”（form.version）应当是整数',
    ],
    [
      'a negative SLA',
      withStep({ sla: { workingDays: -1 } }),
      '/steps/0/sla/workingDays',
      'OUT_OF_RANGE',
      '步骤“招商服务中心核实”的“时限（工作日）”（sla.workingDays）应当不小于 0',
    ],
    [
      'an SLA past the calendar',
      withStep({ sla: { workingDays: 1_000_000 } }),
      '/steps/0/sla/workingDays',
      'OUT_OF_RANGE',
      '步骤“招商服务中心核实”的“时限（工作日）”（sla.workingDays）应当不大于 1000',
    ],
    [
      'an unknown approval mode',
      withStep({ mode: 'majority' }),
      '/steps/0/mode',
      'INVALID_VALUE',
      '步骤“招商服务中心核实”的“审批方式”（mode）“majority”无效：应当是 any、all、sequential 之一',
    ],
    [
      'an unknown step type',
      withStep({ type: 'email' }),
      '/steps/0/type',
      'UNKNOWN_STEP_TYPE',
      '步骤“招商服务中心核实”的类型“email”不受支持：应当是 approval（审批）、fill（填报）、wait（等待）、parallel（并联）、branch（条件分支）、cc（抄送）、notify（通知）或 webhook（外部接口）',
    ],
    [
      'a `when` on a parallel lane, where it means nothing',
      definitionWith({
        ...jointReview(),
        branches: [
          { id: 'ndrc', name: { zh: '发改委' }, when: true, steps: [] },
          { id: 'eco', name: { zh: '生态环境局' }, steps: [] },
        ],
      }),
      '/steps/0/branches/0/when',
      'UNKNOWN_PROPERTY',
      '步骤“并联审批”的分支“发改委”中有未知属性“when”',
    ],
  ];

  it.each(cases)('%s', (_label, definition, path, code, message) => {
    expect(problemsOf(definition)).toEqual([{ path, code, message }]);
  });
});

describe('validateProcessDefinition in English', () => {
  const cases: [label: string, definition: unknown, message: string][] = [
    [
      'names a step by its English name, else its Chinese one',
      definitionWith(approval('ndrc-review', '环评审查'), jointReview()),
      'step "NDRC review" has the id "ndrc-review", already used by step "环评审查"',
    ],
    ['says what is missing', withStep({}, ['assignees']), 'step "招商服务中心核实" is missing "assignees"'],
    [
      'says what is unknown',
      { ...definitionWith(approval('a', '甲')), $where: '1' },
      'the process definition has the unknown property "$where"',
    ],
    [
      'explains id syntax',
      withStep({ id: 'Centre' }),
      '"id" of step "招商服务中心核实" ("Centre") must be lowercase letters, digits and hyphens, start with a letter or digit and be at most 63 characters long',
    ],
    [
      'explains version',
      { ...definitionWith(approval('a', '甲')), version: 0 },
      '"version" of the process definition must be at least 1',
    ],
    [
      'explains step types',
      withStep({ type: 'email' }),
      'the type "email" of step "招商服务中心核实" is not supported: use approval, fill, wait, parallel, branch, cc, notify or webhook',
    ],
    [
      'counts branches',
      definitionWith({ ...jointReview(), branches: (jointReview().branches as unknown[]).slice(0, 1) }),
      'parallel step "Joint review" needs at least 2 branches, it has 1',
    ],
    [
      'names conflicting organisation sources',
      withStep({ assignees: { org: 'org-ndrc', applicantOrg: true } }),
      'the assignee rule (assignees) of step "招商服务中心核实" gives org and applicantOrg: the organisation comes from one of them only',
    ],
    [
      'names the unknown operator',
      withStep({ when: { $where: '1' } }),
      'the condition (when) of step "招商服务中心核实" uses the unsupported operator "$where"',
    ],
    ['says a process needs steps', definitionWith(), 'a process needs at least one step'],
  ];

  it.each(cases)('%s', (_label, definition, message) => {
    expect(problemsOf(definition, 'en').map((problem) => problem.message)).toEqual([message]);
  });
});

describe('validateProcessDefinition reports every problem at once', () => {
  it('from both layers, in one answer', () => {
    const definition = {
      ...definitionWith(
        approval('review', '初审', { mode: 'majority' }),
        approval('review', '复审', { assignees: {} }),
        { ...jointReview(), leadBranchId: 'housing', when: { $regex: 'x' } },
      ),
      version: 0,
      owner: 'someone',
    };
    const problems = problemsOf(definition);
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([
        { path: '/owner', code: 'UNKNOWN_PROPERTY' },
        { path: '/version', code: 'OUT_OF_RANGE' },
        { path: '/steps/0/mode', code: 'INVALID_VALUE' },
        { path: '/steps/1/id', code: 'DUPLICATE_STEP_ID' },
        { path: '/steps/1/assignees', code: 'EMPTY_ASSIGNEE_RULE' },
        { path: '/steps/2/when', code: 'UNKNOWN_LOGIC_OPERATOR' },
        { path: '/steps/2/leadBranchId', code: 'UNKNOWN_LEAD_BRANCH' },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('and still checks the rules across fields where the shape is wrong elsewhere', () => {
    const problems = problemsOf(
      definitionWith(approval('a', '甲', { id: 'Dup' }), approval('b', '乙', { id: 'Dup', mode: 1 })),
    );
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'DUPLICATE_STEP_ID',
      'INVALID_ID',
      'INVALID_ID',
      'INVALID_VALUE',
    ]);
  });
});

describe('validateProcessDefinition never throws on garbage', () => {
  const circular: Record<string, unknown> = { key: 'loop' };
  circular.steps = [circular];
  let deep: unknown = true;
  for (let level = 0; level < 100_000; level++) deep = [deep];

  const garbage: [label: string, input: unknown, firstProblem: Partial<ProcessDefinitionProblem>][] = [
    ['null', null, { path: '', code: 'WRONG_TYPE', message: '流程定义应当是对象' }],
    ['undefined', undefined, { path: '', code: 'WRONG_TYPE' }],
    ['an array', [definitionWith(approval('a', '甲'))], { path: '', code: 'WRONG_TYPE' }],
    ['a string', JSON.stringify(definitionWith(approval('a', '甲'))), { path: '', code: 'WRONG_TYPE' }],
    ['a number', 42, { path: '', code: 'WRONG_TYPE' }],
    [
      'a MongoDB operator',
      { $where: 'sleep(1000)' },
      { path: '/key', code: 'REQUIRED', message: '流程定义缺少“流程标识”（key）' },
    ],
    [
      'operators as values',
      { ...definitionWith(approval('a', '甲')), key: { $gt: '' } },
      { path: '/key', code: 'WRONG_TYPE' },
    ],
    ['steps as an object', { ...definitionWith(), steps: { $ne: null } }, { path: '/steps', code: 'WRONG_TYPE' }],
    ['steps of garbage', definitionWith(null, 1, 'x', [], { type: [] }), { path: '/steps/0', code: 'WRONG_TYPE' }],
    [
      'prototype keys',
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}'),
      { path: '/key', code: 'REQUIRED' },
    ],
    ['a circular object', circular, { code: 'TOO_DEEP' }],
    [
      'a condition nested 100,000 levels deep',
      withStep({ when: { and: deep } }),
      {
        code: 'TOO_DEEP',
        message: `流程定义嵌套超过 ${MAX_DEFINITION_DEPTH} 层（或者引用了自身），未再检查其他问题`,
      },
    ],
  ];

  it.each(garbage)('%s', (_label, input, firstProblem) => {
    const result = validateProcessDefinition(input);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems[0]).toMatchObject(firstProblem);
    for (const problem of result.problems) expect(problem.message).not.toBe('');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts nesting well within the limit', () => {
    let steps: StepDefinition[] = [approval('leaf', '末级')];
    for (let level = 0; level < 20; level++) {
      steps = [
        {
          type: 'branch',
          id: `level-${level}`,
          name: { zh: `第 ${level} 层` },
          branches: [{ id: 'only', name: { zh: '唯一' }, steps }],
        },
      ];
    }
    expect(problemsOf(definitionWith(...steps))).toEqual([]);
  });
});

describe('fill and wait steps', () => {
  it('accepts a fill step with its form and a wait step, and checks the fill party like any assignees', () => {
    const definition = {
      key: 'subsidy',
      version: 1,
      name: { zh: '奖补申请' },
      form: { key: 'subsidy-application', version: 1 },
      steps: [
        { type: 'wait', id: 'notice', name: { zh: '公示' }, workingDays: 5 },
        {
          type: 'fill',
          id: 'pay',
          name: { zh: '财政拨付' },
          assignees: { org: 'org-finance', role: 'handler' },
          form: { key: 'subsidy-payment', version: 1 },
        },
      ],
    };
    expect(validateProcessDefinition(definition).valid).toBe(true);
    const noParty = { ...definition, steps: [{ ...definition.steps[1], assignees: {} }] };
    const result = validateProcessDefinition(noParty);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problems.map((problem) => problem.code)).toEqual(['EMPTY_ASSIGNEE_RULE']);
  });
});

describe('the whole request’s time limit and rating', () => {
  it('needs working days or a date field, and names who rectifies and follows up', () => {
    const base = definitionWith(approval('review', '审查'));
    expect(problemsOf({ ...base, sla: { untilField: 'auditDate', onTimeout: 'escalate' } })).toEqual([]);
    expect(problemsOf({ ...base, sla: { onTimeout: 'remind' } })).toEqual([
      {
        path: '/sla',
        code: 'EMPTY_REQUEST_SLA',
        message: '办结时限需要工作日数（workingDays）或期限字段（untilField）',
      },
    ]);
    expect(problemsOf({ ...base, rating: { rectification: { assignees: {} } } })).toEqual([
      expect.objectContaining({ path: '/rating/rectification/assignees', code: 'EMPTY_ASSIGNEE_RULE' }),
    ]);
  });
});
