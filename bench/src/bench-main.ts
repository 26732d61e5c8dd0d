import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { Client, Connection } from '@temporalio/client';
import { connectStore, disconnectStore } from '@tongban/store';
import mongoose from 'mongoose';
import { FERRETDB_VERSION, TEMPORAL_CLI_VERSION, testPayloadKeyEnvironment, withDatabaseName } from '@tongban/tools';
import { payloadCodecFromEnvironment, sealedDataConverter } from '@tongban/workflows/payload-codec';
import { signIn, type ApiSession } from './load/api-client';
import { publishBenchProcess, type FlowSessions } from './load/loan-renewal-flow';
import { measureActionLatency } from './measure/action-latency';
import { measureE2eThroughput } from './measure/e2e-throughput';
import { measureFormValidation } from './measure/form-validation';
import { measureAtVolume, type VolumeProfile } from './measure/at-volume';
import { measureGrowthRound } from './measure/growth-round';
import { repoRoot, startAppStack, type AppStack } from './stack/app-stack';

/**
 * `npm run bench`: a fresh stack on loopback (Temporal dev server, the
 * database, the built worker and API, and the bare-Temporal worker), driven by
 * a closed-loop load generator; prints a table and writes
 * bench/results/latest.json. `--quick` measures at a tenth of the volume and
 * writes bench/results/quick.json instead. `--scale-out` runs 2 workers and 2
 * API servers and writes bench/results/scale-out.json.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'scale-out': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      flows: { type: 'string' },
      concurrency: { type: 'string', default: '16' },
      samples: { type: 'string' },
      'approve-samples': { type: 'string' },
      levels: { type: 'string' },
      'main-level': { type: 'string' },
      'mongodb-uri': { type: 'string' },
    },
  });
  const quick = values.quick;
  const defaults = quick ? QUICK : FULL;
  const flows = positiveInt(values.flows ?? defaults.flows, '--flows');
  const concurrency = positiveInt(values.concurrency, '--concurrency');
  const samples = positiveInt(values.samples ?? defaults.samples, '--samples');
  const approveSamples = positiveInt(values['approve-samples'] ?? defaults.approveSamples, '--approve-samples');
  const levels = (values.levels ?? defaults.levels).split(',').map((level) => positiveInt(level, '--levels'));
  const mainLevel = positiveInt(values['main-level'] ?? defaults.mainLevel, '--main-level');
  if (!levels.includes(mainLevel))
    throw new Error(`--main-level ${mainLevel} is not one of --levels ${levels.join(',')}`);
  if (levels.some((level, index) => index > 0 && level <= levels[index - 1]!))
    throw new Error(`--levels must grow: ${levels.join(',')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  say(`scratch and logs: ${dir} (removed after a successful run)`);

  const scaleOut = values['scale-out'];
  const started = performance.now();
  say(
    scaleOut
      ? 'starting Temporal, the database, 2 workers and 2 API servers'
      : 'starting Temporal, the database, worker, API and the bare worker',
  );
  // A database of its own inside the given server, so every run starts empty (and another
  // database there is never touched); dropped after a successful run.
  const givenUri = values['mongodb-uri'] && withDatabaseName(values['mongodb-uri'], `tongban_bench_${Date.now()}`);
  // The worker and API refuse to start without payload keys: a random one for this run unless given.
  Object.assign(process.env, testPayloadKeyEnvironment());
  const stack = await startAppStack({
    dir,
    workers: scaleOut ? 2 : 1,
    servers: scaleOut ? 2 : 1,
    bareWorker: !scaleOut,
    ...(givenUri ? { mongodbUri: givenUri } : {}),
  });
  const connection = await Connection.connect({ address: stack.temporalAddress });
  // Tongban's flows seal their payloads as the API does; the bare flows stay plain, so bare Temporal
  // remains the baseline of an app without Tongban (the codec's cost counts against Tongban).
  const temporal = new Client({
    connection,
    namespace: 'default',
    dataConverter: sealedDataConverter(payloadCodecFromEnvironment()),
  });
  const bareTemporal = new Client({ connection, namespace: 'default' });
  await connectStore(stack.mongodbUri);
  await publishBenchProcess();
  try {
    if (scaleOut) await runScaleOut(stack, temporal, { flows, concurrency });
    else
      await runBench(stack, temporal, bareTemporal, {
        quick,
        flows,
        concurrency,
        samples,
        approveSamples,
        levels,
        mainLevel,
      });
    if (givenUri) await mongoose.connection.db?.dropDatabase();
  } finally {
    await connection.close();
    await disconnectStore();
    await stack.stop();
  }
  // The logs and the database (hundreds of MB at 100k requests) are kept only when a run fails.
  fs.rmSync(dir, { recursive: true, force: true });
  say(`done in ${Math.round((performance.now() - started) / 1000)} s`);
}

/** The full bench's sizes, and `--quick`'s: a tenth of the volume, fewer samples, for development. */
const FULL = { flows: '60', samples: '150', approveSamples: '40', levels: '1000,10000,100000', mainLevel: '10000' };
const QUICK = { flows: '32', samples: '40', approveSamples: '20', levels: '1000,10000', mainLevel: '1000' };

interface BenchOptions {
  quick: boolean;
  flows: number;
  concurrency: number;
  samples: number;
  approveSamples: number;
  levels: number[];
  mainLevel: number;
}

async function runBench(stack: AppStack, temporal: Client, bareTemporal: Client, options: BenchOptions): Promise<void> {
  const server = stack.servers[0]!;
  const sessions = await flowSessions(server.baseUrl!);

  say(`1/6 end-to-end: ${options.flows} flows each of bare, direct and http, ${options.concurrency} at a time`);
  const throughput = await measureE2eThroughput({
    temporal,
    bareTemporal,
    applicant: sessions.applicant.party,
    sessions: [sessions],
    flows: options.flows,
    concurrency: options.concurrency,
    bare: true,
  });
  say(
    `    http ${throughput.httpFlowsPerS}/s, direct ${throughput.directFlowsPerS}/s, bare ${throughput.bareFlowsPerS}/s`,
  );

  say(`2/6 approve latency: ${options.samples} samples each way, 4 at a time`);
  const latency = await measureActionLatency({
    temporal,
    applicant: sessions.applicant.party,
    centre: sessions.centre,
    samples: options.samples,
    concurrency: 4,
  });
  say(`    http p99 ${latency.httpMs.p99} ms, Update p99 ${latency.updateMs.p99} ms`);

  say('3/6 form validation: 100 fields');
  const validation = measureFormValidation();

  say('4/6 growth-point round: trigger the Schedule, wait for every request to reach an inbox');
  const growth = await measureGrowthRound({ temporal });
  say(`    ${growth.enterprises} requests in ${growth.seconds} s (first after ${growth.firstS} s)`);
  // Peak memory under the workflow load above, before the volume (cloned documents cost the processes nothing).
  const serverRssUnderLoad = server.peakRssMb();

  say(`5/6 at ${options.levels.join(' / ')} requests: inbox, then ${options.approveSamples} approves one at a time`);
  const volume = await measureAtVolume({
    temporal,
    bareTemporal,
    sessions,
    levels: options.levels,
    profileLevel: options.mainLevel,
    approveSamples: options.approveSamples,
    inboxSamples: 100,
    onLevel: (level) =>
      say(
        `    ${level.requests}: inbox p95 ${level.inboxMs.p95} ms (db ${level.inboxDbMs.p95}), approve p50 ${level.approveMs.p50} ms, bare Update p50 ${level.bareUpdateMs.p50} ms, handler ${level.handlerOpenTasks}/${level.openTasks} open tasks (clones in ${level.insertS} s)`,
      ),
  });

  say('6/6 memory');
  const workerRss = stack.workers[0]!.peakRssMb();
  const serverRss = server.peakRssMb();
  const bareWorkerRss = stack.bareWorker?.peakRssMb();
  const atLevel = (level: number) => volume.find((entry) => entry.requests === level);
  const main = atLevel(options.mainLevel);
  const profile = main?.profile;
  const approveP50 = main?.approveMs.p50 ?? null;
  const bareUpdateP50 = main?.bareUpdateMs.p50 ?? null;
  const results = {
    e2e_ratio: throughput.ratio,
    limit_ratio: throughput.limitRatio ?? null,
    bare_flows_per_s: throughput.bareFlowsPerS ?? null,
    latency_p99_ratio: latency.p99Ratio,
    approve_p50_ms: approveP50,
    bare_update_p50_ms: bareUpdateP50,
    approve_ratio: approveP50 && bareUpdateP50 ? Math.round((approveP50 / bareUpdateP50) * 100) / 100 : null,
    ...Object.fromEntries(
      options.levels.map((level) => [`inbox_p95_ms_${levelName(level)}`, atLevel(level)?.inboxMs.p95 ?? null]),
    ),
    ...Object.fromEntries(
      options.levels.map((level) => [`approve_p50_ms_${levelName(level)}`, atLevel(level)?.approveMs.p50 ?? null]),
    ),
    growth_round_s: growth.seconds,
    validations_per_s: validation.validPerS,
    worker_rss_mb: workerRss ?? null,
    server_rss_mb: serverRss ?? null,
    details: {
      machine: machine(stack),
      when: new Date().toISOString(),
      run: { ...options, approveLevel: options.mainLevel },
      throughput,
      latency,
      growth,
      volume,
      validation,
      memory: {
        workerPeakMb: workerRss,
        serverPeakUnderWorkflowLoadMb: serverRssUnderLoad,
        serverPeakMb: serverRss,
        bareWorkerPeakMb: bareWorkerRss,
      },
    },
  };
  printTable([
    [
      'e2e flows/s (submit → 2 approvals → 办结)',
      `http ${throughput.httpFlowsPerS}`,
      `direct ${throughput.directFlowsPerS} · bare ${throughput.bareFlowsPerS}`,
      `http/direct ${throughput.ratio} · http/bare ${throughput.limitRatio} (target ≥ 0.5)`,
    ],
    [
      'approve latency p50/p95/p99 ms, 4 at a time',
      `http ${fmt(latency.httpMs)}`,
      `Update ${fmt(latency.updateMs)}`,
      `p99 ratio ${latency.p99Ratio}`,
    ],
    ...volume.map((level) => [
      `approve p50 ms one at a time, ${level.requests} requests`,
      `http ${level.approveMs.p50}`,
      `bare Update ${level.bareUpdateMs.p50}`,
      level.requests === options.mainLevel
        ? `ratio ${results.approve_ratio} (target ≤ 3)`
        : level === volume[volume.length - 1]
          ? `× ${Math.round((level.approveMs.p50 / volume[0]!.approveMs.p50) * 100) / 100} of ${volume[0]!.requests} (target ≤ 1.5)`
          : '',
    ]),
    ...volume.map((level) => [
      `inbox page+count p50/p95 ms, ${level.requests} requests`,
      `http ${level.inboxMs.p50}/${level.inboxMs.p95}`,
      `db ${level.inboxDbMs.p50}/${level.inboxDbMs.p95} · by _id ${level.byIdMs.p50}/${level.byIdMs.p95}`,
      `handler holds ${level.handlerOpenTasks} of ${level.openTasks} open tasks`,
    ]),
    ['growth-point round s', `${growth.seconds}`, `${growth.enterprises} requests`, '(target ≤ 30)'],
    ['validations/s, 100 fields', `valid ${validation.validPerS}`, `invalid ${validation.invalidPerS}`, ''],
    ['peak RSS MiB', `worker ${workerRss}`, `server ${serverRss}`, `bare worker ${bareWorkerRss}`],
  ]);
  if (profile) printProfile(profile);
  await writeResults(options.quick ? 'quick.json' : 'latest.json', results);
}

async function runScaleOut(stack: AppStack, temporal: Client, options: { flows: number; concurrency: number }) {
  const perServer = await Promise.all(stack.servers.map((server) => flowSessions(server.baseUrl!)));
  const measure = async (label: string, sessions: FlowSessions[]) => {
    say(`${label}: ${options.flows} flows each way, ${options.concurrency} at a time`);
    const result = await measureE2eThroughput({
      temporal,
      applicant: perServer[0]!.applicant.party,
      sessions,
      flows: options.flows,
      concurrency: options.concurrency,
    });
    say(`    http ${result.httpFlowsPerS}/s, direct ${result.directFlowsPerS}/s`);
    return result;
  };
  const twoByTwo = await measure('2 workers, 2 API servers', perServer);
  const twoByTwoRss = {
    workers: stack.workers.map((worker) => worker.peakRssMb()),
    servers: stack.servers.map((server) => server.peakRssMb()),
  };
  // The same stack with the second worker and server stopped: the one-of-each baseline of this run.
  await stack.workers[1]!.stop();
  await stack.servers[1]!.stop();
  const oneByOne = await measure('1 worker, 1 API server', [perServer[0]!]);
  printTable([
    ['flows/s', 'http', 'direct', 'ratio'],
    ['2 workers + 2 API servers', `${twoByTwo.httpFlowsPerS}`, `${twoByTwo.directFlowsPerS}`, `${twoByTwo.ratio}`],
    ['1 worker + 1 API server', `${oneByOne.httpFlowsPerS}`, `${oneByOne.directFlowsPerS}`, `${oneByOne.ratio}`],
  ]);
  await writeResults('scale-out.json', {
    machine: machine(stack),
    when: new Date().toISOString(),
    twoWorkersTwoServers: { ...twoByTwo, peakRssMb: twoByTwoRss },
    oneWorkerOneServer: oneByOne,
    scale_http: Math.round((twoByTwo.httpFlowsPerS / oneByOne.httpFlowsPerS) * 100) / 100,
  });
}

async function flowSessions(baseUrl: string): Promise<FlowSessions> {
  const [applicant, centre, bank] = await Promise.all(
    ['qiye', 'zhaoshang', 'yinhang'].map((name): Promise<ApiSession> => signIn(baseUrl, name)),
  );
  return { applicant: applicant!, centre: centre!, bank: bank! };
}

/** `1000` → `1k`, `100000` → `100k`: the suffix of the per-level keys. */
function levelName(level: number): string {
  return level % 1000 === 0 ? `${level / 1000}k` : String(level);
}

function printProfile({ approve, bareUpdate, apiOwnMs }: VolumeProfile): void {
  const lines = [
    `one approve (${approve.requestId}), ${approve.httpMs} ms over HTTP:`,
    `  ${approve.beforeFirstEventMs} ms  sent → first history event (API checks, Update delivered to the worker)`,
    `  ${approve.workflowMs} ms  first event → Update completed (the workflow and its activities)`,
    ...approve.activities.map(
      (activity) =>
        `      ${activity.activity}${activity.local ? ' (local)' : ''}: at ${activity.scheduledAtMs} ms, queued ${activity.queuedMs} ms, ran ${activity.runMs} ms`,
    ),
    `  ${approve.afterUpdateCompletedMs} ms  Update completed → HTTP answer`,
    `the bare Update after it, ${bareUpdate.httpMs} ms: ${bareUpdate.beforeFirstEventMs} ms to its first event, ${bareUpdate.workflowMs} ms in the workflow, ${bareUpdate.afterUpdateCompletedMs} ms back`,
    `the API's own time, estimated: ${apiOwnMs} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function machine(stack?: AppStack) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    temporal: `temporal CLI ${TEMPORAL_CLI_VERSION} (dev server, in memory)`,
    database:
      stack?.databaseEngine === 'ferretdb'
        ? `FerretDB ${FERRETDB_VERSION} on PostgreSQL`
        : (stack?.databaseEngine ?? 'given with --mongodb-uri'),
    loadavgAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Writes the results as the repo's formatter would, so a fresh run never fails `npm run lint`. */
async function writeResults(name: string, results: unknown): Promise<void> {
  const file = path.join(repoRoot, 'bench', 'results', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(JSON.stringify(results), { ...options, filepath: file }));
  say(`wrote ${path.relative(process.cwd(), file)}`);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) =>
    row.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join('  ');
  process.stdout.write(`\n${rows.map(line).join('\n')}\n\n`);
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return columns;
}

function fmt(summary: { p50: number; p95: number; p99: number }): string {
  return `${summary.p50}/${summary.p95}/${summary.p99}`;
}

function positiveInt(value: string, flag: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} takes a positive whole number, got ${value}`);
  return parsed;
}

function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
