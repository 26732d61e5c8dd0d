/**
 * The JSON Schema of each kind of step of a process definition (approval,
 * fill, wait, parallel, branch, cc, notify, webhook), and the parts steps
 * share: `$defs` of `processDefinitionSchema`, which spreads them in.
 * The same `satisfies` checks as there keep each in step with its type.
 */
import type {
  ApprovalStep,
  BranchStep,
  CcStep,
  FillStep,
  NotifyStep,
  ParallelStep,
  StepBranch,
  WaitStep,
  WebhookStep,
} from './process-definition';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type ConditionalBranch = BranchStep['branches'][number];

export const ref = {
  id: '#/$defs/id',
  localizedText: '#/$defs/localizedText',
  jsonLogic: '#/$defs/jsonLogic',
  step: '#/$defs/step',
} as const;

const stepId = {
  $ref: ref.id,
  title: '步骤标识',
  description:
    '在整个流程中唯一（含嵌套步骤），退回到某一步时用它指明。\nUnique across the whole process, nested steps included; a return to an earlier step names it.',
} as const;

const stepName = {
  $ref: ref.localizedText,
  title: '步骤名称',
  description: '办件时间线和待办中显示的名称。\nThe name shown in the timeline and the inbox.',
} as const;

const stepWhen = {
  $ref: ref.jsonLogic,
  title: '执行条件',
  description:
    '针对表单数据的 JSON Logic 条件；结果为假时跳过本步骤。\nA JSON Logic condition on the form data; when false, the step is skipped.',
} as const;

const stepFieldPermissions = {
  $ref: '#/$defs/fieldPermissions',
  title: '字段权限',
  description:
    '本步骤处理人对申请表单各字段的权限：read 只读（默认）、edit 可修改、hidden 隐藏。\nWhat this step’s handlers may do with each field of the request form: read (default), edit or hidden.',
} as const;

const noAssignee = {
  enum: ['admin', 'auto_approve', 'reject'],
  title: '无人可办时',
  description:
    '处理人规则找不到任何人时：admin 交管理员（默认）、auto_approve 自动通过、reject 驳回。\nWhen the rule matches nobody: admin takes it (default), auto_approve passes it, reject rejects the request.',
} as const;

const handOverOrgs = {
  type: 'array',
  items: { $ref: ref.id },
  uniqueItems: true,
  maxItems: 50,
  title: '可转交单位',
  description:
    '除本步骤处理人所在单位外，办理人还可以转交、委派、加签给哪些单位的在职办理人员（如请法制办会签）；不填则只限本单位。\nOrganisations besides the step’s own whose staff its handlers may hand a task to or add as signers (e.g. the legal office to co-sign); without it, only the step’s own.',
} as const;

const branchId = {
  $ref: ref.id,
  title: '分支标识',
  description: '在所属步骤内唯一。\nUnique within its step.',
} as const;

const branchName = {
  $ref: ref.localizedText,
  title: '分支名称',
  description: '例如承办部门的名称。\nE.g. the name of the department that handles it.',
} as const;

const branchSteps = {
  type: 'array',
  title: '分支内的步骤',
  description: '依次执行；可以为空。\nRun one after another; may be empty.',
  items: { $ref: ref.step },
} as const;

export const STEP_DEFS = {
  ccStep: {
    type: 'object',
    title: '抄送步骤',
    description:
      '抄送给规则选出的人，不需办理，流程继续。\nA read-only copy to the people the rule names; the request moves on.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'assignees'] satisfies RequiredKeys<CcStep>[],
    properties: {
      type: { const: 'cc', title: '步骤类型', description: '抄送。\nCc.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      fieldPermissions: stepFieldPermissions,
      assignees: { $ref: '#/$defs/assigneeRule', title: '抄送给', description: '谁收到抄送。\nWho gets the copy.' },
    } satisfies Record<keyof CcStep, unknown>,
  },
  notifyStep: {
    type: 'object',
    title: '通知步骤',
    description:
      '发送站内通知（及收件人选择的渠道），流程继续。\nSends an in-app notification (and the recipients’ channels); the request moves on.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'assignees', 'message'] satisfies RequiredKeys<NotifyStep>[],
    properties: {
      type: { const: 'notify', title: '步骤类型', description: '通知。\nNotify.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      fieldPermissions: stepFieldPermissions,
      assignees: { $ref: '#/$defs/assigneeRule', title: '通知谁', description: '收件人。\nThe recipients.' },
      message: { $ref: ref.localizedText, title: '通知内容', description: '通知正文。\nThe message.' },
    } satisfies Record<keyof NotifyStep, unknown>,
  },
  webhookStep: {
    type: 'object',
    title: '外部接口步骤',
    description:
      '调用外部系统（带重试与幂等键），返回的 JSON 记入本步骤数据。\nCalls an external system (with retries and an idempotency key); its JSON answer becomes this step’s data.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'url'] satisfies RequiredKeys<WebhookStep>[],
    properties: {
      type: { const: 'webhook', title: '步骤类型', description: '外部接口。\nWebhook.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      fieldPermissions: stepFieldPermissions,
      url: { type: 'string', pattern: '^https?://', title: '地址', description: 'http(s) 地址。\nAn http(s) URL.' },
      method: { enum: ['POST', 'PUT'], title: '方法', description: '默认 POST。\nDefault POST.' },
      maxAttempts: {
        type: 'integer',
        minimum: 1,
        maximum: 100,
        title: '最多尝试次数',
        description: '默认 5。\nDefault 5.',
      },
      timeoutSeconds: {
        type: 'integer',
        minimum: 1,
        maximum: 300,
        title: '单次超时（秒）',
        description: '默认 10。\nDefault 10.',
      },
      onFailure: {
        enum: ['continue', 'reject'],
        title: '失败时',
        description:
          'continue 记录失败后继续（默认）、reject 驳回办件。\ncontinue: record the failure and go on (default); reject: reject the request.',
      },
    } satisfies Record<keyof WebhookStep, unknown>,
  },
  approvalStep: {
    type: 'object',
    title: '审批步骤',
    description:
      '由处理人规则选出的人办理：any 或签、all 会签、sequential 依次。\nHandled by the people the assignee rule names: any one, all, or one after another.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'assignees'] satisfies RequiredKeys<ApprovalStep>[],
    properties: {
      type: { const: 'approval', title: '步骤类型', description: '审批。\nApproval.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      assignees: {
        $ref: '#/$defs/assigneeRule',
        title: '处理人',
        description: '谁来办理本步骤。\nWho handles this step.',
      },
      mode: {
        enum: ['any', 'all', 'sequential'] satisfies NonNullable<ApprovalStep['mode']>[],
        title: '审批方式',
        description:
          'any 或签（一人决定）、all 会签（全部同意）、sequential 依次；默认 any。\nany: one decides; all: all must approve; sequential: one after another. Default any.',
      },
      sla: {
        $ref: '#/$defs/stepSla',
        title: '办理时限',
        description: '可选；不填则不计时。\nOptional; without one the step has no clock.',
      },
      noAssignee,
      fieldPermissions: stepFieldPermissions,
      handOverOrgs,
    } satisfies Record<keyof ApprovalStep, unknown>,
  },
  fillStep: {
    type: 'object',
    title: '填报步骤',
    description:
      '由处理人规则选出的一方填写本步骤的表单（如银行登记续贷结果）；任一人提交即完成。\nThe party the assignee rule names fills this step’s own form (e.g. the bank records the renewal); the first submission completes it.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'assignees', 'form'] satisfies RequiredKeys<FillStep>[],
    properties: {
      type: { const: 'fill', title: '步骤类型', description: '填报。\nFill.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      assignees: {
        $ref: '#/$defs/assigneeRule',
        title: '填报人',
        description: '谁来填写。\nWho fills the form.',
      },
      form: {
        type: 'object',
        title: '填报表单',
        description: '已发布表单的标识与版本。\nA published form: key and version.',
        additionalProperties: false,
        required: ['key', 'version'],
        properties: {
          key: { $ref: '#/$defs/id', title: '表单标识', description: '表单的 key。\nThe form key.' },
          version: {
            type: 'integer',
            minimum: 1,
            title: '表单版本',
            description: '已发布的版本号。\nA published version.',
          },
        } satisfies Record<keyof FillStep['form'], unknown>,
      },
      sla: {
        $ref: '#/$defs/stepSla',
        title: '办理时限',
        description: '可选；不填则不计时。\nOptional; without one the step has no clock.',
      },
      noAssignee,
      fieldPermissions: stepFieldPermissions,
      handOverOrgs,
    } satisfies Record<keyof FillStep, unknown>,
  },
  waitStep: {
    type: 'object',
    title: '等待步骤',
    description:
      '暂停一段时间，如公示期：若干工作日、若干自然日，或等到表单中的日期（当日 0 点，北京时间）。\nA pause such as a public notice period: working days, calendar days, or until a date in the form (00:00 China time).',
    additionalProperties: false,
    required: ['type', 'id', 'name'] satisfies RequiredKeys<WaitStep>[],
    properties: {
      type: { const: 'wait', title: '步骤类型', description: '等待。\nWait.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      workingDays: {
        type: 'integer',
        minimum: 0,
        maximum: 1000,
        title: '工作日数',
        description: '等待的工作日数（按法定节假日与调休）。\nWorking days to wait (official calendar).',
      },
      days: {
        type: 'integer',
        minimum: 0,
        maximum: 3660,
        title: '自然日数',
        description: '等待的自然日数。\nCalendar days to wait.',
      },
      untilField: {
        type: 'string',
        minLength: 1,
        title: '截止日期字段',
        description: '表单中日期字段的名称。\nThe name of a date field in the form.',
      },
      fieldPermissions: stepFieldPermissions,
    } satisfies Record<keyof WaitStep, unknown>,
  },
  parallelStep: {
    type: 'object',
    title: '并联步骤',
    description:
      '所有分支同时办理，全部完成后继续；至少两个分支。\nEvery branch runs at once; the step completes when all have. At least two branches.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'branches'] satisfies RequiredKeys<ParallelStep>[],
    properties: {
      type: { const: 'parallel', title: '步骤类型', description: '并联。\nParallel.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      branches: {
        type: 'array',
        title: '并联分支',
        description: '同时办理的各条分支。\nThe branches that run at once.',
        items: { $ref: '#/$defs/parallelBranch' },
      },
      leadBranchId: {
        type: 'string',
        title: '牵头分支',
        description:
          '牵头部门所在分支的标识，显示在最前并标注。\nThe id of the lead department’s branch, shown first and marked as such.',
      },
      fieldPermissions: stepFieldPermissions,
    } satisfies Record<keyof ParallelStep, unknown>,
  },
  branchStep: {
    type: 'object',
    title: '条件分支步骤',
    description:
      '执行第一条条件成立的分支（无条件的分支总是成立）；都不成立时跳过。\nRuns the first branch whose condition holds (a branch without one always holds); none holds, the step is skipped.',
    additionalProperties: false,
    required: ['type', 'id', 'name', 'branches'] satisfies RequiredKeys<BranchStep>[],
    properties: {
      type: { const: 'branch', title: '步骤类型', description: '条件分支。\nBranch.' },
      id: stepId,
      name: stepName,
      when: stepWhen,
      branches: {
        type: 'array',
        title: '条件分支',
        description: '按顺序判断的分支，至少一个。\nThe branches, tried in order; at least one.',
        items: { $ref: '#/$defs/conditionalBranch' },
      },
      fieldPermissions: stepFieldPermissions,
    } satisfies Record<keyof BranchStep, unknown>,
  },
  parallelBranch: {
    type: 'object',
    title: '并联分支',
    description: '并联步骤中的一条分支。\nA lane of a parallel step.',
    additionalProperties: false,
    required: ['id', 'name', 'steps'] satisfies RequiredKeys<StepBranch>[],
    properties: { id: branchId, name: branchName, steps: branchSteps } satisfies Record<keyof StepBranch, unknown>,
  },
  conditionalBranch: {
    type: 'object',
    title: '条件分支',
    description: '条件分支步骤中的一条分支。\nA lane of a branch step.',
    additionalProperties: false,
    required: ['id', 'name', 'steps'] satisfies RequiredKeys<ConditionalBranch>[],
    properties: {
      id: branchId,
      name: branchName,
      when: {
        $ref: ref.jsonLogic,
        title: '分支条件',
        description:
          '针对表单数据的 JSON Logic 条件；省略时总是成立。\nA JSON Logic condition on the form data; without one the branch always holds.',
      },
      steps: branchSteps,
    } satisfies Record<keyof ConditionalBranch, unknown>,
  },
} as const;
