import { connectStore, disconnectStore } from '@tongban/store';
import { connectTemporal } from './temporal/temporal-client';
import { readServerConfig } from './config';
import { cityLogins } from './seed/city-data';
import { DEMO_PASSWORD, demoUsers, type DemoUser } from './seed/demo-data';
import { ensureGrowthPointSchedule } from './seed/growth-point-schedule';
import { seedCatalogue } from './seed/seed-catalogue';
import { seedDemoData } from './seed/seed-demo-data';
import { seedRefusal } from './seed/seed-guard';

const USAGE = `node server/dist/seed.js [--force] [--demo-only]

Loads the demo users and the seed catalogue (the city's organisations and people,
306 growth-point enterprises, every seed form and process) and creates the monthly
growth-point Schedule in Temporal. Idempotent. Reads MONGODB_URI, TEMPORAL_ADDRESS,
TEMPORAL_NAMESPACE, TEMPORAL_API_KEY.

Refuses when NODE_ENV=production, or when the database has users but was never
seeded (it looks like someone's real data), unless --force or
TONGBAN_SEED_ALLOW_PRODUCTION=1: every seed user's password is ${DEMO_PASSWORD}.

--demo-only loads only the demo slice (five demo users, loan-renewal version 1)
and no Schedule: what the API's own tests run on.`;

/** `node server/dist/seed.js`: loads the demo data and the seed catalogue (idempotent) and prints the demo logins. */
async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = readServerConfig();
  const demoOnly = process.argv.includes('--demo-only');
  const started = Date.now();
  await connectStore(config.mongodbUri);
  try {
    const refusal = await seedRefusal(process.env, process.argv);
    if (refusal) throw new Error(refusal);
    const demo = await seedDemoData();
    const catalogue = demoOnly ? { created: 0 } : await seedCatalogue();
    const created = demo.created + catalogue.created;
    console.log(
      created > 0
        ? `Seed data loaded (${created} new records) in ${Date.now() - started} ms.`
        : 'Seed data already present.',
    );
  } finally {
    await disconnectStore();
  }
  if (demoOnly) {
    printLogins(demoUsers);
    return;
  }
  const temporal = await connectTemporal(config);
  try {
    const schedule = await ensureGrowthPointSchedule(temporal);
    console.log(
      schedule === 'created'
        ? 'Created the monthly growth-point Schedule (1st of each month, 08:00 China time).'
        : 'The monthly growth-point Schedule exists.',
    );
  } finally {
    await temporal.connection.close();
  }
  printLogins([...demoUsers, ...cityLogins()]);
}

function printLogins(users: readonly DemoUser[]): void {
  console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
  for (const user of users) console.log(`  ${user.username.padEnd(17)} ${user.description}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
