import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { Client, Connection } from '@temporalio/client';
import { connectStore, disconnectStore } from '@tongban/store';
import { FERRETDB_VERSION, TEMPORAL_CLI_VERSION } from '@tongban/tools';
import { signIn, type ApiSession } from './load/api-client';
import { publishBenchProcess, type FlowSessions } from './load/loan-renewal-flow';
import { measureActionLatency } from './measure/action-latency';
import { measureE2eThroughput } from './measure/e2e-throughput';
import { measureFormValidation } from './measure/form-validation';
import { measureInbox } from './measure/inbox';
import { repoRoot, startAppStack, type AppStack } from './stack/app-stack';

/**
 * `npm run bench`: a fresh stack on loopback (Temporal dev server, FerretDB,
 * the built worker and API), driven by a closed-loop load generator; prints a
 * table and writes bench/results/latest.json. `--scale-out` runs 2 workers and
 * 2 API servers instead and writes bench/results/scale-out.json.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'scale-out': { type: 'boolean', default: false },
      flows: { type: 'string', default: '60' },
      concurrency: { type: 'string', default: '16' },
      samples: { type: 'string', default: '150' },
      'inbox-levels': { type: 'string', default: '1000,10000,100000' },
    },
  });
  const flows = positiveInt(values.flows, '--flows');
  const concurrency = positiveInt(values.concurrency, '--concurrency');
  const samples = positiveInt(values.samples, '--samples');
  const inboxLevels = values['inbox-levels'].split(',').map((level) => positiveInt(level, '--inbox-levels'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  say(`scratch and logs: ${dir} (removed after a successful run)`);

  const scaleOut = values['scale-out'];
  const started = performance.now();
  say(
    scaleOut ? 'starting Temporal, FerretDB, 2 workers and 2 API servers' : 'starting Temporal, FerretDB, worker, API',
  );
  const stack = await startAppStack({ dir, workers: scaleOut ? 2 : 1, servers: scaleOut ? 2 : 1 });
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection, namespace: 'default' });
  await connectStore(stack.mongodbUri);
  await publishBenchProcess();
  try {
    if (scaleOut) await runScaleOut(stack, temporal, { flows, concurrency });
    else await runBench(stack, temporal, { flows, concurrency, samples, inboxLevels });
  } finally {
    await connection.close();
    await disconnectStore();
    await stack.stop();
  }
  // The logs and the database (hundreds of MB at 100k requests) are kept only when a run fails.
  fs.rmSync(dir, { recursive: true, force: true });
  say(`done in ${Math.round((performance.now() - started) / 1000)} s`);
}

async function runBench(
  stack: AppStack,
  temporal: Client,
  options: { flows: number; concurrency: number; samples: number; inboxLevels: number[] },
): Promise<void> {
  const server = stack.servers[0]!;
  const sessions = await flowSessions(server.baseUrl!);

  say(`1/5 end-to-end: ${options.flows} flows each way, ${options.concurrency} at a time`);
  const throughput = await measureE2eThroughput({
    temporal,
    applicant: sessions.applicant.party,
    sessions: [sessions],
    flows: options.flows,
    concurrency: options.concurrency,
  });
  say(`    http ${throughput.httpFlowsPerS}/s, direct ${throughput.directFlowsPerS}/s`);

  say(`2/5 approve latency: ${options.samples} samples each way, 4 at a time`);
  const latency = await measureActionLatency({
    temporal,
    applicant: sessions.applicant.party,
    centre: sessions.centre,
    samples: options.samples,
    concurrency: 4,
  });
  say(`    http p99 ${latency.httpMs.p99} ms, Update p99 ${latency.updateMs.p99} ms`);

  say('3/5 form validation: 100 fields');
  const validation = measureFormValidation();

  // Memory now, before the inbox volume: the peak under the workflow load above.
  const workerRss = stack.workers[0]!.peakRssMb();
  const serverRssUnderLoad = server.peakRssMb();

  say(`4/5 inbox at ${options.inboxLevels.join(' / ')} requests`);
  const inbox = await measureInbox({
    handler: sessions.centre,
    levels: options.inboxLevels,
    samples: 100,
    onLevel: (level) =>
      say(
        `    ${level.requests}: p95 ${level.httpMs.p95} ms over HTTP, ${level.dbMs.p95} ms in the database, one task by _id ${level.byIdMs.p95} ms (insert ${level.insertS} s)`,
      ),
  });

  say('5/5 memory');
  const serverRss = server.peakRssMb();
  const at10k = inbox.find((level) => level.requests === 10_000);
  const results = {
    e2e_ratio: throughput.ratio,
    latency_p99_ratio: latency.p99Ratio,
    inbox_p95_ms_10k: at10k?.httpMs.p95 ?? null,
    validations_per_s: validation.validPerS,
    worker_rss_mb: workerRss ?? null,
    server_rss_mb: serverRss ?? null,
    details: {
      machine: machine(),
      when: new Date().toISOString(),
      throughput,
      latency,
      inbox,
      validation,
      memory: { workerPeakMb: workerRss, serverPeakUnderWorkflowLoadMb: serverRssUnderLoad, serverPeakMb: serverRss },
    },
  };
  printTable([
    [
      'e2e flows/s (submit → 2 approvals → 办结)',
      `http ${throughput.httpFlowsPerS}`,
      `direct ${throughput.directFlowsPerS}`,
      `ratio ${throughput.ratio} (target ≥ 0.8)`,
    ],
    [
      'approve latency p50/p95/p99 ms',
      `http ${fmt(latency.httpMs)}`,
      `Update ${fmt(latency.updateMs)}`,
      `p99 ratio ${latency.p99Ratio} (target ≤ 1.5)`,
    ],
    ...inbox.map((level) => [
      `inbox p50/p95 ms at ${level.requests}`,
      `http ${level.httpMs.p50}/${level.httpMs.p95}`,
      `db ${level.dbMs.p50}/${level.dbMs.p95}`,
      level.requests === 10_000 ? '(target p95 ≤ 50)' : '',
    ]),
    ...inbox.map((level) => [
      `one task by _id, p50/p95 ms at ${level.requests}`,
      '',
      `db ${level.byIdMs.p50}/${level.byIdMs.p95}`,
      '',
    ]),
    ['validations/s, 100 fields', `valid ${validation.validPerS}`, `invalid ${validation.invalidPerS}`, ''],
    ['peak RSS MiB', `worker ${workerRss}`, `server ${serverRss}`, ''],
  ]);
  await writeResults('latest.json', results);
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
    machine: machine(),
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

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    temporal: `temporal CLI ${TEMPORAL_CLI_VERSION} (dev server, in memory)`,
    database: `FerretDB ${FERRETDB_VERSION} (SQLite)`,
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
