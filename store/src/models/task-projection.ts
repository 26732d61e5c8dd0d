import { Schema, model } from 'mongoose';
import type { TaskStatus } from '@tongban/workflows';

/** One person's task on one step, as the inbox shows it. */
export interface TaskProjection {
  _id: string;
  revision: number;
  requestId: string;
  /** The request's 办件编号 (see `RequestProjection.number`), absent on requests filed before numbers existed. */
  requestNumber?: string;
  stepId: string;
  stepName: { zh: string; en?: string };
  processKey: string;
  processName: { zh: string; en?: string };
  assigneeId: string;
  assigneeOrgId: string;
  status: TaskStatus;
  applicantOrgName: string;
  /**
   * What the task asks for, when it is not the step's own decision: an added
   * signer's (加签), a leader's on a 延期, a copy (抄送), a late step's escalation.
   */
  kind?: 'signer' | 'extension' | 'cc' | 'escalation';
  /** A substitute's task: the absent person it is done for. */
  onBehalfOf?: { userId: string; displayName: string };
  /** A fill (填报) step's task: the form its party submits. */
  form?: { key: string; version: number };
  createdAt: string;
  decidedAt?: string;
  /** The working days from the task's opening to its decision (`workingDaysKey`): the dashboard counts them per department. */
  decidedWorkingDays?: string;
  /**
   * The step's time limit (its clock's 黄牌 moment), when the step has one: the inbox sorts 待办 by
   * it. With the reminder and 红牌 moments, the clock's level at any instant follows from these
   * (as the engine's ticks move it), so a tick need not rewrite the task.
   */
  dueAt?: string;
  remindAt?: string;
  redAt?: string;
}

const taskProjectionSchema = new Schema<TaskProjection>(
  {
    _id: { type: String, required: true },
    revision: { type: Number, required: true },
    requestId: { type: String, required: true },
    requestNumber: String,
    stepId: { type: String, required: true },
    stepName: { type: Schema.Types.Mixed, required: true },
    processKey: { type: String, required: true },
    processName: { type: Schema.Types.Mixed, required: true },
    assigneeId: { type: String, required: true },
    assigneeOrgId: { type: String, required: true },
    status: { type: String, required: true },
    applicantOrgName: { type: String, required: true },
    kind: String,
    onBehalfOf: { type: Schema.Types.Mixed },
    form: { type: Schema.Types.Mixed },
    createdAt: { type: String, required: true },
    decidedAt: String,
    decidedWorkingDays: String,
    dueAt: String,
    remindAt: String,
    redAt: String,
  },
  { versionKey: false },
);
// The inbox: a user's tasks by status, newest first; narrowed to one process; 已办 by decision time.
taskProjectionSchema.index({ assigneeId: 1, status: 1, createdAt: -1 });
// The dashboard: how fast each department decided, counted by index (percentilesByCount).
taskProjectionSchema.index({ assigneeOrgId: 1, decidedWorkingDays: 1 });
taskProjectionSchema.index({ assigneeId: 1, status: 1, processKey: 1, createdAt: -1 });
taskProjectionSchema.index({ assigneeId: 1, status: 1, decidedAt: -1 });
// 待办 by deadline, soonest first.
taskProjectionSchema.index({ assigneeId: 1, status: 1, dueAt: 1 });
taskProjectionSchema.index({ requestId: 1 });
// A search by a whole 办件编号 (one equality) among one person's tasks: declared so the equality is applied in the database.
taskProjectionSchema.index({ requestNumber: 1 });

export const TaskProjectionModel = model<TaskProjection>('TaskProjection', taskProjectionSchema, 'tasks');
