import { connectStore, disconnectStore } from '@tongban/store';
import { DEMO_PASSWORD, demoUsers } from './seed/demo-data';
import { seedDemoData } from './seed/seed-demo-data';

/** `node server/dist/seed.js`: loads the demo data (idempotent) and prints the demo logins. */
async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is required');
  if (process.env.NODE_ENV === 'production' && !process.argv.includes('--force')) {
    throw new Error('refusing to load demo users into a production database; pass --force if you really mean it');
  }
  await connectStore(uri);
  const { created } = await seedDemoData();
  await disconnectStore();
  console.log(created > 0 ? `Demo data loaded (${created} new records).` : 'Demo data already present.');
  console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
  for (const user of demoUsers) console.log(`  ${user.username.padEnd(10)} ${user.description}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
