import type { Client } from '@temporalio/client';

/** One history event of the approve, timed from the moment the bench sent the HTTP request. */
export interface ProfileEvent {
  /** Milliseconds after the HTTP request was sent (the server's event time; same machine, same clock). */
  atMs: number;
  /** The event type, e.g. `ActivityTaskScheduled`, `WorkflowExecutionUpdateCompleted`. */
  event: string;
  /** The activity, for an activity's events. */
  activity?: string;
}

/**
 * An activity's life during the approve: queued (scheduled → started) and
 * running (started → completed). A local activity runs inside the workflow
 * task without queueing; its times come from its marker (`local: true`).
 */
export interface ProfileActivity {
  activity: string;
  scheduledAtMs: number;
  queuedMs: number;
  runMs: number;
  local?: true;
}

/**
 * Where the time of one HTTP approve goes, from the workflow's history: before
 * its first event (the API's session, task lookup and permission check, then
 * the Update's way to the worker), the events in order, each activity's
 * queueing and running, and after the Update completed (the result's way back
 * and the API's answer).
 */
export interface ApproveProfile {
  requestId: string;
  httpMs: number;
  /** Sent → first history event of the approve. */
  beforeFirstEventMs: number;
  /** First event → `WorkflowExecutionUpdateCompleted`: the workflow's part. */
  workflowMs: number;
  /** `WorkflowExecutionUpdateCompleted` → the HTTP answer received. */
  afterUpdateCompletedMs: number;
  activities: ProfileActivity[];
  events: ProfileEvent[];
}

/**
 * Reads the history of the request approved between `sentAt` and
 * `receivedAt` (wall-clock ms) and lays out the approve's events. Needs the
 * request to have had nothing else happen in that window (one approve at a
 * time, as the bench sends them).
 */
export async function profileApprove(
  temporal: Client,
  approve: { requestId: string; sentAt: number; receivedAt: number },
): Promise<ApproveProfile> {
  const history = await temporal.workflow.getHandle(approve.requestId).fetchHistory();
  const all = (history.events ?? []) as unknown as HistoryEventLike[];
  const activityOf = new Map<string, string>();
  const events: ProfileEvent[] = [];
  const scheduled = new Map<string, { activity: string; at: number }>();
  const started = new Map<string, number>();
  const activities: ProfileActivity[] = [];
  // A local activity's run time is measured from the workflow time when it was scheduled.
  const workflowTaskStarts = all
    .filter((event) => attributesOf(event)[0] === 'WorkflowTaskStarted')
    .map((event) => millis(event.eventTime));
  let lastLocalCompleteAt = 0;
  for (const event of all) {
    const [name, attributes] = attributesOf(event);
    if (name === 'ActivityTaskScheduled') {
      const type = (attributes as { activityType?: { name?: string } }).activityType?.name ?? '?';
      activityOf.set(String(event.eventId), type);
    }
    const at = millis(event.eventTime);
    // Server and bench share the clock; the server's timestamps may round down by a millisecond.
    if (at < approve.sentAt - 1 || at > approve.receivedAt + 1) continue;
    const scheduledId = (attributes as { scheduledEventId?: unknown }).scheduledEventId;
    const activity = activityOf.get(String(name === 'ActivityTaskScheduled' ? event.eventId : scheduledId));
    const atMs = round1(at - approve.sentAt);
    events.push({ atMs, event: name, ...(activity ? { activity } : {}) });
    if (name === 'ActivityTaskScheduled') scheduled.set(String(event.eventId), { activity: activity ?? '?', at: atMs });
    if (name === 'MarkerRecorded') {
      const local = localActivityOf(attributes, approve.sentAt, workflowTaskStarts, lastLocalCompleteAt);
      if (local) {
        lastLocalCompleteAt = local.completeAt;
        activities.push(local.activity);
        events[events.length - 1]!.activity = local.activity.activity;
      }
    }
    if (name === 'ActivityTaskStarted') started.set(String(scheduledId), atMs);
    if (name === 'ActivityTaskCompleted') {
      const from = scheduled.get(String(scheduledId));
      const startedAt = started.get(String(scheduledId));
      if (from && startedAt !== undefined)
        activities.push({
          activity: from.activity,
          scheduledAtMs: from.at,
          queuedMs: round1(startedAt - from.at),
          runMs: round1(atMs - startedAt),
        });
    }
  }
  if (events.length === 0)
    throw new Error(`no history event of ${approve.requestId} between the approve's send and its answer`);
  const completed = events.find((event) => event.event === 'WorkflowExecutionUpdateCompleted');
  const httpMs = round1(approve.receivedAt - approve.sentAt);
  const first = events[0]!.atMs;
  return {
    requestId: approve.requestId,
    httpMs,
    beforeFirstEventMs: first,
    workflowMs: round1((completed?.atMs ?? first) - first),
    afterUpdateCompletedMs: round1(httpMs - (completed?.atMs ?? httpMs)),
    activities,
    events,
  };
}

interface HistoryEventLike {
  eventId: unknown;
  eventTime?: { seconds?: unknown; nanos?: number | null } | null;
  [key: string]: unknown;
}

/** The event's type from its one set `…EventAttributes` field (no dependency on the proto enums). */
function attributesOf(event: HistoryEventLike): [string, Record<string, unknown>] {
  for (const [key, value] of Object.entries(event))
    if (key.endsWith('EventAttributes') && value) {
      const name = key.slice(0, -'EventAttributes'.length);
      return [name.charAt(0).toUpperCase() + name.slice(1), value as Record<string, unknown>];
    }
  return ['Unknown', {}];
}

function millis(time: HistoryEventLike['eventTime']): number {
  // `seconds` is a Long: its string form is exact.
  return Number(String(time?.seconds ?? 0)) * 1000 + (time?.nanos ?? 0) / 1e6;
}

/**
 * A local activity's type and times from its marker: the SDK's core writes
 * them as JSON (`LocalActivityMarkerData`) in the marker's `data` payload.
 * `original_schedule_time` is the worker's clock when it was scheduled;
 * `complete_time` is the workflow time when it was scheduled plus its run
 * time (sdk-core, local_activity_state_machine.rs). Workflow time is its
 * workflow task's start, moved on by each local activity completed since:
 * so the run time is `complete_time` less the later of that task's start and
 * the previous local activity's `complete_time`. Field spelling and
 * timestamp form are read either way: they are the core's serialisation,
 * not a published format.
 */
function localActivityOf(
  attributes: Record<string, unknown>,
  sentAt: number,
  workflowTaskStarts: number[],
  previousCompleteAt: number,
): { activity: ProfileActivity; completeAt: number } | undefined {
  const details = attributes.details as Record<string, { payloads?: { data?: Uint8Array | null }[] }> | undefined;
  const payload = details?.data?.payloads?.[0]?.data;
  if (!payload) return undefined;
  let marker: Record<string, unknown>;
  try {
    marker = JSON.parse(Buffer.from(payload).toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const activity = marker.activity_type ?? marker.activityType;
  const scheduledAt = instant(marker.original_schedule_time ?? marker.originalScheduleTime);
  const completeAt = instant(marker.complete_time ?? marker.completeTime);
  if (typeof activity !== 'string' || scheduledAt === undefined || completeAt === undefined) return undefined;
  // Event times are whole milliseconds: allow one for rounding.
  const taskStarted = workflowTaskStarts.filter((at) => at <= scheduledAt + 1).pop();
  if (taskStarted === undefined) return undefined;
  const workflowTime = Math.max(taskStarted, previousCompleteAt);
  return {
    activity: {
      activity,
      scheduledAtMs: round1(scheduledAt - sentAt),
      queuedMs: 0,
      runMs: round1(completeAt - workflowTime),
      local: true,
    },
    completeAt,
  };
}

function instant(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  if (value && typeof value === 'object' && 'seconds' in value) return millis(value as HistoryEventLike['eventTime']);
  return undefined;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
