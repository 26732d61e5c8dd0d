// What every transition writes into the state besides its decision: timeline entries and the revision.
import type { ProcessState, TimelineEntry } from './state';

/** Appends to the timeline; its `seq` is also the audit entry's sequence number. */
export function record(state: ProcessState, entry: Omit<TimelineEntry, 'seq'>): void {
  state.timeline.push({ seq: state.timeline.length + 1, ...withoutUndefined(entry) });
}

/** The revision the transition being applied will have (`touch` bumps it at the end). */
export function nextRevision(state: ProcessState): number {
  return state.revision + 1;
}

/** Ends a transition: one revision per applied event, whatever it changed. */
export function touch(state: ProcessState, at: string): ProcessState {
  state.revision += 1;
  state.updatedAt = at;
  return state;
}

/** State is plain JSON by contract; a JSON round trip also works inside the workflow sandbox. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
