/**
 * The size budget of the client, checked on a production build (`npm run budget -w @tongban/client`):
 * the JavaScript a person downloads to sign in and see the portal (the entry, the login page and
 * 办事大厅 with everything they import statically) must stay within 400 KB gzipped. Prints each
 * route's own chunks too, so a regression shows where it came from. A script, not a test: sizes
 * are measured, not timed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 400;
const dist = path.resolve(import.meta.dirname, '..', 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

/** A chunk's file and the files of everything it imports statically (what loads with it). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`no chunk ${key} in the build manifest; run npm run build first`);
  if (seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipped(file), 0);

const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entry) throw new Error('the build manifest has no entry');
const entryFiles = closure(entry);
const initial = new Set(entryFiles);
for (const page of ['src/pages/LoginPage.tsx', 'src/pages/CataloguePage.tsx'])
  for (const file of closure(page)) initial.add(file);

console.log(`entry (${entry}): ${kb(total(entryFiles))} KB gzipped`);
for (const key of Object.keys(manifest)
  .filter((name) => name.startsWith('src/pages/'))
  .sort()) {
  const own = [...closure(key)].filter((file) => !entryFiles.has(file));
  console.log(`  + ${path.basename(key, '.tsx').padEnd(22)} ${String(kb(total(own))).padStart(7)} KB`);
}
const initialKb = kb(total(initial));
console.log(`login + portal initial JavaScript: ${initialKb} KB gzipped (budget ${BUDGET_KB} KB)`);
if (initialKb > BUDGET_KB) {
  console.error(`over budget by ${Math.round((initialKb - BUDGET_KB) * 10) / 10} KB`);
  process.exit(1);
}
