import { TaskProjectionModel, type TaskProjection } from '@tongban/store';
import { expectStatus, type ApiSession } from '../load/api-client';
import { runBounded, summarize } from '../load/run-bounded';

export interface InboxLevel {
  /** Tasks of the handler in the database (one per request). */
  requests: number;
  /** How long inserting up to this level took, and its rate. */
  insertS: number;
  /** GET /api/v1/tasks (待办, newest 100) through the API. */
  httpMs: ReturnType<typeof summarize>;
  /** The same find as the API's, straight on the database. */
  dbMs: ReturnType<typeof summarize>;
  /**
   * One task read by its `_id` at this collection size: what every task
   * lookup of an action costs (on FerretDB, constant only with the `_id`
   * pushdown index of tools/ferretdb; a scan of the collection without it).
   */
  byIdMs: ReturnType<typeof summarize>;
}

/** One in five of the handler's tasks is open (待办); the rest are decided (已办). */
const OPEN_SHARE = 5;

/**
 * Inbox latency for a handler with growing numbers of requests. Projections
 * are inserted straight into the database (going through workflows would
 * take hours at 100k); they look like the worker's.
 */
export async function measureInbox(options: {
  handler: ApiSession;
  levels: number[];
  samples: number;
  /** Stop sampling a level after this long, with at least 5 samples (default 30 s): a scan of 100k documents takes seconds. */
  budgetMsPerLevel?: number;
  onLevel?: (level: InboxLevel) => void;
}): Promise<InboxLevel[]> {
  const { handler, levels, samples } = options;
  const results: InboxLevel[] = [];
  let inserted = 0;
  for (const level of levels) {
    const started = performance.now();
    while (inserted < level) {
      const batch = Math.min(1_000, level - inserted);
      await TaskProjectionModel.insertMany(
        Array.from({ length: batch }, (_, index) => fakeTask(handler.party.userId, inserted + index)),
        { ordered: false, lean: true },
      );
      inserted += batch;
    }
    const insertS = Math.round((performance.now() - started) / 100) / 10;
    const http: number[] = [];
    const db: number[] = [];
    const byId: number[] = [];
    const sampling = performance.now();
    const budget = options.budgetMsPerLevel ?? 30_000;
    await runBounded(samples, 1, async () => {
      if (http.length >= 5 && performance.now() - sampling > budget) return;
      const t0 = performance.now();
      const response = expectStatus(await handler.call('GET', '/tasks?status=open'), 200, 'inbox');
      http.push(performance.now() - t0);
      if ((response.body as { items: unknown[] }).items.length === 0) throw new Error('the inbox came back empty');
      const t1 = performance.now();
      await TaskProjectionModel.find({ assigneeId: handler.party.userId, status: 'open' })
        .sort({ createdAt: -1 })
        .limit(100)
        .lean();
      db.push(performance.now() - t1);
      const t2 = performance.now();
      const taskId = fakeTaskId(Math.floor(Math.random() * level));
      if (!(await TaskProjectionModel.findById(taskId).lean())) throw new Error(`task ${taskId} is missing`);
      byId.push(performance.now() - t2);
    });
    const result = { requests: level, insertS, httpMs: summarize(http), dbMs: summarize(db), byIdMs: summarize(byId) };
    options.onLevel?.(result);
    results.push(result);
  }
  return results;
}

const fakeRequestId = (index: number) => `req-inbox-${String(index).padStart(7, '0')}`;
const fakeTaskId = (index: number) => `${fakeRequestId(index)}.1`;

function fakeTask(assigneeId: string, index: number): TaskProjection {
  const requestId = fakeRequestId(index);
  const createdAt = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  const open = index % OPEN_SHARE === 0;
  return {
    _id: fakeTaskId(index),
    revision: open ? 2 : 3,
    requestId,
    stepId: 'centre-verify',
    stepName: { zh: '招商服务中心核实', en: 'Service centre verification' },
    processKey: 'loan-renewal',
    processName: { zh: '政银企续贷协调', en: 'Loan renewal coordination' },
    assigneeId,
    assigneeOrgId: 'org-yunmeng-investment-centre',
    status: open ? 'open' : 'approved',
    applicantOrgName: '易普乐生物科技',
    createdAt,
    ...(open ? {} : { decidedAt: createdAt }),
  };
}
