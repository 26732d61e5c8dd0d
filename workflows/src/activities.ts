import type { AssigneeRule, LocalizedText } from './dsl/process-definition';
import type { Notice } from './engine/notices';
import type { Party, ProcessState, TimelineEntry } from './engine/state';

/** What one settled transition writes: everything that changed since the last write. */
export interface TransitionWrite {
  /** The state now: the request's projection is rewritten from it (one document). */
  state: ProcessState;
  /** The tasks that changed since the last write; the others stay as written. */
  taskIds: string[];
  /** Of those, the tasks never written before. */
  newTaskIds: string[];
  /** The timeline entries not yet on the audit chain, consecutive, in `seq` order. */
  auditEntries: TimelineEntry[];
  /** The hash of the chain's last entry as the last write returned it (absent: read it back). */
  previousHash?: string;
  /** Who the transitions since the last write tell what, as the engine decided. */
  notices: Notice[];
  /** True on the request's first write: the request is new, and who filed it at a service window (代办) is recorded. */
  firstWrite: boolean;
}

/**
 * The side effects the approval workflow asks the worker to perform. Only the
 * types live here: workflow code must not import the implementations (they do I/O).
 */
export interface ProcessActivities {
  /** The people an assignee rule names for this request (empty when nobody matches). */
  resolveAssignees(input: { rule: AssigneeRule; applicant: Party; data: Record<string, unknown> }): Promise<Party[]>;
  /**
   * One transition's writes together: its projections, its audit entries and
   * its notifications (and their deliveries on the channels people chose).
   * Idempotent; returns the audit chain's last hash for the next write.
   */
  persistTransition(write: TransitionWrite): Promise<{ auditHash?: string }>;
  /** Runs begun before `persistTransition`: writes the request and every task projection, and notifies. */
  writeProjection(state: ProcessState): Promise<void>;
  /** Runs begun before `persistTransition`: appends timeline entries to the audit chain, one by one. */
  appendAudit(input: { requestId: string; processKey: string; entries: TimelineEntry[] }): Promise<void>;
  /** A `notify` step: in-app notifications for the people the rule names (and their chosen channels). */
  notify(input: {
    requestId: string;
    stepId: string;
    rule: AssigneeRule;
    message: LocalizedText;
    applicant: Party;
    data: Record<string, unknown>;
  }): Promise<void>;
  /**
   * A `webhook` step's call. Throws on a failed attempt so Temporal retries it
   * (same idempotency key every time); returns the receiver's JSON answer.
   */
  callWebhook(input: {
    url: string;
    method: 'POST' | 'PUT';
    idempotencyKey: string;
    body: Record<string, unknown>;
    timeoutSeconds: number;
  }): Promise<Record<string, unknown>>;
}

/** A notification sent out of the app, on one channel a person chose. */
export interface NotificationDelivery {
  notificationId: string;
  requestId: string;
  /** The request's 办件编号, which the message names; absent in deliveries started before numbers existed. */
  requestNumber?: string;
  channel: 'email' | 'sms' | 'robot';
  /** The address, phone number or robot webhook URL. */
  target: string;
  title: LocalizedText;
}

/** What the `deliverNotification` workflow asks the worker to do. */
export interface DeliveryActivities {
  /**
   * Sends one notification on one channel. Throws to be retried; a channel
   * that is not configured, or a receiver that refuses, fails for good.
   */
  sendNotification(delivery: NotificationDelivery): Promise<void>;
}

/** The task queue the worker polls and the server starts workflows on. */
export const TASK_QUEUE = 'tongban-approvals';
