import { Schema, model } from 'mongoose';

/**
 * A person's saved list view (e.g. "红牌 loan renewals this month"): which
 * list and its filters, kept on the server so it follows them between browsers.
 */
export interface SavedView {
  _id: string;
  userId: string;
  name: string;
  /** `tasks`: the inbox (待办/已办/抄送我); `requests`: the request list (我发起 and others). */
  list: 'tasks' | 'requests';
  /** The list's query parameters, as the API validated them. */
  filters: Record<string, string | number>;
  createdAt: Date;
  updatedAt: Date;
}

const savedViewSchema = new Schema<SavedView>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    name: { type: String, required: true },
    list: { type: String, required: true, enum: ['tasks', 'requests'] },
    filters: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, timestamps: true, minimize: false },
);
savedViewSchema.index({ userId: 1, name: 1 }, { unique: true });

export const SavedViewModel = model<SavedView>('SavedView', savedViewSchema, 'saved_views');
