import { Schema, model } from 'mongoose';
import type { AdministrationAction, AuditObjectKind, TimelineAction, TimelineEntry } from '@tongban/workflows';

export { ADMINISTRATION_ACTIONS, type AdministrationAction, type AuditObjectKind } from '@tongban/workflows';

/**
 * The key (`requestId`) of the one chain of administrative changes:
 * organisations, users, definitions, substitutes, login lockouts. Request ids
 * start with `req-`, so it never names a request.
 */
export const ADMINISTRATION_CHAIN = 'administration';

/** The object of an administrative entry: its kind, id and display name at the time. */
export interface AuditObject {
  kind: AuditObjectKind;
  id: string;
  name: string;
}

/**
 * One entry of an append-only audit chain: a request's (`requestId` is the
 * request) or the administration chain (`requestId` is
 * `ADMINISTRATION_CHAIN`, `object` says what changed, no `processKey`).
 * `hash` covers the entry and the previous entry's hash, so editing or
 * deleting any entry breaks every hash after it.
 */
export interface AuditEvent extends Omit<TimelineEntry, 'action'> {
  /** `${requestId}:${seq padded}`: append is an insert that can only succeed once. */
  _id: string;
  /** The chain's key: the request's id, or `ADMINISTRATION_CHAIN`. */
  requestId: string;
  /** The request's process; absent on administrative entries. */
  processKey?: string;
  action: TimelineAction | AdministrationAction;
  /** Administrative entries: what was changed. */
  object?: AuditObject;
  prevHash: string;
  /** Which fields `hash` covers: 2 (every field) for entries written now; absent on older entries (version 1). */
  hashVersion?: 2;
  hash: string;
}

const auditEventSchema = new Schema<AuditEvent>(
  {
    _id: { type: String, required: true },
    requestId: { type: String, required: true },
    processKey: String,
    seq: { type: Number, required: true },
    at: { type: String, required: true },
    actor: { type: Schema.Types.Mixed, default: null },
    action: { type: String, required: true },
    stepId: String,
    comment: String,
    to: String,
    target: { type: Schema.Types.Mixed },
    detail: { type: Schema.Types.Mixed },
    object: { type: Schema.Types.Mixed },
    prevHash: { type: String, required: true },
    hashVersion: Number,
    hash: { type: String, required: true },
  },
  // Kept as hashed: mongoose would otherwise drop an empty object inside `detail`, and the hash would no longer match.
  { versionKey: false, minimize: false },
);
// One entry per position of a chain: two appends racing for the same seq cannot both land (no fork).
auditEventSchema.index({ requestId: 1, seq: 1 }, { unique: true });
auditEventSchema.index({ at: -1 });

export const AuditEventModel = model<AuditEvent>('AuditEvent', auditEventSchema, 'audit_events');

/**
 * The last position and hash a chain reached, kept apart from the chain: the
 * administration chain's anchor, so removing its last entries is noticed.
 * (A request's chain is anchored by its projection's `auditLength`.)
 */
export interface AuditHead {
  /** The chain's key: `ADMINISTRATION_CHAIN`. */
  _id: string;
  seq: number;
  hash: string;
}

export const AuditHeadModel = model<AuditHead>(
  'AuditHead',
  new Schema<AuditHead>(
    {
      _id: { type: String, required: true },
      seq: { type: Number, required: true },
      hash: { type: String, required: true },
    },
    { versionKey: false },
  ),
  'audit_heads',
);
