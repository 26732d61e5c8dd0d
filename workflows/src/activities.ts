import type { AssigneeRule, LocalizedText } from './dsl/process-definition';
import type { Party, ProcessState, TimelineEntry } from './engine/state';

/**
 * The side effects the approval workflow asks the worker to perform. Only the
 * types live here: workflow code must not import the implementations (they do I/O).
 */
export interface ProcessActivities {
  /** The people an assignee rule names for this request (empty when nobody matches). */
  resolveAssignees(input: { rule: AssigneeRule; applicant: Party; data: Record<string, unknown> }): Promise<Party[]>;
  /** Writes the request and task projections; idempotent and ordered by `state.revision`. */
  writeProjection(state: ProcessState): Promise<void>;
  /** Appends timeline entries to the request's hash-chained audit log; idempotent by `seq`. */
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
