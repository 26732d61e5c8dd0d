import { condition, proxyActivities, proxyLocalActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { ProcessActivities } from '../activities';
import type { EngineEffect, EngineEvent, EngineRules, Transition } from '../engine/events';
import type { Notice } from '../engine/notices';
import { applyEvent, nextClockAt } from '../engine/process-engine';
import type { ClockLevel, ProcessState } from '../engine/state';
import { HANDLING_ORGS, OVERDUE_LEVEL, REQUEST_STATUS } from './search-attributes';

/** What a run hands the next one on continue-as-new: a state its writes had fully caught up with. */
export interface RunResume {
  state: ProcessState;
  auditedSeq: number;
  /** The hash of audit entry `auditedSeq`; absent from runs begun before one write per step. */
  auditedHash?: string;
}

const RETRY_FOREVER = { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 } as const;

const activities = proxyActivities<ProcessActivities>({
  startToCloseTimeout: '30 seconds',
  // Unlimited attempts: when the database is down, side effects wait for it instead of failing the request.
  retry: RETRY_FOREVER,
});

// Reads and the transition's own writes: short, idempotent, and on the critical path of every Update.
// As local activities they run in the workflow task, without a round trip through Temporal's task queue.
const localActivities = proxyLocalActivities<ProcessActivities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY_FOREVER,
});

/**
 * One request's run: its engine state, the effects the engine asked for and
 * not yet performed, and how far the writes (projection, audit chain,
 * notifications, search attributes) have caught up with the state.
 *
 * With `oneWritePerStep`, the people a step needs are resolved before the
 * state is written, and a write is one activity carrying only what changed;
 * without it (runs recorded before that change), the state is written first,
 * in two activities, as those runs did.
 */
export class RequestRun {
  state: ProcessState;
  private readonly effects: EngineEffect[] = [];
  private notices: Notice[] = [];
  private writtenRevision: number;
  private auditedSeq: number;
  private auditedHash: string | undefined;
  /** Each task as last written (JSON), so a write carries only the tasks that changed. */
  private writtenTasks: Map<string, string>;
  private indexed = '';
  /**
   * Resolve before writing, and write once per step (see the class). Set from
   * `patched()` once the Update handlers are set: the first workflow task's
   * commands must come in the order older runs recorded them.
   */
  oneWritePerStep = false;
  /** The engine rules this run keeps (see EngineRules); set from `patched()` with `oneWritePerStep`. */
  rules: EngineRules = {};

  constructor(
    start: Transition | RunResume,
    private readonly options: { indexSearchAttributes: boolean },
  ) {
    this.state = start.state;
    if ('effects' in start) {
      this.writtenRevision = 0;
      this.auditedSeq = 0;
      this.writtenTasks = new Map();
      this.queue(start);
    } else {
      // A resumed run starts from a state its previous run had fully written.
      this.writtenRevision = start.state.revision;
      this.auditedSeq = start.auditedSeq;
      this.auditedHash = start.auditedHash;
      this.writtenTasks = new Map(start.state.tasks.map((task) => [task.id, JSON.stringify(task)]));
    }
  }

  /** Feeds one event to the engine and queues what it asks for. Throws the engine's refusal unchanged. */
  apply(event: EngineEvent): void {
    this.queue(applyEvent(this.state, event, this.rules));
  }

  /** Nothing left to do and everything written: what a reader sees now is the whole effect of every action. */
  readonly settled = (): boolean => this.effects.length === 0 && this.isWritten();

  /** The state as it is now is written (effects may still be due). */
  isWritten(): boolean {
    return this.writtenRevision === this.state.revision;
  }

  /** Something is left to write or to perform. */
  readonly hasWork = (): boolean => !this.isWritten() || this.effects.length > 0;

  /**
   * Sleeps until there is something to do: `work` (to write or perform),
   * `clock` (the next statutory clock is due: reminder, 黄牌, 红牌, a wait's
   * end), or `finished` (nothing left, and `finished()` holds).
   */
  async wake(finished: () => boolean): Promise<'work' | 'clock' | 'finished'> {
    const workOrFinished = () => this.hasWork() || finished();
    const clockAt = nextClockAt(this.state);
    const woken = clockAt
      ? await condition(workOrFinished, Math.max(1, Date.parse(clockAt) - Date.now()))
      : await condition(workOrFinished).then(() => true);
    if (!woken) return 'clock';
    return this.hasWork() ? 'work' : 'finished';
  }

  /**
   * Does the next piece of work: resolves the people a step needs, or writes
   * the state, or performs another effect (a notify step, a webhook). A
   * webhook is only called once the decision that led to it is written.
   */
  async next(): Promise<void> {
    const effect = this.effects[0];
    const resolveFirst = this.oneWritePerStep && effect?.type === 'resolveAssignees';
    if (!this.isWritten() && !resolveFirst) {
      await (this.oneWritePerStep ? this.writeChanges() : this.writeWhole());
      return;
    }
    if (!effect) return;
    await this.perform(effect);
    // Dequeued only once done, so `settled` stays false while its activity runs.
    this.effects.shift();
  }

  /** What the next run carries on with. */
  resume(): RunResume {
    return {
      state: this.state,
      auditedSeq: this.auditedSeq,
      ...(this.auditedHash ? { auditedHash: this.auditedHash } : {}),
    };
  }

  private queue(transition: Transition): void {
    this.state = transition.state;
    this.effects.push(...transition.effects);
    this.notices.push(...transition.notices);
  }

  /** One activity: the request, the tasks that changed, the new audit entries and the notices, together. */
  private async writeChanges(): Promise<void> {
    const snapshot = this.state;
    const notices = [...this.notices];
    const tasks = snapshot.tasks.map((task) => [task.id, JSON.stringify(task)] as const);
    const { auditHash } = await localActivities.persistTransition({
      state: snapshot,
      taskIds: tasks.filter(([id, json]) => this.writtenTasks.get(id) !== json).map(([id]) => id),
      newTaskIds: tasks.filter(([id]) => !this.writtenTasks.has(id)).map(([id]) => id),
      auditEntries: snapshot.timeline.filter((entry) => entry.seq > this.auditedSeq),
      ...(this.auditedHash ? { previousHash: this.auditedHash } : {}),
      notices,
      firstWrite: this.writtenRevision === 0,
    });
    // Updates may have queued more while the write ran; those go with the next one.
    this.notices.splice(0, notices.length);
    this.auditedHash = auditHash ?? this.auditedHash;
    this.auditedSeq = snapshot.timeline.at(-1)?.seq ?? this.auditedSeq;
    this.writtenTasks = new Map(tasks);
    this.writtenRevision = snapshot.revision;
    this.indexSearchAttributes(snapshot);
  }

  /** Runs recorded before one write per step: the audit entries, then the whole projection. */
  private async writeWhole(): Promise<void> {
    const snapshot = this.state;
    // These runs notify from the whole state they write.
    this.notices = [];
    const entries = snapshot.timeline.filter((entry) => entry.seq > this.auditedSeq);
    if (entries.length > 0) {
      await activities.appendAudit({ requestId: snapshot.requestId, processKey: snapshot.definition.key, entries });
      this.auditedSeq = entries[entries.length - 1]!.seq;
    }
    await activities.writeProjection(snapshot);
    this.writtenRevision = snapshot.revision;
    this.indexSearchAttributes(snapshot);
  }

  private indexSearchAttributes(snapshot: ProcessState): void {
    if (!this.options.indexSearchAttributes) return;
    const handlingOrgs = [
      ...new Set(snapshot.tasks.filter((task) => task.status === 'open').map((task) => task.assignee.orgId)),
    ].sort();
    const overdue = overdueLevel(snapshot);
    const signature = `${snapshot.status}|${handlingOrgs.join(',')}|${overdue}`;
    if (signature === this.indexed) return;
    this.indexed = signature;
    upsertSearchAttributes([
      { key: REQUEST_STATUS, value: snapshot.status },
      { key: HANDLING_ORGS, value: handlingOrgs },
      { key: OVERDUE_LEVEL, value: overdue },
    ]);
  }

  private async perform(effect: EngineEffect): Promise<void> {
    switch (effect.type) {
      case 'resolveAssignees': {
        const resolve = this.oneWritePerStep ? localActivities.resolveAssignees : activities.resolveAssignees;
        const assignees = await resolve({ rule: effect.rule, applicant: effect.applicant, data: effect.data });
        this.apply({
          type: 'assigneesResolved',
          stepId: effect.stepId,
          assignees,
          fallback: effect.fallback,
          ...(effect.escalation ? { escalation: true } : {}),
          ...(effect.extensionId ? { extensionId: effect.extensionId } : {}),
          at: now(),
        });
        break;
      }
      case 'notify': {
        const { type: _type, ...notification } = effect;
        await activities.notify(notification);
        break;
      }
      case 'callWebhook': {
        const call = proxyActivities<ProcessActivities>({
          startToCloseTimeout: `${effect.timeoutSeconds + 5} seconds`,
          retry: {
            initialInterval: '2 seconds',
            maximumInterval: '1 minute',
            backoffCoefficient: 2,
            maximumAttempts: effect.maxAttempts,
          },
        }).callWebhook;
        let result: { ok: boolean; response?: Record<string, unknown>; error?: string };
        try {
          const { url, method, idempotencyKey, body, timeoutSeconds } = effect;
          result = { ok: true, response: await call({ url, method, idempotencyKey, body, timeoutSeconds }) };
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
          result = { ok: false, error: cause instanceof Error ? cause.message : String(cause) };
        }
        this.apply({ type: 'webhookResult', stepId: effect.stepId, ...result, at: now() });
        break;
      }
    }
  }
}

const CLOCK_LEVELS: readonly ClockLevel[] = ['on_time', 'reminded', 'yellow', 'red'];

/** The worst clock among the running steps, so operators can list 红牌 requests in Temporal. */
function overdueLevel(state: ProcessState): ClockLevel {
  return state.steps.reduce<ClockLevel>((worst, step) => {
    const level = step.status === 'active' ? step.clock?.level : undefined;
    return level && CLOCK_LEVELS.indexOf(level) > CLOCK_LEVELS.indexOf(worst) ? level : worst;
  }, 'on_time');
}

/** Workflow time: deterministic on replay. */
export function now(): string {
  return new Date().toISOString();
}
