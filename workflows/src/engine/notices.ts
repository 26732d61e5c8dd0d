import type { LocalizedText } from '../dsl/process-definition';
import type { ProcessState, TaskState, TimelineEntry } from './state';

/**
 * An in-app notification the engine decides on: who is told what, about which
 * step. The id is derived from the cause (a task opening at a revision, a
 * timeline entry and its recipient), so writing it again changes nothing.
 */
export interface Notice {
  id: string;
  userId: string;
  /** `assignment`, `cc`, `extension`, `escalation`, or the timeline action that caused it. */
  kind: string;
  stepId?: string;
  title: LocalizedText;
}

/**
 * What one transition tells people: a task given to someone (待办, 抄送, 加签,
 * 延期, escalation), a reminder, 黄牌 or 红牌, an urge or a 督办 flag for the
 * people holding the step, and the applicant's news (退回, 办结, 驳回). Only
 * what is new in `after`: tasks that opened (or opened again) and the entries
 * it added, with the holders the step has after it.
 */
export function transitionNotices(before: ProcessState | null, after: ProcessState): Notice[] {
  const known = new Set(before ? taskNotices(before).map((notice) => notice.id) : []);
  const lastSeq = before?.timeline.at(-1)?.seq ?? 0;
  return [
    ...taskNotices(after).filter((notice) => !known.has(notice.id)),
    ...after.timeline.filter((entry) => entry.seq > lastSeq).flatMap((entry) => entryNotices(after, entry)),
  ];
}

/**
 * Everything a whole state tells people: each open or informed task, and the
 * last `recentEntries` timeline entries. How runs started before notices were
 * part of a transition are notified (ids match `transitionNotices`, so each
 * notice lands once whichever path wrote it).
 */
export function stateNotices(state: ProcessState, recentEntries: number): Notice[] {
  return [
    ...taskNotices(state),
    ...state.timeline.slice(-recentEntries).flatMap((entry) => entryNotices(state, entry)),
  ];
}

function taskNotices(state: ProcessState): Notice[] {
  return state.tasks
    .filter((task) => task.status === 'open' || task.status === 'informed')
    .map((task) => {
      const kind = taskKind(task);
      return {
        // A task that opens again (after a 前加签 or a take-back) is news again.
        id: `task:${task.id}:${task.openedRevision ?? task.createdRevision ?? 0}`,
        userId: task.assignee.userId,
        kind,
        stepId: task.stepId,
        title: titled(state, task.stepId, KIND_TITLES[kind]),
      };
    });
}

function taskKind(task: TaskState): keyof typeof KIND_TITLES {
  if (task.status === 'informed') return 'cc';
  if (task.extensionId) return 'extension';
  if (task.escalation) return 'escalation';
  return 'assignment';
}

function entryNotices(state: ProcessState, entry: TimelineEntry): Notice[] {
  const forApplicant = APPLICANT_NEWS[entry.action];
  if (forApplicant && (entry.action !== 'return' || entry.to === 'applicant')) {
    return [
      {
        id: `entry:${state.requestId}:${entry.seq}:${state.applicant.userId}`,
        userId: state.applicant.userId,
        kind: entry.action,
        title: titled(state, undefined, forApplicant),
      },
    ];
  }
  const forHolders = HOLDER_NEWS[entry.action];
  if (!forHolders) return [];
  const holders = state.tasks.filter(
    (task) =>
      task.status === 'open' && !task.extensionId && (entry.stepId === undefined || task.stepId === entry.stepId),
  );
  return [...new Set(holders.map((task) => task.assignee.userId))].map((userId) => ({
    id: `entry:${state.requestId}:${entry.seq}:${userId}`,
    userId,
    kind: entry.action,
    ...(entry.stepId ? { stepId: entry.stepId } : {}),
    title: titled(state, entry.stepId, forHolders),
  }));
}

const KIND_TITLES = {
  assignment: { zh: '新待办', en: 'New task' },
  cc: { zh: '抄送', en: 'Copied to you' },
  extension: { zh: '延期申请待审批', en: 'Extension to decide' },
  escalation: { zh: '超时上报', en: 'Escalated to you' },
} satisfies Record<string, LocalizedText>;

const HOLDER_NEWS: Partial<Record<string, LocalizedText>> = {
  remind: { zh: '即将到期', en: 'Due soon' },
  yellow_card: { zh: '黄牌：已到期', en: 'Yellow card: due' },
  red_card: { zh: '红牌：已超期', en: 'Red card: overdue' },
  urge: { zh: '催办', en: 'Urged' },
  flag: { zh: '督办', en: 'Flagged by a supervisor' },
};

const APPLICANT_NEWS: Partial<Record<string, LocalizedText>> = {
  return: { zh: '办件被退回，请补正', en: 'Returned for correction' },
  complete: { zh: '办件已办结，欢迎评价', en: 'Completed: please rate the service' },
  reject: { zh: '办件未通过', en: 'Rejected' },
  auto_reject: { zh: '办件未通过', en: 'Rejected' },
};

function titled(state: ProcessState, stepId: string | undefined, what: LocalizedText): LocalizedText {
  const process = state.definition.name;
  const step = stepId ? state.steps.find((candidate) => candidate.id === stepId)?.name : undefined;
  return {
    zh: `${what.zh}：${process.zh}${step ? `「${step.zh}」` : ''}`,
    en: `${what.en ?? what.zh}: ${process.en ?? process.zh}${step ? ` (${step.en ?? step.zh})` : ''}`,
  };
}
