import type { Client } from '@temporalio/client';
import { allOf, RequestProjectionModel, TaskProjectionModel } from '@tongban/store';
import type { ProcessState } from '@tongban/workflows';
import { expectStatus, type ApiSession } from '../load/api-client';
import { approveBare, startBareFlow } from '../load/bare-flow';
import { approveOverHttp, submitDirect, submitOverHttp, type FlowSessions } from '../load/loan-renewal-flow';
import { insertClones, readRequestTemplate, type CloneSpec, type RequestTemplate } from '../load/request-volume';
import { runBounded, summarize } from '../load/run-bounded';
import { profileApprove, type ApproveProfile } from './approve-profile';

export interface VolumeLevel {
  /** Requests in the database while this level was measured (real ones and clones). */
  requests: number;
  /** Seconds to clone requests up to this level. */
  insertS: number;
  /** Open tasks of everyone, and of the inbox's handler: the handler holds `handlerShare` of them. */
  openTasks: number;
  handlerOpenTasks: number;
  handlerShare: number;
  /** GET /api/v1/tasks?status=open: the first page of 20 and the total count, through the API. */
  inboxMs: ReturnType<typeof summarize>;
  /** The same find and count as the API's, straight on the database. */
  inboxDbMs: ReturnType<typeof summarize>;
  /** One task read by its `_id`: what every task lookup of an action costs. */
  byIdMs: ReturnType<typeof summarize>;
  /** HTTP approve of a real request's first task, one at a time. */
  approveMs: ReturnType<typeof summarize>;
  /** One Update of the bare workflow, one at a time, interleaved with the approves. */
  bareUpdateMs: ReturnType<typeof summarize>;
  /**
   * Where one approve's time went (the sample nearest the median), at the
   * profiled level, beside the bare Update sent right after it.
   */
  profile?: VolumeProfile;
}

export interface VolumeProfile {
  approve: ApproveProfile;
  bareUpdate: ApproveProfile;
  /**
   * The API's own time, estimated: the approve's time outside its workflow
   * (before its first history event and after its Update completed) less the
   * bare Update's, which is Temporal's delivery and answer alone.
   */
  apiOwnMs: number;
}

/** The handler holds this share of all open tasks, as a busy department's handler would. */
const HANDLER_SHARE = 0.2;
/** Share of the cloned requests still open, unless the handler's share needs more. */
const OPEN_SHARE = 0.2;
/** Other people holding the rest of the open tasks. */
const OTHER_HANDLERS = 16;
const CLONE_BATCH = 500;

/**
 * The measurements that depend on how much the database holds, at each level
 * of requests: the inbox page with its count, a task by `_id`, and an HTTP
 * approve one at a time against a bare Update (interleaved, same moment).
 * Requests are cloned from one real request (load/request-volume.ts) up to
 * the level; real requests are submitted to be approved.
 */
export async function measureAtVolume(options: {
  /** Tongban's client: seals payloads as the API does. */
  temporal: Client;
  /** The bare side's client: plain payloads, like any Temporal app without Tongban. */
  bareTemporal: Client;
  sessions: FlowSessions;
  levels: number[];
  /** Level whose approve is profiled. */
  profileLevel: number;
  /** Approves (and bare Updates) per level. */
  approveSamples: number;
  inboxSamples: number;
  /** Stop sampling the inbox after this long, with at least 5 samples (default 30 s). */
  inboxBudgetMs?: number;
  onLevel?: (level: VolumeLevel) => void;
}): Promise<VolumeLevel[]> {
  const { temporal, bareTemporal, sessions, approveSamples } = options;
  const handler = sessions.centre;
  const templates = await requestTemplates(sessions);
  const results: VolumeLevel[] = [];
  let cloned = 0;
  for (const level of options.levels) {
    // The requests to approve come first, so they count towards the level and the handler's share.
    const toApprove: ProcessState[] = [];
    const bareFlows: Awaited<ReturnType<typeof startBareFlow>>[] = [];
    await runBounded(approveSamples, 8, async () => {
      toApprove.push(await submitDirect(temporal, sessions.applicant.party));
      bareFlows.push(await startBareFlow(bareTemporal));
    });

    const started = performance.now();
    cloned += await cloneUpTo(level, handler.party.userId, templates, cloned);
    const insertS = Math.round((performance.now() - started) / 100) / 10;
    const counts = await openTaskCounts(handler.party.userId);
    const requests = await RequestProjectionModel.countDocuments({});

    const inbox = await sampleInbox(handler, counts.handler, cloned, options.inboxSamples, options.inboxBudgetMs);

    const approves: TimedCall[] = [];
    const bareUpdates: TimedCall[] = [];
    for (let index = 0; index < approveSamples; index++) {
      const requestId = toApprove[index]!.requestId;
      const sentAt = wallClock();
      await approveOverHttp(handler, `${requestId}.1`);
      approves.push({ requestId, sentAt, receivedAt: wallClock() });
      const bareSentAt = wallClock();
      await approveBare(bareTemporal, bareFlows[index]!);
      bareUpdates.push({ requestId: bareFlows[index]!.requestId, sentAt: bareSentAt, receivedAt: wallClock() });
    }
    const took = (call: TimedCall) => call.receivedAt - call.sentAt;
    const result: VolumeLevel = {
      requests,
      insertS,
      openTasks: counts.all,
      handlerOpenTasks: counts.handler,
      handlerShare: Math.round((counts.handler / counts.all) * 1000) / 1000,
      ...inbox,
      approveMs: summarize(approves.map(took)),
      bareUpdateMs: summarize(bareUpdates.map(took)),
    };
    if (level === options.profileLevel) {
      const profiled = nearestMedian(approves);
      const approve = await profileApprove(temporal, profiled);
      const bareUpdate = await profileApprove(temporal, bareUpdates[approves.indexOf(profiled)]!);
      const outside = (profile: ApproveProfile) => profile.beforeFirstEventMs + profile.afterUpdateCompletedMs;
      result.profile = {
        approve,
        bareUpdate,
        apiOwnMs: Math.round((outside(approve) - outside(bareUpdate)) * 10) / 10,
      };
    }
    options.onLevel?.(result);
    results.push(result);
  }
  return results;
}

interface Templates {
  /** Submitted: one open task, the handler's. */
  open: RequestTemplate;
  /** 办结: every task decided. */
  done: RequestTemplate;
}

/** One real request read at two moments: just submitted, and completed. */
async function requestTemplates(sessions: FlowSessions): Promise<Templates> {
  const requestId = await submitOverHttp(sessions.applicant);
  const open = await readRequestTemplate(requestId);
  const openTasks = open.documents.filter(
    ({ collection, document }) =>
      collection === TaskProjectionModel.collection.collectionName && document.status === 'open',
  );
  if (openTasks.length !== 1 || openTasks[0]!.document.assigneeId !== sessions.centre.party.userId)
    throw new Error(`the template request ${requestId} should have one open task, the service centre's`);
  await approveOverHttp(sessions.centre, `${requestId}.1`);
  const status = await approveOverHttp(sessions.bank, `${requestId}.2`);
  if (status !== 'completed') throw new Error(`the template request ${requestId} ended ${status}`);
  return { open, done: await readRequestTemplate(requestId) };
}

/**
 * Clones requests until the database holds `level`, choosing which clones
 * are open and whose, so the handler ends with HANDLER_SHARE of all open
 * tasks (counting the real ones already there). Returns how many it cloned.
 */
async function cloneUpTo(level: number, handlerId: string, templates: Templates, alreadyCloned: number) {
  const existing = await RequestProjectionModel.countDocuments({});
  if (existing > level)
    throw new Error(
      `the database already holds ${existing} requests, more than the level ${level}: lower the flows or samples, or raise the level`,
    );
  const clones = level - existing;
  const before = await openTaskCounts(handlerId);
  // open ≥ the share needs: the handler's (0.2 × all open − theirs already) must fit among the open clones.
  const atLeast = Math.max(
    (HANDLER_SHARE * before.all - before.handler) / (1 - HANDLER_SHARE),
    before.handler / HANDLER_SHARE - before.all,
  );
  const open = Math.max(Math.round(clones * OPEN_SHARE), Math.ceil(atLeast));
  if (open > clones)
    throw new Error(
      `${clones} clones cannot give the handler ${HANDLER_SHARE * 100} % of the open tasks: raise the level`,
    );
  const handlers = Math.min(open, Math.max(0, Math.round(HANDLER_SHARE * (before.all + open) - before.handler)));
  const specs: { spec: CloneSpec; template: RequestTemplate }[] = [];
  for (let index = 0; index < clones; index++) {
    const number = alreadyCloned + index;
    // Evenly spread: clone `index` is the k-th open one when the running share crosses k.
    const isOpen = spread(index, open, clones);
    const openIndex = Math.floor((index * open) / clones);
    const isHandlers = isOpen && spread(openIndex, handlers, open);
    const spec: CloneSpec = {
      requestId: `req-volume-${String(number).padStart(7, '0')}`,
      // A minute apart, from 2025-01-01: older than the real requests, in a stable order.
      createdAt: new Date(Date.UTC(2025, 0, 1) + number * 60_000).toISOString(),
      ...(isOpen && !isHandlers
        ? { replaceValues: new Map([[handlerId, `user-volume-handler-${number % OTHER_HANDLERS}`]]) }
        : {}),
    };
    specs.push({ spec, template: isOpen ? templates.open : templates.done });
  }
  for (let start = 0; start < specs.length; start += CLONE_BATCH) {
    const batch = specs.slice(start, start + CLONE_BATCH);
    for (const template of [templates.open, templates.done]) {
      const mine = batch.filter((entry) => entry.template === template).map((entry) => entry.spec);
      if (mine.length > 0) await insertClones(template, mine);
    }
  }
  return clones;
}

/** Whether item `index` of `total` is one of `count` spread evenly among them. */
function spread(index: number, count: number, total: number): boolean {
  return Math.floor(((index + 1) * count) / total) > Math.floor((index * count) / total);
}

async function openTaskCounts(handlerId: string): Promise<{ all: number; handler: number }> {
  const [all, handler] = await Promise.all([
    TaskProjectionModel.countDocuments({ status: 'open' }),
    TaskProjectionModel.countDocuments({ assigneeId: handlerId, status: 'open' }),
  ]);
  return { all, handler };
}

async function sampleInbox(
  handler: ApiSession,
  expectedTotal: number,
  cloned: number,
  samples: number,
  budgetMs = 30_000,
): Promise<Pick<VolumeLevel, 'inboxMs' | 'inboxDbMs' | 'byIdMs'>> {
  const http: number[] = [];
  const db: number[] = [];
  const byId: number[] = [];
  const sampling = performance.now();
  // The API's query (server/src/tasks/list-tasks.ts): the caller's open tasks, newest first, and their count.
  const filter = allOf({ assigneeId: handler.party.userId }, { status: 'open' });
  await runBounded(samples, 1, async () => {
    if (http.length >= 5 && performance.now() - sampling > budgetMs) return;
    const t0 = performance.now();
    const response = expectStatus(await handler.call('GET', '/tasks?status=open&page=1&pageSize=20'), 200, 'inbox');
    http.push(performance.now() - t0);
    const page = response.body as { items: unknown[]; total: number };
    if (page.total !== expectedTotal || page.items.length !== Math.min(20, expectedTotal))
      throw new Error(
        `the inbox answered ${page.items.length} of ${page.total} tasks; the database holds ${expectedTotal}`,
      );
    const t1 = performance.now();
    await Promise.all([
      TaskProjectionModel.find(filter).sort({ createdAt: -1, _id: 1 }).limit(20).lean(),
      TaskProjectionModel.countDocuments(filter),
    ]);
    db.push(performance.now() - t1);
    if (cloned > 0) {
      const taskId = `req-volume-${String(Math.floor(Math.random() * cloned)).padStart(7, '0')}.1`;
      const t2 = performance.now();
      if (!(await TaskProjectionModel.findById(taskId).lean())) throw new Error(`task ${taskId} is missing`);
      byId.push(performance.now() - t2);
    }
  });
  return { inboxMs: summarize(http), inboxDbMs: summarize(db), byIdMs: summarize(byId) };
}

/** One call's wall-clock send and answer (ms), and the workflow it went to. */
interface TimedCall {
  requestId: string;
  sentAt: number;
  receivedAt: number;
}

function nearestMedian<T extends { sentAt: number; receivedAt: number }>(samples: T[]): T {
  const byTime = [...samples].sort((a, b) => a.receivedAt - a.sentAt - (b.receivedAt - b.sentAt));
  return byTime[Math.floor((byTime.length - 1) / 2)]!;
}

/** Wall-clock milliseconds with performance.now()'s resolution: comparable with Temporal's event times. */
function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
