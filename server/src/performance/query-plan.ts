import type { mongo } from 'mongoose';
import type { RecordedQuery } from './command-recorder';

/** What PostgreSQL (under FerretDB) would do for one query. */
export interface QueryPlan {
  /** No table yet: the collection was never written, so reading it costs nothing. */
  noTable: boolean;
  /** Tables read by a sequential scan. */
  seqScans: string[];
  /** Indexes read, each with the field its condition names (`tongban_gin_… (assigneeId)`). */
  indexes: string[];
  /** FerretDB's flags: the filter (part of it), the sort and the limit ran in PostgreSQL. */
  filterPushdown: boolean;
  sortPushdown: boolean;
  limitPushdown: boolean;
  /** Counts only: FerretDB counts in PostgreSQL rather than reading every match. */
  countPushdown?: boolean;
  /** The plan's nodes, outermost first, e.g. `Limit > Bitmap Heap Scan > Bitmap Index Scan`. */
  summary: string;
}

/**
 * Asks FerretDB to explain `query` (verbosity `queryPlanner`) and reads PostgreSQL's plan of the
 * SQL it would run. Writes are explained as the find of their filter, which is how FerretDB
 * runs them (it reads the matching documents, then writes each by `_id`). A count is explained
 * as the find of its filter, and once more with limit 1 for `countPushdown`: with Tongban's
 * pushdown patch FerretDB counts in PostgreSQL exactly when it can run that find with the limit
 * in PostgreSQL (both need a filter it applies exactly), and then the count's plan is that find's
 * (the stock find's plan would read the table for a range the count reads by index). With an empty filter even stock FerretDB
 * limits in PostgreSQL, so the flag says nothing there: such a count reads the whole table, which
 * its plan (a Seq Scan) shows.
 */
export async function explainQuery(db: mongo.Db, query: RecordedQuery): Promise<QueryPlan> {
  if (query.command === 'aggregate')
    return readPlan(await explain(db, { aggregate: query.collection, pipeline: query.pipeline ?? [], cursor: {} }));
  const find = { find: query.collection, filter: query.filter, ...(query.sort ? { sort: query.sort } : {}) };
  if (query.command !== 'count')
    return readPlan(await explain(db, { ...find, ...(query.limit ? { limit: query.limit } : {}) }));
  const plan = readPlan(await explain(db, find));
  const exact = readPlan(await explain(db, { ...find, limit: 1 }));
  if (!exact.limitPushdown) return { ...plan, countPushdown: false };
  // Counted in PostgreSQL under the exact filter (ranges of strings included, which the stock
  // path never hands down): what the count reads is what that filter's plan reads.
  return { ...exact, countPushdown: true };
}

function explain(db: mongo.Db, command: mongo.Document): Promise<mongo.Document> {
  return db.command({ explain: command, verbosity: 'queryPlanner' });
}

/** Reads FerretDB's explain answer: `queryPlanner` is PostgreSQL's `EXPLAIN (FORMAT JSON)` output. */
export function readPlan(answer: mongo.Document): QueryPlan {
  const planner = answer.queryPlanner as mongo.Document | mongo.Document[] | undefined;
  if (!Array.isArray(planner) && planner?.winningPlan) return readMongoDbPlan(planner.winningPlan as MongoDbStage);
  const root = (Array.isArray(planner) ? planner[0] : planner)?.Plan as PlanNode | undefined;
  const plan: QueryPlan = {
    noTable: root === undefined,
    seqScans: [],
    indexes: [],
    filterPushdown: answer.filterPushdown === true,
    sortPushdown: answer.sortPushdown === true,
    limitPushdown: answer.limitPushdown === true,
    summary: '',
  };
  if (!root) {
    plan.summary = 'no table';
    return plan;
  }
  const path: string[] = [];
  const visit = (node: PlanNode, depth: number) => {
    const type = node['Node Type'];
    if (type === 'Seq Scan') plan.seqScans.push(node['Relation Name'] ?? '?');
    if (node['Index Name']) plan.indexes.push(`${node['Index Name']} (${fieldsOf(node['Index Cond'])})`);
    if (depth === path.length) path.push(type);
    else path[depth] = `${path[depth]}+${type}`;
    for (const child of node.Plans ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  plan.summary = path.join(' > ');
  return plan;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** The document fields an index condition names: `(_jsonb -> 'assigneeId'::text) @> …` → `assigneeId`. */
function fieldsOf(condition: string | undefined): string {
  if (!condition) return 'no condition';
  const fields = [...condition.matchAll(/_jsonb\s*->>?\s*'((?:[^']|'')*)'/g)].map((match) => match[1]!);
  return [...new Set(fields)].join(', ') || condition;
}

interface MongoDbStage {
  stage: string;
  indexName?: string;
  keyPattern?: Record<string, unknown>;
  inputStage?: MongoDbStage;
  inputStages?: MongoDbStage[];
  queryPlan?: MongoDbStage;
}

/** MongoDB's own plan (a `MONGODB_URI` given to the harness): COLLSCAN is its sequential scan. */
function readMongoDbPlan(root: MongoDbStage): QueryPlan {
  // MongoDB sorts, limits and counts in the server itself.
  const plan: QueryPlan = {
    noTable: false,
    seqScans: [],
    indexes: [],
    filterPushdown: true,
    sortPushdown: true,
    limitPushdown: true,
    countPushdown: true,
    summary: '',
  };
  const path: string[] = [];
  const visit = (stage: MongoDbStage, depth: number) => {
    if (stage.stage === 'COLLSCAN') plan.seqScans.push('collection');
    if (stage.indexName) plan.indexes.push(`${stage.indexName} (${Object.keys(stage.keyPattern ?? {}).join(', ')})`);
    path[depth] = path[depth] ? `${path[depth]}+${stage.stage}` : stage.stage;
    for (const child of [stage.inputStage, stage.queryPlan, ...(stage.inputStages ?? [])])
      if (child) visit(child, depth + 1);
  };
  visit(root, 0);
  plan.summary = path.join(' > ');
  return plan;
}
