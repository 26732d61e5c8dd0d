import { Schema, model } from 'mongoose';

/**
 * One 办件编号 claimed by one request. The `_id` is the claim on a position
 * in an office's day (`prefix|YYYYMMDD|000042`), so the unique `_id` admits one
 * request per position, and the unique `requestId` one position per request:
 * the two inserts' guarantees are the whole allocation, no transaction needed.
 */
export interface RequestNumber {
  /** `prefix|YYYYMMDD|seq`, the sequence zero-padded to six digits so the positions of a day sort as text. */
  _id: string;
  requestId: string;
  /** As people read it: `prefix-YYYYMMDD-0042` (at least four digits). */
  number: string;
  prefix: string;
  /** The China calendar date of submission, `YYYYMMDD`. */
  date: string;
  seq: number;
  /** The accepting office the prefix came from. */
  orgId: string;
  createdAt: Date;
}

const requestNumberSchema = new Schema<RequestNumber>(
  {
    _id: { type: String, required: true },
    requestId: { type: String, required: true },
    number: { type: String, required: true },
    prefix: { type: String, required: true },
    date: { type: String, required: true },
    seq: { type: Number, required: true },
    orgId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
requestNumberSchema.index({ requestId: 1 }, { unique: true });

export const RequestNumberModel = model<RequestNumber>('RequestNumber', requestNumberSchema, 'request_numbers');
