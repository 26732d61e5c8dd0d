import fs from 'node:fs';
import path from 'node:path';
import { note } from './note';
import { startLegacySqliteDatabase } from './services';

/** Where data directories before 2026-12 kept FerretDB's SQLite files. */
export const LEGACY_SQLITE_DIR = 'ferretdb';

export interface MoveLegacySqliteDataOptions {
  dataDir: string;
  logsDir: string;
  /** The new (PostgreSQL-backed) server, without a database name; nothing else writes to it yet. */
  targetUri: string;
  /** Runs a built script to its end; rejects unless it exits 0. */
  runNodeScript(script: string, args: readonly string[]): Promise<void>;
}

/**
 * Moves a data directory's FerretDB-on-SQLite data (`DATA_DIR/ferretdb`, how the local stack
 * kept it before 2026-12) to the PostgreSQL-backed database, once. The copy
 * (`server/dist/migrate-database.js`) checks every collection document for document and every
 * audit chain on the new side; only when all of that passes are the SQLite files set aside,
 * renamed, not deleted. A failed or interrupted move changes nothing old and runs again at the
 * next start, before anything writes to the new database.
 */
export async function moveLegacySqliteData(options: MoveLegacySqliteDataOptions): Promise<void> {
  const legacyDir = path.join(options.dataDir, LEGACY_SQLITE_DIR);
  if (!holdsSqliteData(legacyDir)) return;
  note('up', `moving ${legacyDir} (FerretDB on SQLite) to PostgreSQL, then checking every document and audit chain`);
  const legacy = await startLegacySqliteDatabase({
    dir: legacyDir,
    logFile: path.join(options.logsDir, 'database-sqlite.log'),
  });
  try {
    await options.runNodeScript('server/dist/migrate-database.js', ['--from', legacy.uri, '--to', options.targetUri]);
  } finally {
    await legacy.stop();
  }
  const setAside = path.join(
    options.dataDir,
    `${LEGACY_SQLITE_DIR}-sqlite-moved-${new Date().toISOString().slice(0, 10)}`,
  );
  fs.renameSync(legacyDir, setAside);
  note('up', `all checks passed; the old SQLite files are in ${setAside} (delete it once you no longer want them)`);
}

function holdsSqliteData(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((name) => name.endsWith('.sqlite'));
  } catch {
    return false;
  }
}
