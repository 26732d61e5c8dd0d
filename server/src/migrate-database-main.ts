import { migrateDatabases } from '@tongban/store';

const USAGE = `node server/dist/migrate-database.js --from mongodb://HOST:PORT/ --to mongodb://HOST:PORT/

Copies every database of one MongoDB-wire server to another (the local stack runs it once
to move a data directory from FerretDB on SQLite to FerretDB on PostgreSQL), then checks
that every collection holds the same documents on both sides and that every audit chain
verifies on the new server. Exits 0 only when every check passes; the source is only read.`;

/** `node server/dist/migrate-database.js`: copy one server's databases to another and verify them. */
async function main(): Promise<number> {
  const from = argument('--from');
  const to = argument('--to');
  if (process.argv.includes('--help') || !from || !to) {
    console.log(USAGE);
    return from && to ? 0 : 2;
  }
  let lastLine = '';
  const migrations = await migrateDatabases(from, to, (database, { collection, copied, total }) => {
    const line = `  ${database}.${collection}: ${copied}/${total}`;
    // One line per collection when done, and every 10,000 documents on the way.
    if (copied === total || copied % 10_000 === 0) {
      if (line !== lastLine) console.log(line);
      lastLine = line;
    }
  });
  for (const migration of migrations) {
    const documents = migration.collections.reduce((sum, each) => sum + each.targetCount, 0);
    const chains = migration.auditChains
      ? `, ${migration.auditChains.requests} audit chains (${migration.auditChains.entries} entries) ${migration.auditChains.ok ? 'verified' : 'BROKEN'}`
      : '';
    console.log(
      `${migration.ok ? 'ok' : 'FAILED'} ${migration.database}: ${migration.collections.length} collections, ${documents} documents${chains}`,
    );
    for (const collection of migration.collections.filter((each) => !each.identical)) {
      console.log(
        `  ${collection.collection} differs: ${collection.sourceCount} documents before, ${collection.targetCount} after`,
      );
    }
    for (const broken of migration.auditChains?.broken ?? []) {
      console.log(`  chain ${broken.requestId} breaks at entry ${broken.brokenAtSeq} (${broken.reason})`);
    }
  }
  return migrations.every((migration) => migration.ok) ? 0 : 1;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
