import { Schema, model } from 'mongoose';
import type { Party } from '@tongban/workflows';

/**
 * 窗口受理 / 代办: a request that service-window staff filed for an
 * enterprise. Written by the API before the request's workflow starts (keyed
 * by the request id), so every projection of the request and its audit
 * chain's first entry can say who filed it, whatever happens afterwards.
 */
export interface WindowFiling {
  _id: string;
  /** The window clerk, with their own department. */
  filedBy: Party;
  /** The enterprise person the request is for (the request's applicant). */
  applicant: Party;
  createdAt: Date;
}

const windowFilingSchema = new Schema<WindowFiling>(
  {
    _id: { type: String, required: true },
    filedBy: { type: Schema.Types.Mixed, required: true },
    applicant: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const WindowFilingModel = model<WindowFiling>('WindowFiling', windowFilingSchema, 'window_filings');
