import {
  applyEvent,
  checkRequestAction,
  checkTaskAction,
  RECTIFICATION_STEP_ID,
  startProcess,
  type EngineEffect,
  type EngineError,
  type EngineErrorCode,
  type Party,
  type ProcessDefinition,
  type ProcessState,
  type RequestActionInput,
  type StepDefinition,
  type TaskActionInput,
} from '@tongban/workflows';
import { ENGINE_REFUSALS, engineRefusal } from '../temporal/workflow-refusal';
import { ERRORS, errorMessage, type ErrorCode } from './messages';

// Every error the API can answer with says what happened, in Chinese and in
// English; and every refusal of the engine, provoked for real, carries a code
// whose message fits the situation.

const HAN = /\p{Script=Han}/u;

/**
 * Codes that share their Chinese text on purpose. None today: each code names
 * one situation. Add a pair here only with the reason they must read the same.
 */
const SHARED_ZH: readonly (readonly [ErrorCode, ErrorCode])[] = [];

describe('every error code', () => {
  const codes = Object.keys(ERRORS) as ErrorCode[];

  it.each(codes)('%s has a Chinese and an English message and a 4xx/5xx status', (code) => {
    const { status, zh, en } = ERRORS[code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(600);
    expect(zh).toMatch(HAN);
    expect(en).toMatch(/[A-Za-z]{3}/);
    expect(en).not.toBe(zh);
    expect(errorMessage(code, 'zh-CN')).toBe(zh);
    expect(errorMessage(code, 'en')).toBe(en);
  });

  it('gives distinct codes distinct Chinese messages, unless deliberately shared', () => {
    const byText = new Map<string, ErrorCode[]>();
    for (const code of codes) byText.set(ERRORS[code].zh, [...(byText.get(ERRORS[code].zh) ?? []), code]);
    const shared = [...byText.values()].filter((group) => group.length > 1);
    const allowed = (group: ErrorCode[]) =>
      group.every((code, index) =>
        group
          .slice(index + 1)
          .every((other) => SHARED_ZH.some(([a, b]) => (a === code && b === other) || (a === other && b === code))),
      );
    expect(shared.filter((group) => !allowed(group))).toEqual([]);
  });
});

// ---- The engine's refusals, each provoked through the engine itself. ----

const applicant = party('applicant', 'org-firm');
const [alice, bob, carol] = [party('alice', 'org-centre'), party('bob', 'org-centre'), party('carol', 'org-centre')];
const boss = party('boss', 'org-centre');
const bank = party('bank', 'org-bank');
const inspector = party('inspector', 'org-supervision');
// Monday 2 March 2026, 10:00 in Beijing: a working day.
const at = '2026-03-02T02:00:00.000Z';

function party(userId: string, orgId: string): Party {
  return { userId, displayName: userId, orgId, orgName: orgId };
}

const approval = (id: string, extra: Partial<StepDefinition> = {}): StepDefinition =>
  ({
    type: 'approval',
    id,
    name: { zh: id },
    assignees: { org: 'org-centre', role: 'handler' },
    ...extra,
  }) as StepDefinition;

const twoSteps = [approval('first', { sla: { workingDays: 3 } } as Partial<StepDefinition>), approval('second')];
const PEOPLE: Record<string, Party[]> = { first: [alice], second: [bob], copy: [carol], 'fill-bank': [bank] };

/** Answers every effect as the workflow would: leaders are boss, each step has its people. */
function settle({ state, effects }: { state: ProcessState; effects: EngineEffect[] }): ProcessState {
  const queue = [...effects];
  let settled = state;
  while (queue.length > 0) {
    const effect = queue.shift()!;
    if (effect.type !== 'resolveAssignees') continue;
    const assignees = effect.rule.role === 'leader' ? [boss] : (PEOPLE[effect.stepId] ?? [alice]);
    const next = applyEvent(settled, {
      type: 'assigneesResolved',
      stepId: effect.stepId,
      assignees,
      fallback: effect.fallback,
      ...(effect.extensionId ? { extensionId: effect.extensionId } : {}),
      at,
    });
    settled = next.state;
    queue.push(...next.effects);
  }
  return settled;
}

function start(steps: StepDefinition[] = twoSteps): ProcessState {
  const definition: ProcessDefinition = {
    key: 'refusals',
    version: 1,
    name: { zh: '拒绝' },
    form: { key: 'f', version: 1 },
    steps,
  };
  return settle(startProcess({ requestId: 'r', definition, applicant, data: {}, at }));
}

const openTask = (state: ProcessState, who: Party) =>
  state.tasks.find((task) => task.assignee.userId === who.userId && task.status === 'open')!.id;

function act(state: ProcessState, who: Party, input: Omit<TaskActionInput, 'taskId' | 'actor'>): ProcessState {
  return settle(applyEvent(state, { type: 'taskAction', taskId: openTask(state, who), actor: who, ...input, at }));
}

const requestAct = (state: ProcessState, input: RequestActionInput) =>
  settle(applyEvent(state, { type: 'requestAction', ...input, at }));

const onTask = (state: ProcessState, who: Party, input: Omit<TaskActionInput, 'actor' | 'taskId'>, taskId?: string) =>
  checkTaskAction(state, { taskId: taskId ?? openTask(state, who), actor: who, ...input });

const onRequest = (state: ProcessState, input: RequestActionInput) => checkRequestAction(state, input, at);

const running = () => start();
const completed = () => act(act(running(), alice, { action: 'approve' }), bob, { action: 'approve' });
const rectifying = () => requestAct(completed(), { action: 'rate', actor: applicant, grade: 1, comment: '太慢' });
const rectifier = (state: ProcessState) =>
  state.tasks.find((task) => task.stepId === RECTIFICATION_STEP_ID && task.status === 'open')!.assignee;

interface Situation {
  code: EngineErrorCode;
  refusal: () => EngineError | null;
  /** Words the message must contain in each language. */
  zh: string;
  en: RegExp;
}

const SITUATIONS: Situation[] = [
  {
    code: 'TASK_NOT_FOUND',
    refusal: () => onTask(running(), alice, { action: 'approve' }, 'r.99'),
    zh: '任务不存在',
    en: /no such task/i,
  },
  {
    code: 'NOT_ASSIGNEE',
    refusal: () => {
      const state = running();
      return onTask(state, bob, { action: 'approve' }, openTask(state, alice));
    },
    zh: '不是该任务的办理人',
    en: /someone else/i,
  },
  {
    code: 'UNKNOWN_ACTION',
    refusal: () => onTask(running(), alice, { action: 'dance' as TaskActionInput['action'] }),
    zh: '请求参数有误',
    en: /invalid/i,
  },
  {
    code: 'TASK_ALREADY_DECIDED',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      return onTask(act(state, alice, { action: 'approve' }), alice, { action: 'approve' }, taskId);
    },
    zh: '已被处理',
    en: /already been decided/i,
  },
  {
    code: 'TASK_NOT_OPEN',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      const held = act(state, alice, { action: 'add_signer', signers: [carol], position: 'before' });
      return onTask(held, alice, { action: 'approve' }, taskId);
    },
    zh: '尚未轮到',
    en: /not your turn/i,
  },
  {
    code: 'TASK_DELEGATED',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      const lent = act(state, alice, { action: 'delegate', target: carol, comment: '请核实' });
      return onTask(lent, alice, { action: 'approve' }, taskId);
    },
    zh: '委派',
    en: /delegated/i,
  },
  {
    code: 'DELEGATE_CANNOT_DECIDE',
    refusal: () => {
      const lent = act(running(), alice, { action: 'delegate', target: carol, comment: '请核实' });
      return onTask(lent, carol, { action: 'reject', comment: '不同意' });
    },
    zh: '受委派人只能提交意见',
    en: /delegate gives an opinion/i,
  },
  {
    code: 'TASK_TRANSFERRED',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      const moved = act(state, alice, { action: 'transfer', target: carol, comment: '转办' });
      return onTask(moved, alice, { action: 'approve' }, taskId);
    },
    zh: '转交他人',
    en: /transferred to someone else/i,
  },
  {
    code: 'TASK_CANCELLED',
    refusal: () => {
      const added = act(running(), alice, { action: 'add_signer', signers: [carol], position: 'alongside' });
      const carolTask = openTask(added, carol);
      const removed = act(added, alice, { action: 'remove_signer', target: carol });
      return onTask(removed, carol, { action: 'approve' }, carolTask);
    },
    zh: '已取消',
    en: /cancelled/i,
  },
  {
    code: 'TASK_IS_COPY',
    refusal: () => {
      const state = start([
        { type: 'cc', id: 'copy', name: { zh: '抄送' }, assignees: { org: 'org-centre', role: 'handler' } },
        approval('first'),
      ]);
      const copy = state.tasks.find((task) => task.assignee.userId === carol.userId)!;
      return onTask(state, carol, { action: 'approve' }, copy.id);
    },
    zh: '抄送',
    en: /copy/i,
  },
  {
    code: 'REQUEST_CLOSED',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      return onTask(
        act(state, alice, { action: 'reject', comment: '不符合条件' }),
        alice,
        { action: 'approve' },
        taskId,
      );
    },
    zh: '已办结或已终止',
    en: /closed/i,
  },
  {
    code: 'REQUEST_WITHDRAWN',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      return onTask(requestAct(state, { action: 'withdraw', actor: applicant }), alice, { action: 'approve' }, taskId);
    },
    zh: '撤回',
    en: /withdrawn/i,
  },
  {
    code: 'COMMENT_REQUIRED',
    refusal: () => onTask(running(), alice, { action: 'reject' }),
    zh: '审批意见',
    en: /opinion/i,
  },
  {
    code: 'EXTENSION_REASON_REQUIRED',
    refusal: () => onTask(running(), alice, { action: 'request_extension', workingDays: 2 }),
    zh: '延期理由',
    en: /reason for more time/i,
  },
  {
    code: 'EXTENSION_DAYS_INVALID',
    refusal: () => onTask(running(), alice, { action: 'request_extension', workingDays: 0, comment: '材料多' }),
    zh: '延期天数',
    en: /1 to 30 working days/i,
  },
  {
    code: 'NO_DEADLINE',
    refusal: () =>
      onTask(start([approval('plain')]), alice, { action: 'request_extension', workingDays: 2, comment: 'x' }),
    zh: '没有办理时限',
    en: /no deadline/i,
  },
  {
    code: 'EXTENSION_PENDING',
    refusal: () => {
      const asked = act(running(), alice, { action: 'request_extension', workingDays: 2, comment: '材料多' });
      return onTask(asked, alice, { action: 'request_extension', workingDays: 1, comment: '再延' });
    },
    zh: '已有延期申请',
    en: /already waiting/i,
  },
  {
    code: 'EXTENSION_DECISION_ONLY',
    refusal: () => {
      const asked = act(running(), alice, { action: 'request_extension', workingDays: 2, comment: '材料多' });
      return onTask(asked, boss, { action: 'transfer', target: carol, comment: '请代批' });
    },
    zh: '延期申请只能批准或不批准',
    en: /only approved or rejected/i,
  },
  {
    code: 'SIGNERS_INVALID',
    refusal: () => onTask(running(), alice, { action: 'add_signer', signers: [alice], position: 'before' }),
    zh: '加签人员无效',
    en: /invalid signers/i,
  },
  {
    code: 'SIGNER_ACTION_NOT_ALLOWED',
    refusal: () => {
      const added = act(running(), alice, { action: 'add_signer', signers: [carol], position: 'alongside' });
      return onTask(added, carol, { action: 'return', to: 'applicant', comment: '补正' });
    },
    zh: '加签人员不能退回',
    en: /added signer cannot/i,
  },
  {
    code: 'SIGNER_NOT_REMOVABLE',
    refusal: () => onTask(running(), alice, { action: 'remove_signer', target: carol }),
    zh: '减签',
    en: /remove a signer you added/i,
  },
  {
    code: 'TARGET_INVALID',
    refusal: () => onTask(running(), alice, { action: 'transfer', target: alice, comment: '自己' }),
    zh: '请选择其他办理人',
    en: /choose someone else/i,
  },
  {
    code: 'HAND_OVER_OUT_OF_SCOPE',
    refusal: () => onTask(running(), alice, { action: 'transfer', target: bank, comment: '转银行' }),
    zh: '不能交给其他单位',
    en: /not to another organisation/i,
  },
  {
    code: 'RETURN_TARGET_INVALID',
    refusal: () => onTask(running(), alice, { action: 'return', to: 'second', comment: '退回' }),
    zh: '退回',
    en: /go back/i,
  },
  {
    code: 'FILL_STEP_NOT_DECIDED',
    refusal: () => {
      const fill: StepDefinition = {
        type: 'fill',
        id: 'fill-bank',
        name: { zh: '银行填报' },
        assignees: { org: 'org-bank', role: 'bank_officer' },
        form: { key: 'bank-form', version: 1 },
      };
      return onTask(start([fill]), bank, { action: 'reject', comment: '不填' });
    },
    zh: '填报环节',
    en: /fill step/i,
  },
  {
    code: 'DATA_REQUIRED',
    refusal: () => {
      const fill: StepDefinition = {
        type: 'fill',
        id: 'fill-bank',
        name: { zh: '银行填报' },
        assignees: { org: 'org-bank', role: 'bank_officer' },
        form: { key: 'bank-form', version: 1 },
      };
      return onTask(start([fill]), bank, { action: 'approve' });
    },
    zh: '表单',
    en: /form/i,
  },
  {
    code: 'FIELD_NOT_EDITABLE',
    refusal: () => onTask(running(), alice, { action: 'approve', data: { amount: 1 } }),
    zh: '不能修改这些字段',
    en: /may not change these fields/i,
  },
  {
    code: 'NOTHING_TO_TAKE_BACK',
    refusal: () => onTask(running(), alice, { action: 'take_back' }),
    zh: '没有您可拿回',
    en: /no approval of yours to take back/i,
  },
  {
    code: 'TAKE_BACK_TOO_LATE',
    refusal: () => {
      const state = running();
      const taskId = openTask(state, alice);
      const approved = act(state, alice, { action: 'approve' });
      const moved = act(approved, bob, { action: 'transfer', target: carol, comment: '转办' });
      return onTask(moved, alice, { action: 'take_back' }, taskId);
    },
    zh: '无法拿回',
    en: /can no longer be taken back/i,
  },
  {
    code: 'RECTIFICATION_NOT_REJECTABLE',
    refusal: () => {
      const state = rectifying();
      return onTask(state, rectifier(state), { action: 'reject', comment: '不整改' });
    },
    zh: '整改任务应报告整改情况，不能驳回',
    en: /rectification is reported/i,
  },
  {
    code: 'RECTIFICATION_REPORT_REQUIRED',
    refusal: () => {
      const state = rectifying();
      return onTask(state, rectifier(state), { action: 'approve' });
    },
    zh: '整改情况',
    en: /what was rectified/i,
  },
  {
    code: 'AFTERCARE_ACTION_NOT_ALLOWED',
    refusal: () => {
      const state = rectifying();
      return onTask(state, rectifier(state), { action: 'return', to: 'applicant', comment: '补正' });
    },
    zh: '整改和回访',
    en: /rectification or follow-up/i,
  },
  {
    code: 'URGE_TOO_SOON',
    refusal: () =>
      onRequest(requestAct(running(), { action: 'urge', actor: applicant }), { action: 'urge', actor: applicant }),
    zh: '本工作日已催办',
    en: /urged this working day/i,
  },
  {
    code: 'URGE_NOT_WHILE_RETURNED',
    refusal: () =>
      onRequest(act(running(), alice, { action: 'return', to: 'applicant', comment: '补正' }), {
        action: 'urge',
        actor: applicant,
      }),
    zh: '退回申请人补正，暂不能催办',
    en: /no handler to urge/i,
  },
  {
    code: 'NOT_APPLICANT',
    refusal: () => onRequest(running(), { action: 'urge', actor: alice }),
    zh: '只有申请单位',
    en: /applicant's organisation/i,
  },
  {
    code: 'SUPERVISOR_ACTION_NOT_ALLOWED',
    refusal: () => onRequest(running(), { action: 'withdraw', actor: inspector, capacity: 'supervisor' }),
    zh: '督办人员只能催办和督办',
    en: /supervisor can only urge and flag/i,
  },
  {
    code: 'FLAG_NOT_ALLOWED',
    refusal: () => onRequest(running(), { action: 'flag', actor: applicant, comment: '关注' }),
    zh: '只有督办人员',
    en: /only a supervisor flags/i,
  },
  {
    code: 'FLAG_NOTE_REQUIRED',
    refusal: () => onRequest(running(), { action: 'flag', actor: inspector, capacity: 'supervisor' }),
    zh: '督办意见',
    en: /note/i,
  },
  {
    code: 'REQUEST_NOT_RETURNED',
    refusal: () => onRequest(running(), { action: 'resubmit', actor: applicant, data: {} }),
    zh: '未被退回',
    en: /not returned/i,
  },
  {
    code: 'RATING_CLOSED',
    refusal: () => onRequest(running(), { action: 'rate', actor: applicant, grade: 5 }),
    zh: '不能评价',
    en: /cannot be rated/i,
  },
  {
    code: 'GRADE_INVALID',
    refusal: () => onRequest(completed(), { action: 'rate', actor: applicant, grade: 7 }),
    zh: '1 到 5',
    en: /grade from 1 to 5/i,
  },
  {
    code: 'RATING_COMMENT_REQUIRED',
    refusal: () => onRequest(completed(), { action: 'rate', actor: applicant, grade: 1 }),
    zh: '差评',
    en: /bad rating/i,
  },
];

describe('every refusal of the engine', () => {
  it('is provoked below, once per code', () => {
    expect(SITUATIONS.map((situation) => situation.code).sort()).toEqual(Object.keys(ENGINE_REFUSALS).sort());
  });

  it.each(SITUATIONS)('$code: the engine refuses with it, and its message says so', ({ code, refusal, zh, en }) => {
    const error = refusal();
    expect(error?.code).toBe(code);
    const apiCode = engineRefusal(error!).code;
    expect(errorMessage(apiCode, 'zh-CN')).toContain(zh);
    expect(errorMessage(apiCode, 'en')).toMatch(en);
  });
});
