import { Schema, model } from 'mongoose';
import type { TimelineEntry } from '@tongban/workflows';

/**
 * One entry of a request's append-only audit chain. `hash` covers the entry
 * and the previous entry's hash, so editing or deleting any entry breaks
 * every hash after it.
 */
export interface AuditEvent extends TimelineEntry {
  /** `${requestId}:${seq padded}`: append is an insert that can only succeed once. */
  _id: string;
  requestId: string;
  processKey: string;
  prevHash: string;
  hash: string;
}

const auditEventSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    requestId: { type: String, required: true },
    processKey: { type: String, required: true },
    seq: { type: Number, required: true },
    at: { type: String, required: true },
    actor: { type: Schema.Types.Mixed, default: null },
    action: { type: String, required: true },
    stepId: String,
    comment: String,
    to: String,
    target: { type: Schema.Types.Mixed },
    detail: { type: Schema.Types.Mixed },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
  },
  { versionKey: false },
);
auditEventSchema.index({ requestId: 1, seq: 1 }, { unique: true });
auditEventSchema.index({ at: -1 });

export const AuditEventModel = model<AuditEvent>('AuditEvent', auditEventSchema, 'audit_events');
