import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { shapeOf, type CommandRecording, type RecordedQuery } from './command-recorder';
import { explainQuery, type QueryPlan } from './query-plan';

// What query-plans.test.ts judges the recorded queries by, and what it allows on purpose.

/**
 * Shapes (see shapeOf) that may read their whole table: each names a table that stays small
 * whatever the city's volume. Never add one because it fails.
 */
export const SMALL_TABLES = new Map<string, string>([
  // The definition tables hold one document per version of each form and process the
  // administrators keep (the seed has 17 forms and 9 processes): a few pages however many
  // requests the city files, where PostgreSQL rightly reads the table rather than an index.
  [
    'process_versions find {status} sort {key:1,version:-1}',
    'the catalogue: every published process version, a few dozen at most',
  ],
  [
    'process_versions find {key,status} sort {version:-1} limit',
    'the published version of the process a request starts: the same few dozen versions',
  ],
  ['form_versions find {_id} limit', 'the form a catalogue entry pins, among a few dozen form versions'],
  [
    'process_versions find {} sort {key:1,version:-1}',
    "the dashboard's processes and their names: every version of every process, a few dozen",
  ],
  // Not a small table: the one whole count the product asks for on purpose. The auditor's
  // unfiltered log page shows how many entries the city's log holds; PostgreSQL counts the rows
  // (count(*), no document decoded: ~10 ms per 100k entries). Work on the log filters it by
  // request, date or actor, which the indexes serve.
  ['audit_events count {}', "the whole audit log's size on the auditor's unfiltered page"],
  // The same on purpose for 办件查询: the supervisor's unfiltered page says how many requests the
  // city holds (共 N 条), a count(*) in PostgreSQL; every filter of the page is an index read.
  ['requests count {}', "the city's number of requests on the supervisor's unfiltered 办件查询 page"],
]);

/**
 * Shapes whose filter an index narrows to one person's or one organisation's own rows, but whose
 * sort or count FerretDB does itself (what the patch cannot yet do exactly): their cost grows
 * with that person's or organisation's rows, never with the city's. Each is left on purpose, with
 * why; anything else sorted or counted outside PostgreSQL fails.
 */
export const SORTED_AMONG_OWN_ROWS = new Map<string, string>([
  [
    'notifications find {userId,createdAt:{$gte}} sort {createdAt:1,_id:1} limit',
    "SSE catch-up: one person's notifications (createdAt is a Date, which the patch does not order)",
  ],
  [
    'notifications find {userId:{$in},createdAt:{$gte}} sort {createdAt:1,_id:1} limit',
    "SSE poll: the connected people's notifications (createdAt is a Date, which the patch does not order)",
  ],
  [
    'requests count {$and:[{$or:[{applicant.userId},{filedBy.userId}]}],applicantOrgId}',
    "我发起: one enterprise's requests, narrowed to the caller in FerretDB ($or is never pushed down)",
  ],
  [
    'requests find {$and:[{$or:[{applicant.userId},{filedBy.userId}]}],applicantOrgId} sort {createdAt:-1,_id:1} limit',
    "我发起: one enterprise's requests, narrowed to the caller in FerretDB ($or is never pushed down)",
  ],
  [
    'requests count {$and:[{$or:[{applicant.orgName},{_id},{number}]}],participantIds}',
    "a handler's search by enterprise or 编号: the requests they took part in, matched by text in FerretDB",
  ],
  [
    'requests find {$and:[{$or:[{applicant.orgName},{_id},{number}]}],participantIds} sort {createdAt:-1,_id:1} limit',
    "a handler's search by enterprise or 编号: the requests they took part in, matched by text in FerretDB",
  ],
  [
    'requests count {filedBy.userId}',
    "我代办的: one window clerk's filings (a nested field, which FerretDB narrows by index but counts itself)",
  ],
  [
    'requests find {filedBy.userId} sort {createdAt:-1,_id:1} limit',
    "我代办的: one window clerk's filings (a nested field, which FerretDB narrows by index but sorts itself)",
  ],
  [
    'organisations count {$and:[{$or:[{name},{nameEn},{creditCode}]}],kind,searchGrams}',
    'an enterprise by part of its name or code: the index narrows to the names holding one pair of the text (its least common), which FerretDB checks whole and counts',
  ],
  [
    'organisations find {$and:[{$or:[{name},{nameEn},{creditCode}]}],kind,searchGrams} sort {_id:1} limit',
    'an enterprise by part of its name or code: the index narrows to the names holding one pair of the text (its least common), which FerretDB checks whole and sorts',
  ],
  [
    'tasks count {$and:[{$or:[{applicantOrgName},{requestId},{requestNumber}]}],assigneeId,status}',
    "the inbox search: one person's open tasks, matched by text in FerretDB",
  ],
  [
    'tasks find {$and:[{$or:[{applicantOrgName},{requestId},{requestNumber}]}],assigneeId,status} sort {createdAt:-1,_id:1} limit',
    "the inbox search: one person's open tasks, matched by text in FerretDB",
  ],
]);

export interface Verdict {
  shape: string;
  plans: QueryPlan[];
  from: string[];
  scans: string | undefined;
  notPushedDown: string | undefined;
  allowed: string | undefined;
}

// --- the verdicts -----------------------------------------------------------------------------

/** Up to this many examples (distinct values) of one shape are explained: selectivity differs by value. */
const EXAMPLES_PER_SHAPE = 5;

export async function judge(queries: RecordedQuery[]): Promise<Verdict[]> {
  const byShape = new Map<string, { examples: Map<string, RecordedQuery>; from: Set<string> }>();
  for (const query of queries) {
    const shape = shapeOf(query);
    const entry = byShape.get(shape) ?? { examples: new Map(), from: new Set() };
    const values = mongoEjson(query);
    if (entry.examples.size < EXAMPLES_PER_SHAPE && !entry.examples.has(values)) entry.examples.set(values, query);
    entry.from.add(`${query.origin} (${query.phase})`);
    byShape.set(shape, entry);
  }
  const db = mongoose.connection.db!;
  const verdicts: Verdict[] = [];
  for (const [shape, { examples, from }] of [...byShape].sort(([a], [b]) => a.localeCompare(b))) {
    const plans: QueryPlan[] = [];
    for (const query of examples.values()) plans.push(await explainQuery(db, query));
    const example = [...examples.values()][0]!;
    const scanned = plans.filter((plan) => !readsFirstRowsOnly(example, plan)).flatMap((plan) => plan.seqScans);
    verdicts.push({
      shape,
      plans,
      from: [...from],
      scans: scanned.length > 0 ? `Seq Scan on ${[...new Set(scanned)].join(', ')}` : undefined,
      notPushedDown: notPushedDown(example, plans),
      allowed: SMALL_TABLES.get(shape),
    });
  }
  return verdicts;
}

/** Why a paged list's sort, limit or count would run in FerretDB after reading every match, or undefined. */
function notPushedDown(query: RecordedQuery, plans: QueryPlan[]): string | undefined {
  const live = plans.filter((plan) => !plan.noTable);
  if (query.command === 'count' && live.some((plan) => !plan.countPushdown))
    return 'counted in FerretDB: the filter is not one it applies exactly in PostgreSQL';
  const paged = (query.command === 'find' || query.command === 'aggregate') && query.sort && (query.limit ?? 0) > 1;
  if (!paged || live.every((plan) => plan.sortPushdown && plan.limitPushdown)) return undefined;
  const where = (pushed: boolean) => (pushed ? 'in PostgreSQL' : 'in FerretDB');
  return `sort ${where(live.every((plan) => plan.sortPushdown))}, limit ${where(live.every((plan) => plan.limitPushdown))}`;
}

/**
 * A find with no filter and no sort whose limit PostgreSQL applies stops its scan at the first
 * rows (GridFS asks for one document to learn whether the bucket is empty): not a whole read.
 */
function readsFirstRowsOnly(query: RecordedQuery, plan: QueryPlan): boolean {
  return (
    query.command === 'find' &&
    Object.keys(query.filter).length === 0 &&
    !query.sort &&
    plan.limitPushdown &&
    plan.summary.startsWith('Limit >')
  );
}

function mongoEjson(query: RecordedQuery): string {
  return mongoose.mongo.BSON.EJSON.stringify({ f: query.filter, s: query.sort ?? null, p: query.pipeline ?? null });
}

export function describeFailure(reason: 'scans' | 'notPushedDown') {
  return (verdict: Verdict) =>
    `${verdict.shape}: ${verdict[reason]} [${verdict.plans.map((plan) => plan.summary).join(' | ')}] from ${verdict.from.join('; ')}`;
}

/** The table of shapes and plans, printed and written to the run's scratch directory. */
export function writeTable(verdicts: Verdict[], recorded: CommandRecording): void {
  const rows = verdicts.map((verdict) => {
    const plan = verdict.plans[0]!;
    const indexes = [...new Set(verdict.plans.flatMap((each) => each.indexes))].join(', ') || '—';
    const pushdown = (['filter', 'sort', 'limit', 'count'] as const)
      .filter((flag) => plan[`${flag}Pushdown`])
      .join('+');
    const verdictText = verdict.allowed
      ? `allowed: ${verdict.allowed}`
      : [verdict.scans, verdict.notPushedDown].filter(Boolean).join('; ') || 'ok';
    return `| ${verdict.shape} | ${plan.summary} | ${indexes} | ${pushdown || '—'} | ${verdictText} | ${verdict.from.join('<br>')} |`;
  });
  const others = [...recorded.otherCommands].map(([name, count]) => `${name} ×${count}`).join(', ');
  const table = [
    `Query plans of a working session (${recorded.queries.length} queries, ${verdicts.length} shapes; other commands: ${others})`,
    '',
    '| shape | plan | indexes | pushed down | verdict | from (origin, phase) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  const file = path.join(process.env.TONGBAN_TEST_TMP ?? '.', 'query-plans.md');
  fs.writeFileSync(file, `${table}\n`);
  process.stdout.write(`\n${table}\n\n(written to ${file})\n`);
}
