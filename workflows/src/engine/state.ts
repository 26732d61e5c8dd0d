import type { ProcessDefinition } from '../dsl/process-definition';

/** A person as the engine records them: enough to show who acted without a lookup. */
export interface Party {
  userId: string;
  displayName: string;
  orgId: string;
  orgName: string;
}

export type RequestStatus = 'in_progress' | 'returned' | 'completed' | 'rejected' | 'withdrawn';

export const TERMINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn'];

export type StepStatus = 'pending' | 'active' | 'approved' | 'rejected' | 'skipped';

/** `waiting` is a sequential signer whose turn has not come yet. */
export type TaskStatus = 'waiting' | 'open' | 'approved' | 'rejected' | 'cancelled';

export interface StepState {
  id: string;
  name: ProcessDefinition['steps'][number]['name'];
  status: StepStatus;
  startedAt?: string;
  endedAt?: string;
}

export interface TaskState {
  id: string;
  stepId: string;
  assignee: Party;
  status: TaskStatus;
  createdAt: string;
  decidedAt?: string;
  comment?: string;
}

export type TimelineAction = 'submit' | 'approve' | 'reject' | 'comment' | 'skip' | 'no_assignee' | 'complete';

export interface TimelineEntry {
  /** Position in the timeline; also the audit entry's sequence number. */
  seq: number;
  at: string;
  actor: Party | null;
  action: TimelineAction;
  stepId?: string;
  comment?: string;
}

/**
 * Everything the engine knows about one request. Serializable; it is the
 * workflow's Query result and the source of every projection.
 */
export interface ProcessState {
  requestId: string;
  definition: ProcessDefinition;
  status: RequestStatus;
  applicant: Party;
  data: Record<string, unknown>;
  steps: StepState[];
  tasks: TaskState[];
  timeline: TimelineEntry[];
  /** Bumped on every change, so projections can be written idempotently and in order. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}
