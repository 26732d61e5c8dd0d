import { ROLES } from '@tongban/store';
import { REQUEST_STATUSES, STEP_STATUSES, type TaskStatus } from '@tongban/workflows';
import { z } from 'zod';

/**
 * What the API answers, as zod schemas: the OpenAPI document is generated from
 * them and the tests parse real responses with them, so an undocumented field
 * fails a test. Objects the server builds are strict; values passed through
 * from elsewhere (form data, form schemas, CASL conditions) are open.
 * Statuses and roles are enumerated from the lists their owners keep (`workflows`, `store`),
 * so the client's types, generated from this document, follow them.
 */

const dateTime = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 instant' });

/** Every status a task can have (the engine's TaskStatus): the client's types are generated from this list. */
const TASK_STATUSES = [
  'waiting',
  'open',
  'approved',
  'rejected',
  'cancelled',
  'delegated',
  'transferred',
  'informed',
] as const satisfies readonly TaskStatus[];
// Fails to compile when the engine gains a status this list leaves out.
const _everyTaskStatus: Exclude<TaskStatus, (typeof TASK_STATUSES)[number]> extends never ? true : never = true;

export const fieldErrorSchema = z.strictObject({
  path: z.string().meta({ description: 'JSON Pointer of the field', examples: ['/loanAmount'] }),
  message: z.string().meta({ description: "In the caller's language" }),
});

/** `{ error: { code, message, fields? } }`: every 4xx and 5xx. */
export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ description: 'Stable code; see each response for the codes it can carry' }),
      message: z.string().meta({ description: 'zh-CN unless Accept-Language prefers English' }),
      fields: z.array(fieldErrorSchema).optional().meta({ description: 'One entry per invalid field (400, 422)' }),
    }),
  })
  .meta({ description: 'The error body of every 4xx and 5xx' });

export const userSchema = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  roles: z.array(z.enum(ROLES)),
});

/** A packed CASL rule, as `@casl/ability` builds and the browser reads it. */
export const caslRuleSchema = z.looseObject({
  action: z.union([z.string(), z.array(z.string())]),
  subject: z.union([z.string(), z.array(z.string())]),
  conditions: z.record(z.string(), z.unknown()).optional(),
  inverted: z.boolean().optional(),
  fields: z.union([z.string(), z.array(z.string())]).optional(),
  reason: z.string().optional(),
});

export const profileSchema = z
  .strictObject({ user: userSchema, rules: z.array(caslRuleSchema) })
  .meta({ description: 'The signed-in user and the CASL rules that say what they may do' });

const jsonObject = z.record(z.string(), z.unknown());

export const catalogueItemSchema = z.strictObject({
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string(),
  form: z.strictObject({
    schema: jsonObject.meta({ description: 'JSON Schema of the form' }),
    uiSchema: jsonObject.optional(),
    example: jsonObject.optional(),
  }),
});

export const startedRequestSchema = z.strictObject({
  id: z.string().meta({ examples: ['req-0f3c9a7d2b1e4c5a8d6f7e90'] }),
  status: z.string().meta({ description: 'in_progress once the first step has its tasks' }),
});

/** A party as the engine records it; passed through from the projection. */
export const partySchema = z.looseObject({
  userId: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
});

const requestFields = {
  id: z.string().meta({ description: 'The stable internal id: URLs, the API and the workflow use it' }),
  number: z
    .string()
    .optional()
    .meta({
      description:
        '办件编号 as people read it: the accepting office’s prefix, the China date of submission, the day’s position; absent on requests filed before numbers existed',
      examples: ['云梦招商-20261202-0001'],
    }),
  processKey: z.string(),
  processVersion: z.number().int(),
  processName: z.string(),
  status: z.enum(REQUEST_STATUSES),
  applicant: partySchema,
  filedBy: partySchema
    .optional()
    .meta({ description: '窗口受理 / 代办: the window clerk who filed it for the applicant, with their department' }),
  currentStepNames: z.array(z.string()),
  createdAt: dateTime,
  updatedAt: dateTime,
  completedAt: dateTime.optional(),
  deadline: z
    .strictObject({
      dueAt: dateTime,
      level: z.string(),
      paused: z.boolean(),
      workingDaysLeft: z.number().int().optional().meta({
        description:
          'Working days after today up to the last day, by the official calendar (0 on the last day, negative once late); absent while paused',
      }),
      atRisk: z
        .literal(true)
        .optional()
        .meta({ description: '时限预警: the working days left cannot hold the steps to come' }),
    })
    .optional()
    .meta({
      description:
        'The whole request’s clock (办结时限): on_time, reminded, yellow (黄牌) or red (红牌); paused during 补正',
    }),
  ratingOpenUntil: dateTime.optional().meta({ description: 'After 办结: the applicant may rate (好差评) until then' }),
  rating: z
    .strictObject({ grade: z.number().int(), at: dateTime, comment: z.string().optional() })
    .optional()
    .meta({ description: '好差评: 5 非常满意 … 1 非常不满意' }),
  aftercare: z
    .enum(['rectifying', 'following_up', 'closed'])
    .optional()
    .meta({ description: 'After a bad rating: 整改 (rectifying), 回访 (following_up), or closed' }),
  flagged: z.boolean().optional().meta({ description: '督办: flagged by a supervisor' }),
};

export const requestSummarySchema = z.strictObject(requestFields);

export const timelineEntrySchema = z.strictObject({
  seq: z.number().int(),
  at: dateTime,
  actor: z
    .strictObject({
      userId: z.string(),
      displayName: z.string(),
      orgName: z.string(),
      onBehalfOf: z
        .strictObject({ userId: z.string(), displayName: z.string() })
        .optional()
        .meta({ description: 'A substitute acted for this absent person (代理)' }),
    })
    .nullable(),
  action: z.string().meta({ description: 'submit, approve, reject, comment, complete, …' }),
  stepId: z.string().optional(),
  stepName: z.string().optional(),
  comment: z
    .string()
    .optional()
    .meta({ description: 'The opinion; left out of internal entries for the applicant’s side' }),
  internal: z.literal(true).optional().meta({ description: 'Staff only: an internal opinion (hand-over notes)' }),
  to: z.string().optional().meta({ description: 'A return: `applicant` or the step it went back to' }),
  target: z
    .strictObject({ userId: z.string(), displayName: z.string(), orgName: z.string() })
    .optional()
    .meta({ description: 'A transfer or delegation: to whom' }),
  detail: jsonObject
    .optional()
    .meta({ description: 'What else the entry says: signers added, a new deadline, a grade, corrected fields' }),
});

export const requestViewSchema = z
  .strictObject({
    ...requestFields,
    data: jsonObject,
    stepData: z
      .record(z.string(), jsonObject)
      .meta({ description: 'What each fill (填报) step’s party submitted, by step id' }),
    stepForms: z
      .record(z.string(), z.strictObject({ title: z.string(), schema: jsonObject, uiSchema: jsonObject.optional() }))
      .meta({ description: 'The form of each fill step in `stepData`, by step id, to show what it submitted' }),
    form: z.strictObject({ schema: jsonObject, uiSchema: jsonObject.optional() }).nullable(),
    steps: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        status: z.enum(STEP_STATUSES),
        lead: z
          .literal(true)
          .optional()
          .meta({ description: 'A step of the lead department’s branch (牵头部门) of a parallel step' }),
      }),
    ),
    timeline: z.array(timelineEntrySchema),
  })
  .meta({ description: 'A request with its data, the form to render it, its steps and its timeline' });

export const taskViewSchema = z.strictObject({
  id: z.string(),
  requestId: z.string(),
  requestNumber: z.string().optional().meta({ description: 'The request’s 办件编号' }),
  stepId: z.string(),
  stepName: z.string(),
  processKey: z.string(),
  processName: z.string(),
  status: z.enum(TASK_STATUSES).meta({ description: 'informed: a copy (抄送); waiting: not its turn yet' }),
  applicantOrgName: z.string(),
  kind: z.enum(['signer', 'extension', 'cc', 'escalation']).optional().meta({
    description: 'Not the step’s own decision: an added signer (加签), a 延期 to decide, a copy (抄送), an escalation',
  }),
  onBehalfOf: z
    .strictObject({ userId: z.string(), displayName: z.string() })
    .optional()
    .meta({ description: 'A substitute’s task: done for this absent person (代理)' }),
  createdAt: dateTime,
  decidedAt: dateTime.optional(),
  deadline: z
    .strictObject({
      dueAt: dateTime,
      level: z.enum(['on_time', 'reminded', 'yellow', 'red']).meta({ description: '黄牌 at the deadline, 红牌 later' }),
      workingDaysLeft: z.number().int().meta({
        description:
          'Working days after today up to the last day, by the official calendar (0 on the last day, negative once late)',
      }),
    })
    .optional()
    .meta({ description: 'The step’s time limit, while the task still waits on its holder' }),
});

/** How many tasks each inbox view holds for the caller. */
export const taskCountsSchema = z.strictObject({
  open: z.number().int().meta({ description: '待办' }),
  done: z.number().int().meta({ description: '已办' }),
  cc: z.number().int().meta({ description: '抄送我' }),
});

export const taskDetailSchema = z.strictObject({
  task: taskViewSchema,
  request: requestViewSchema.meta({
    description: 'The request as this step may see it: fields the step hides are left out of the data and the form',
  }),
  fieldPermissions: z
    .record(z.string(), z.enum(['read', 'edit', 'hidden']))
    .meta({ description: 'Per request-form field: what this step may do with it (unnamed fields: read)' }),
  returnTargets: z
    .array(z.strictObject({ stepId: z.string(), name: z.string() }))
    .meta({ description: 'Earlier approved steps this open task may return the request to (besides the applicant)' }),
  addedSigners: z
    .array(z.strictObject({ userId: z.string(), displayName: z.string(), status: z.enum(['open', 'waiting']) }))
    .meta({ description: 'People this task’s handler added (加签) who have not decided yet: whom 减签 may remove' }),
  fillForm: z
    .strictObject({ schema: jsonObject, uiSchema: jsonObject.optional() })
    .optional()
    .meta({ description: 'A fill (填报) task: the form to submit with `approve` and `data`' }),
});

const personSchema = z.strictObject({ userId: z.string(), displayName: z.string(), orgName: z.string() });

export const routePreviewSchema = z
  .strictObject({
    processKey: z.string(),
    processVersion: z.number().int(),
    steps: z.array(
      z.strictObject({
        stepId: z.string(),
        name: z.string(),
        type: z.string().meta({ description: 'approval, fill, cc, notify, wait, webhook' }),
        parallelStepId: z.string().optional().meta({ description: 'Steps sharing it run at the same time (并联)' }),
        dueAt: dateTime.optional().meta({
          description:
            'Its deadline (or a wait’s end), counted in working days from the expected end of the steps before it, each decided on its last day',
        }),
        people: z
          .array(personSchema)
          .meta({ description: 'Who would get its tasks (or be told), by today’s directory' }),
      }),
    ),
  })
  .meta({ description: 'The steps in order, with the people who would handle each' });

export const whatIfSchema = z
  .strictObject({
    tasks: z.array(
      z.strictObject({
        taskId: z.string(),
        stepId: z.string(),
        stepName: z.string(),
        assignee: personSchema,
        from: z.string().nullable().meta({ description: 'null: the task would be created' }),
        to: z.string(),
      }),
    ),
    steps: z.array(z.strictObject({ stepId: z.string(), stepName: z.string(), from: z.string(), to: z.string() })),
    deadlines: z.array(
      z.strictObject({ stepId: z.string(), stepName: z.string(), from: dateTime.nullable(), to: dateTime.nullable() }),
    ),
    status: z.strictObject({ from: z.string(), to: z.string() }).nullable(),
  })
  .meta({ description: 'What the action would change; nothing has changed' });

export const actionResultSchema = z
  .strictObject({ request: requestViewSchema })
  .meta({ description: 'The request after the decision, with the next step already projected' });

const listOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });
export const catalogueListSchema = listOf(catalogueItemSchema);
/** A page of a list: `items`, `total` (all pages), `page`, `pageSize`. */
const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    total: z.number().int().meta({ description: 'Items in all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export const requestListSchema = pageOf(requestSummarySchema);
export const taskListSchema = pageOf(taskViewSchema);

export const healthSchema = z.strictObject({
  status: z.enum(['ok', 'unavailable']),
  temporal: z.boolean(),
  database: z.boolean(),
  worker: z.boolean().meta({ description: "A worker polled Tongban's task queue recently" }),
});

export const readinessSchema = z.strictObject({
  status: z.enum(['ready', 'unavailable']),
  temporal: z.boolean(),
  database: z.boolean(),
});

/** The OpenAPI document itself; only its shape is promised here. */
export const openApiObjectSchema = z
  .looseObject({ openapi: z.string(), info: jsonObject, paths: jsonObject })
  .meta({ description: 'This document' });

/** Prometheus text exposition format. */
export const metricsTextSchema = z.string().meta({ description: 'Prometheus text format 0.0.4' });
