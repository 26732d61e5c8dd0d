import type { RequestStep, TimelineEntry } from '../api/types';

/** An i18n key with its values; the caller translates it, falling back to the raw action code. */
export interface LabelKey {
  key: string;
  values: Record<string, string>;
}

/**
 * The heading of one 办理记录 entry: most actions have a fixed label, but a
 * return says where it went (退回（至申请人）, 退回（至“初审”）) and a transfer
 * or delegation says to whom (转交给 刘洋). An unknown target falls back to
 * the plain label; an unknown action to its code (done by the caller's default).
 */
export function timelineLabel(entry: TimelineEntry, steps: readonly RequestStep[] = []): LabelKey {
  const { action } = entry;
  if (action === 'return' && entry.to) {
    if (entry.to === 'applicant') return { key: 'timelineAction.return_applicant', values: {} };
    const step = steps.find((candidate) => candidate.id === entry.to)?.name ?? entry.to;
    return { key: 'timelineAction.return_step', values: { step } };
  }
  if ((action === 'transfer' || action === 'delegate') && entry.target) {
    return { key: `timelineAction.${action}_to`, values: { name: entry.target.displayName } };
  }
  return { key: `timelineAction.${action}`, values: {} };
}

/** The reason of the latest return, which the applicant must read before correcting. */
export function lastReturnComment(timeline: readonly TimelineEntry[]): string | undefined {
  for (let index = timeline.length - 1; index >= 0; index -= 1) {
    const entry = timeline[index];
    if (entry?.action === 'return') return entry.comment;
  }
  return undefined;
}
