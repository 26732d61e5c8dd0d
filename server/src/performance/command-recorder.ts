import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import type { mongo } from 'mongoose';

/**
 * Who sent a database command: an HTTP route (`GET /api/v1/tasks`) or a worker activity
 * (`activity persistTransition`). Set around the code that runs them, so the driver's
 * command events (emitted in the caller's async context) know where they came from.
 */
export const commandOrigin = new AsyncLocalStorage<string>();

/** Worker interceptors that mark every activity's database commands with the activity's name. */
export const originOfActivities: ActivityInterceptorsFactory = (context) => ({
  inbound: {
    execute: (input, next) => commandOrigin.run(`activity ${context.info.activityType}`, () => next(input)),
  },
});

/** One read (or the read half of a write) that the database must answer from its tables. */
export interface RecordedQuery {
  collection: string;
  /**
   * `find`, `count` (countDocuments' `$match` + `$group` pipeline, or the `count` command),
   * `aggregate`, `distinct`, and the writes whose filter selects documents: `update`, `delete`,
   * `findAndModify`.
   */
  command: 'find' | 'count' | 'aggregate' | 'distinct' | 'update' | 'delete' | 'findAndModify';
  filter: mongo.Document;
  sort?: mongo.Document;
  limit?: number;
  pipeline?: mongo.Document[];
  /** The route or activity that sent it, or `background` (a timer of the API or worker). */
  origin: string;
  /** The step of the recorded session it happened in. */
  phase: string;
}

/** What a recording saw: the queries, and how many of each other command (inserts, getMores…). */
export interface CommandRecording {
  queries: RecordedQuery[];
  otherCommands: Map<string, number>;
  /** Names the step of the session that the following commands belong to. */
  setPhase(phase: string): void;
  stop(): void;
}

/**
 * Records every command `client` sends from now until `stop()`. The client must have been
 * created with `monitorCommands: true`, or it emits no command events.
 */
export function recordCommands(client: mongo.MongoClient): CommandRecording {
  let phase = 'start';
  const queries: RecordedQuery[] = [];
  const otherCommands = new Map<string, number>();
  const listener = (event: mongo.CommandStartedEvent) => {
    const origin = commandOrigin.getStore() ?? 'background';
    const found = queriesOf(event.commandName, event.command);
    if (found === undefined) otherCommands.set(event.commandName, (otherCommands.get(event.commandName) ?? 0) + 1);
    for (const query of found ?? []) queries.push({ ...query, origin, phase });
  };
  client.on('commandStarted', listener);
  return {
    queries,
    otherCommands,
    setPhase: (next) => {
      phase = next;
    },
    stop: () => client.off('commandStarted', listener),
  };
}

type QueryPart = Omit<RecordedQuery, 'origin' | 'phase'>;

/** The queries inside one command, or undefined for a command that reads no documents. */
export function queriesOf(name: string, command: mongo.Document): QueryPart[] | undefined {
  switch (name) {
    case 'find':
      return [
        {
          collection: command.find,
          command: 'find',
          filter: command.filter ?? {},
          ...(command.sort ? { sort: command.sort } : {}),
          ...(command.limit ? { limit: Math.abs(command.limit) } : {}),
        },
      ];
    case 'count':
      return [{ collection: command.count, command: 'count', filter: command.query ?? {} }];
    case 'distinct':
      return [{ collection: command.distinct, command: 'distinct', filter: command.query ?? {} }];
    case 'aggregate':
      return [aggregateQuery(command.aggregate, command.pipeline ?? [])];
    case 'update':
      return (command.updates as mongo.Document[]).map((update) => ({
        collection: command.update,
        command: 'update',
        filter: update.q ?? {},
        ...(update.multi ? {} : { limit: 1 }),
      }));
    case 'delete':
      return (command.deletes as mongo.Document[]).map((deletion) => ({
        collection: command.delete,
        command: 'delete',
        filter: deletion.q ?? {},
        ...(deletion.limit ? { limit: deletion.limit } : {}),
      }));
    case 'findAndModify':
      return [
        {
          collection: command.findAndModify,
          command: 'findAndModify',
          filter: command.query ?? {},
          ...(command.sort ? { sort: command.sort } : {}),
          limit: 1,
        },
      ];
    default:
      return undefined;
  }
}

/** countDocuments sends `[{$match}, {$group: {_id: <constant>, n: {$sum: 1}}}]`: a count, not a pipeline. */
function aggregateQuery(collection: string, pipeline: mongo.Document[]): QueryPart {
  const [first, second] = pipeline;
  const match = first?.$match as mongo.Document | undefined;
  const group = second?.$group as mongo.Document | undefined;
  if (pipeline.length === 2 && match && group && isCountGroup(group))
    return { collection, command: 'count', filter: match };
  const sortStage = (match ? second : first)?.$sort as mongo.Document | undefined;
  return {
    collection,
    command: 'aggregate',
    filter: match ?? {},
    ...(sortStage ? { sort: sortStage } : {}),
    pipeline,
  };
}

function isCountGroup(group: mongo.Document): boolean {
  const keys = Object.keys(group);
  if (keys.length !== 2 || keys[0] !== '_id') return false;
  const sum = group[keys[1]!] as mongo.Document | undefined;
  return typeof group._id !== 'object' && sum?.$sum === 1;
}

/**
 * What makes two queries the same for the planner: collection, command, the filter's field
 * names and operators (values dropped), the sort, and whether a limit is set.
 * E.g. `tasks find {assigneeId,status} sort {createdAt:-1,_id:1} limit`.
 */
export function shapeOf(query: Pick<RecordedQuery, 'collection' | 'command' | 'filter' | 'sort' | 'limit'>): string {
  const sort = query.sort
    ? ` sort {${sortEntries(query.sort).map(([key, direction]) => `${key}:${String(direction)}`)}}`
    : '';
  const stages =
    query.command === 'aggregate' ? ` [${(query as RecordedQuery).pipeline?.map(stageName).join(',')}]` : '';
  return `${query.collection} ${query.command} ${describeFilter(query.filter)}${sort}${query.limit ? ' limit' : ''}${stages}`;
}

/** The driver sends sorts as a Map (it keeps their order); a pipeline's `$sort` is a plain object. */
function sortEntries(sort: mongo.Document): [string, unknown][] {
  return sort instanceof Map ? [...(sort as Map<string, unknown>)] : Object.entries(sort);
}

function stageName(stage: mongo.Document): string {
  return Object.keys(stage)[0] ?? '?';
}

function describeFilter(filter: mongo.Document): string {
  const parts = Object.entries(filter).map(([key, value]) => {
    if (Array.isArray(value))
      return `${key}:[${value.map((item) => describeFilter(item as mongo.Document)).join(',')}]`;
    if (isOperatorObject(value)) return `${key}:{${Object.keys(value).join(',')}}`;
    return key;
  });
  return `{${parts.join(',')}}`;
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key.startsWith('$'));
}
