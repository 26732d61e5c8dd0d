/**
 * The JSON Schema (draft 2020-12) of `ProcessDefinition`, for ajv and for the
 * process designer, which shows each `title` as a label and each
 * `description` (zh-CN, then English) as help text.
 *
 * It says exactly what the TypeScript types say, plus what a type cannot:
 * id and key syntax, integer versions from 1, non-blank names. Rules across
 * fields (unique ids, enough branches, a usable assignee rule, known JSON
 * Logic operators) are checked by `validateProcessDefinition`.
 *
 * Each `properties` object `satisfies` the keys of its TypeScript type, so a
 * field added to a type and not here (or here and not there) fails `tsc`.
 */
import type {
  AftercareStep,
  ApprovalStep,
  AssigneeRule,
  BranchStep,
  CcStep,
  FillStep,
  LocalizedText,
  NotifyStep,
  ParallelStep,
  ProcessDefinition,
  RatingPolicy,
  RequestSla,
  StepBranch,
  StepSla,
  WaitStep,
  WebhookStep,
} from './process-definition';
import { ref, STEP_DEFS } from './process-steps.schema';

/** Ids of steps and branches, process keys and form keys: lowercase, digits, hyphens; 1–63 characters. */
export const DEFINITION_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';

/** Some non-space character: a name of only spaces shows as nothing. */
export const NON_BLANK_PATTERN = '\\S';

/**
 * The most working days an SLA count may be: about four years. Far beyond any
 * statutory time limit, and it keeps every deadline inside the calendar's
 * years, where a larger count would fail the running request instead.
 */
export const MAX_SLA_WORKING_DAYS = 1000;

/** The keys a type requires, so a schema's `required` list cannot name an optional field. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type ConditionalBranch = BranchStep['branches'][number];

export const processDefinitionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:tongban:schema:process-definition',
  title: '流程定义',
  description:
    '管理员设计并发布的审批流程；办件启动时锁定所用的版本。\nAn approval process that administrators design and publish; a request pins the version it started with.',
  type: 'object',
  additionalProperties: false,
  required: ['key', 'version', 'name', 'form', 'steps'] satisfies RequiredKeys<ProcessDefinition>[],
  properties: {
    key: {
      $ref: ref.id,
      title: '流程标识',
      description:
        '稳定的流程标识，各版本相同，例如 loan-renewal。\nThe stable key shared by all versions, e.g. loan-renewal.',
    },
    version: {
      type: 'integer',
      minimum: 1,
      title: '版本',
      description: '从 1 开始；已发布的版本不再改变。\nStarts at 1; a published version never changes.',
    },
    name: {
      $ref: ref.localizedText,
      title: '流程名称',
      description: '服务目录中显示的名称。\nThe name shown in the catalogue.',
    },
    description: {
      $ref: ref.localizedText,
      title: '流程说明',
      description: '向申请人说明本流程办理什么。\nTells applicants what this process is for.',
    },
    form: {
      type: 'object',
      title: '申请表单',
      description: '申请人填写的已发布表单。\nThe published form the applicant fills.',
      additionalProperties: false,
      required: ['key', 'version'] satisfies RequiredKeys<ProcessDefinition['form']>[],
      properties: {
        key: { $ref: ref.id, title: '表单标识', description: '表单的标识。\nThe form key.' },
        version: {
          type: 'integer',
          minimum: 1,
          title: '表单版本',
          description: '表单的已发布版本。\nA published version of the form.',
        },
      } satisfies Record<keyof ProcessDefinition['form'], unknown>,
    },
    steps: {
      type: 'array',
      title: '步骤',
      description: '依次执行的步骤，至少一个。\nThe steps, run one after another; at least one.',
      items: { $ref: ref.step },
    },
    sla: {
      $ref: '#/$defs/requestSla',
      title: '办结时限',
      description: '整个办件的时限；可选。\nThe whole request’s time limit; optional.',
    },
    rating: {
      $ref: '#/$defs/ratingPolicy',
      title: '好差评',
      description:
        '办结后评价与整改、回访的设置；可选。\nRating after completion, rectification and follow-up; optional.',
    },
  } satisfies Record<keyof ProcessDefinition, unknown>,
  $defs: {
    id: {
      type: 'string',
      pattern: DEFINITION_ID_PATTERN,
      title: '标识',
      description:
        '小写字母、数字和连字符，以字母或数字开头，最长 63 个字符。\nLowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters.',
    },
    localizedText: {
      type: 'object',
      title: '多语言文本',
      description: '中文必填，英文可选。\nChinese is required, English optional.',
      additionalProperties: false,
      required: ['zh'] satisfies RequiredKeys<LocalizedText>[],
      properties: {
        zh: { type: 'string', pattern: NON_BLANK_PATTERN, title: '中文', description: '必填。\nRequired.' },
        en: { type: 'string', title: '英文', description: '可选。\nOptional.' },
      } satisfies Record<keyof LocalizedText, unknown>,
    },
    jsonLogic: {
      type: ['object', 'boolean'],
      title: 'JSON Logic 条件',
      description:
        '一个 JSON Logic 表达式（只能使用支持的运算符），或 true / false。\nA JSON Logic expression (supported operators only), or true / false.',
    },
    assigneeRule: {
      type: 'object',
      title: '处理人规则',
      description:
        '每个已填写的条件都会缩小候选人范围；org、orgFromField、applicantOrg 只能选一个。\nEvery field given narrows the candidates; org, orgFromField and applicantOrg are mutually exclusive.',
      additionalProperties: false,
      properties: {
        org: {
          type: 'string',
          minLength: 1,
          title: '机构',
          description: '由该机构办理（机构 id）。\nHandled by this organisation (its id).',
        },
        orgFromField: {
          type: 'string',
          minLength: 1,
          title: '取机构的表单字段',
          description:
            '机构 id 取自申请表单的这个字段。\nThe organisation id is taken from this field of the form data.',
        },
        applicantOrg: {
          type: 'boolean',
          title: '申请人所在机构',
          description: '由申请人自己的机构办理。\nHandled by the applicant’s own organisation.',
        },
        role: {
          type: 'string',
          minLength: 1,
          title: '角色',
          description: '上述机构中具有该角色的用户。\nUsers with this role in that organisation.',
        },
        users: {
          type: 'array',
          title: '指定用户',
          description: '指定的用户 id。\nNamed user ids.',
          items: { type: 'string', minLength: 1, title: '用户', description: '用户 id。\nA user id.' },
        },
        excludeApplicant: {
          type: 'boolean',
          title: '排除申请人',
          description: '申请人本人不办理自己的办件。\nThe applicant never handles their own request.',
        },
        pickField: {
          type: 'string',
          minLength: 1,
          title: '申请人自选字段',
          description:
            '表单中存放申请人所选用户 id 的字段；只保留其中符合规则的人。\nA form field holding the user id(s) the applicant picked; only those the rule allows stay.',
        },
      } satisfies Record<keyof AssigneeRule, unknown>,
    },
    fieldPermissions: {
      type: 'object',
      title: '字段权限',
      description: '字段名 → read / edit / hidden。\nField name to read, edit or hidden.',
      additionalProperties: { enum: ['read', 'edit', 'hidden'] },
    },
    requestSla: {
      type: 'object',
      title: '办结时限',
      description:
        '从提交起按工作日计算，申请人补正期间暂停。\nIn working days from submission; paused while the applicant corrects.',
      additionalProperties: false,
      properties: {
        untilField: {
          type: 'string',
          minLength: 1,
          title: '办结期限字段',
          description:
            '表单中的日期字段（如审核日期）：当日 24:00 前办结；与工作日数同时给出时取较早者。\nA date field of the form (e.g. an audit date): due at 24:00 China time that day; with working days too, the earlier wins.',
        },
        workingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '时限（工作日）',
          description: '办结时限。\nThe limit.',
        },
        remindBeforeWorkingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '提前提醒（工作日）',
          description: '默认 1。\nDefault 1.',
        },
        redCardAfterWorkingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '红牌（超期工作日）',
          description: '默认 2。\nDefault 2.',
        },
        onTimeout: {
          enum: ['remind', 'escalate'] satisfies NonNullable<RequestSla['onTimeout']>[],
          title: '超时处理',
          description:
            'remind 仅提醒（默认）、escalate 上报领导。\nremind: only warn (default); escalate: add leaders to every running step.',
        },
        escalateTo: {
          $ref: '#/$defs/assigneeRule',
          title: '上报给',
          description: '默认为当前办理机构的领导。\nDefault: leaders of the organisations handling it.',
        },
      } satisfies Record<keyof RequestSla, unknown>,
    },
    aftercareStep: {
      type: 'object',
      title: '办结后步骤',
      description: '整改或回访由谁办理、时限多久。\nWho handles a rectification or follow-up, and how fast.',
      additionalProperties: false,
      required: ['assignees'] satisfies RequiredKeys<AftercareStep>[],
      properties: {
        assignees: { $ref: '#/$defs/assigneeRule', title: '处理人', description: '谁来办理。\nWho handles it.' },
        sla: { $ref: '#/$defs/stepSla', title: '办理时限', description: '可选。\nOptional.' },
      } satisfies Record<keyof AftercareStep, unknown>,
    },
    ratingPolicy: {
      type: 'object',
      title: '好差评',
      description:
        '办结后申请人可评价（5 非常满意 … 1 非常不满意）；2 分及以下启动整改与回访。\nAfter completion the applicant may rate (5 to 1); 2 or less opens a rectification and a follow-up.',
      additionalProperties: false,
      properties: {
        windowWorkingDays: {
          type: 'integer',
          minimum: 1,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '评价期限（工作日）',
          description: '默认 10。\nDefault 10.',
        },
        rectification: {
          $ref: '#/$defs/aftercareStep',
          title: '整改',
          description:
            '默认：最后办理机构的领导，5 个工作日。\nDefault: leaders of the last deciding organisation, 5 working days.',
        },
        followUp: {
          $ref: '#/$defs/aftercareStep',
          title: '回访',
          description: '默认：督办人员。\nDefault: supervisors.',
        },
      } satisfies Record<keyof RatingPolicy, unknown>,
    },
    stepSla: {
      type: 'object',
      title: '办理时限',
      description:
        '按法定工作日计算的时限：截止于步骤开始后第 N 个工作日的 24:00（北京时间）。\nA time limit in official working days: it ends at 24:00 China time of the Nth working day after the step starts.',
      additionalProperties: false,
      required: ['workingDays'] satisfies RequiredKeys<StepSla>[],
      properties: {
        workingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '时限（工作日）',
          description: '0 表示当日（或下一个工作日）办结。\n0: by the end of the start day (or the next working day).',
        },
        remindBeforeWorkingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '提前提醒（工作日）',
          description:
            '剩余这么多个工作日时提醒办理人；默认 1，0 表示不提醒。\nRemind the handlers when this many working days are left; default 1, 0: no reminder.',
        },
        redCardAfterWorkingDays: {
          type: 'integer',
          minimum: 0,
          maximum: MAX_SLA_WORKING_DAYS,
          title: '红牌（超期工作日）',
          description:
            '到期亮黄牌，超期这么多个工作日亮红牌；默认 2。\nA yellow card at the deadline, a red card this many working days after it; default 2.',
        },
        onTimeout: {
          enum: ['remind', 'escalate', 'auto_approve', 'auto_reject'] satisfies NonNullable<StepSla['onTimeout']>[],
          title: '超时处理',
          description:
            'remind 仅提醒（默认）、escalate 上报领导、auto_approve 自动同意、auto_reject 自动驳回。\nremind: only warn (default); escalate: add a leader; auto_approve / auto_reject: decide for the handlers.',
        },
        escalateTo: {
          $ref: '#/$defs/assigneeRule',
          title: '上报给',
          description:
            '超时上报的对象；默认为当前办理机构的领导。\nWho a late step escalates to; default: the leaders of the organisations handling it.',
        },
      } satisfies Record<keyof StepSla, unknown>,
    },
    step: {
      type: 'object',
      title: '步骤',
      description:
        'approval 审批、fill 填报、wait 等待、parallel 并联、branch 条件分支、cc 抄送、notify 通知或 webhook 外部接口，由 type 区分。\nAn approval, fill, wait, parallel, branch, cc, notify or webhook step, told apart by type.',
      discriminator: { propertyName: 'type' },
      oneOf: [
        { $ref: '#/$defs/approvalStep' },
        { $ref: '#/$defs/fillStep' },
        { $ref: '#/$defs/waitStep' },
        { $ref: '#/$defs/parallelStep' },
        { $ref: '#/$defs/branchStep' },
        { $ref: '#/$defs/ccStep' },
        { $ref: '#/$defs/notifyStep' },
        { $ref: '#/$defs/webhookStep' },
      ],
    },
    ...STEP_DEFS,
  },
} as const;

/** Fails to compile when a `required` list above leaves out a key its type requires. */
type ListsEveryRequiredKey<T, Listed> = [Exclude<RequiredKeys<T>, Listed>] extends [never] ? true : false;
type RequiredList<Schema extends { required: readonly string[] }> = Schema['required'][number];
type AllTrue<T extends true[]> = T;
type Defs = typeof processDefinitionSchema.$defs;
type _RequiredListsAreComplete = AllTrue<
  [
    ListsEveryRequiredKey<ProcessDefinition, RequiredList<typeof processDefinitionSchema>>,
    ListsEveryRequiredKey<ProcessDefinition['form'], RequiredList<typeof processDefinitionSchema.properties.form>>,
    ListsEveryRequiredKey<LocalizedText, RequiredList<Defs['localizedText']>>,
    ListsEveryRequiredKey<StepSla, RequiredList<Defs['stepSla']>>,
    ListsEveryRequiredKey<ApprovalStep, RequiredList<Defs['approvalStep']>>,
    ListsEveryRequiredKey<FillStep, RequiredList<Defs['fillStep']>>,
    ListsEveryRequiredKey<WaitStep, RequiredList<Defs['waitStep']>>,
    ListsEveryRequiredKey<ParallelStep, RequiredList<Defs['parallelStep']>>,
    ListsEveryRequiredKey<BranchStep, RequiredList<Defs['branchStep']>>,
    ListsEveryRequiredKey<CcStep, RequiredList<Defs['ccStep']>>,
    ListsEveryRequiredKey<NotifyStep, RequiredList<Defs['notifyStep']>>,
    ListsEveryRequiredKey<WebhookStep, RequiredList<Defs['webhookStep']>>,
    ListsEveryRequiredKey<AftercareStep, RequiredList<Defs['aftercareStep']>>,
    ListsEveryRequiredKey<StepBranch, RequiredList<Defs['parallelBranch']>>,
    ListsEveryRequiredKey<ConditionalBranch, RequiredList<Defs['conditionalBranch']>>,
  ]
>;
