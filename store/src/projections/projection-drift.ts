import type { ProcessState } from '@tongban/workflows';
import { RequestProjectionModel } from '../models/request-projection';
import { TaskProjectionModel } from '../models/task-projection';
import { toRequestProjection, toTaskProjection } from './write-request-projection';
import { readRequestProjection, storedRequestProjection } from './request-form-data';

/** Where a request's projection differs from its workflow state. */
export interface ProjectionDrift {
  /** `requests` or `tasks`. */
  collection: 'requests' | 'tasks';
  /** The document's `_id`. */
  id: string;
  /** `missing`: no document; `different`: it says something the workflow does not. */
  kind: 'missing' | 'different';
  /** The top-level fields that differ (for `different`). */
  fields: string[];
}

/**
 * Compares the stored projection of a request (the request and each of its
 * tasks) with what `writeRequestProjection` would write for `state`. Reads by
 * `_id` only, the one lookup every database Tongban runs on can answer by key.
 */
export async function findProjectionDrift(state: ProcessState): Promise<ProjectionDrift[]> {
  const drift: ProjectionDrift[] = [];
  const expectedRequest = toRequestProjection(state);
  const storedRequest = await RequestProjectionModel.findById(state.requestId).lean();
  // Compared as read: form data stored as an object (before it was stored as text) reads the same.
  const requestDrift = compare('requests', expectedRequest, storedRequest && readRequestProjection(storedRequest));
  if (requestDrift) drift.push(requestDrift);
  for (const task of state.tasks) {
    const expectedTask = toTaskProjection(state, task);
    const storedTask = await TaskProjectionModel.findById(task.id).lean();
    const taskDrift = compare('tasks', expectedTask, storedTask);
    if (taskDrift) drift.push(taskDrift);
  }
  return drift;
}

/**
 * Rewrites a request's projection from `state`, whatever revision the stored
 * documents claim: the repair for drift that `writeRequestProjection`, which
 * never goes back a revision, would leave in place (a hand edit, a lost write).
 * Rewrites the documents `drift` (from `findProjectionDrift`) names; fields
 * the workflow does not own (see NOT_FROM_WORKFLOW) are kept.
 */
export async function repairProjection(state: ProcessState, drift: readonly ProjectionDrift[] = []): Promise<void> {
  const expected = new Map<string, { _id: string } & object>([
    [state.requestId, storedRequestProjection(toRequestProjection(state))],
    ...state.tasks.map((task) => [task.id, toTaskProjection(state, task)] as const),
  ]);
  for (const each of drift) {
    const { _id, ...fields } = expected.get(each.id)!;
    const stale = each.fields.filter((field) => !(field in fields));
    const update = {
      $set: fields,
      ...(stale.length > 0 ? { $unset: Object.fromEntries(stale.map((f) => [f, 1])) } : {}),
    };
    if (each.collection === 'requests') await RequestProjectionModel.updateOne({ _id }, update, { upsert: true });
    else await TaskProjectionModel.updateOne({ _id }, update, { upsert: true });
  }
}

/**
 * Fields of a projection written from outside the workflow: who filed a request
 * at a service window (代办) is recorded before the workflow starts; its 办件编号
 * is allocated in the database by its first write, which also settles the
 * accepting office (from the filing, when there is one).
 */
const NOT_FROM_WORKFLOW = new Set(['filedBy', 'number', 'requestNumber', 'acceptingOrgId']);

function compare(
  collection: ProjectionDrift['collection'],
  expected: { _id: string } & object,
  stored: object | null,
): ProjectionDrift | undefined {
  if (!stored) return { collection, id: expected._id, kind: 'missing', fields: [] };
  const keys = new Set(
    [...Object.keys(expected), ...Object.keys(stored)].filter(
      // A task is written at the revision that last changed it, which the request may have passed since.
      (key) => !NOT_FROM_WORKFLOW.has(key) && !(collection === 'tasks' && key === 'revision'),
    ),
  );
  const fields = [...keys].filter(
    (key) =>
      canonical((expected as Record<string, unknown>)[key]) !== canonical((stored as Record<string, unknown>)[key]),
  );
  return fields.length > 0 ? { collection, id: expected._id, kind: 'different', fields: fields.sort() } : undefined;
}

/** JSON with sorted keys, so key order (which the database may change) does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => [key, sortKeys(child)]),
  );
}
