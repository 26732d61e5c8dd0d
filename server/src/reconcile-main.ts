import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { connectStore, disconnectStore } from '@tongban/store';
import { Registry } from 'prom-client';
import { readServerConfig } from './config';
import { createReconcileMetrics } from './metrics/reconcile-metrics';
import { reconcileRequests } from './reconcile/reconcile-requests';
import { connectTemporal } from './temporal/temporal-client';

const USAGE = `node server/dist/reconcile.js [--dry-run] [--json] [--metrics-file FILE] [--since ISO-INSTANT]

Compares every open request's projection (what the API reads) with its workflow
state in Temporal and rewrites the projection where they differ. Prints what it
repaired. --dry-run only reports. --since limits it to requests started at or
after an instant (e.g. when an incident began). --metrics-file writes the counters
(tongban_reconcile_checked_total, tongban_reconcile_repaired_total) in the
Prometheus text format, for node_exporter's textfile collector. Reads
MONGODB_URI, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY. Exits 1 when
a request could not be compared.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'metrics-file': { type: 'string' },
      since: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const since = values.since ? new Date(values.since) : undefined;
  if (since && Number.isNaN(since.getTime())) {
    console.error(`--since must be an ISO 8601 instant, not ${values.since}`);
    process.exit(2);
  }
  const config = readServerConfig();
  await connectStore(config.mongodbUri);
  const temporal = await connectTemporal(config);
  const registry = new Registry();
  try {
    const report = await reconcileRequests(temporal, {
      dryRun: values['dry-run'],
      metrics: createReconcileMetrics(registry),
      ...(since ? { since } : {}),
    });
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else {
      const verb = report.dryRun ? 'drifted (not repaired: --dry-run)' : 'repaired';
      console.log(`checked ${report.checked} open requests; ${report.drifted.length} ${verb}`);
      for (const { requestId, drift } of report.drifted) {
        const what = drift.map((each) =>
          each.kind === 'missing'
            ? `${each.collection}/${each.id} missing`
            : `${each.collection}/${each.id} ${each.fields.join(',')}`,
        );
        console.log(`  ${requestId}: ${what.join('; ')}`);
      }
      for (const { requestId, error } of report.failed) console.log(`  ${requestId}: not compared: ${error}`);
    }
    if (values['metrics-file']) fs.writeFileSync(values['metrics-file'], await registry.metrics());
    if (report.failed.length > 0) process.exitCode = 1;
  } finally {
    await temporal.connection.close();
    await disconnectStore();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
