// `npm run api-types -w @tongban/server` rewrites the client's generated API types;
// with `--check` it only says (exit 1) whether the file is behind the document.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { CLIENT_TYPES_FILE, generateClientTypes } from './client-types';

async function main(): Promise<void> {
  const options = (await resolveConfig(CLIENT_TYPES_FILE)) ?? {};
  const fresh = await format(await generateClientTypes(), { ...options, filepath: CLIENT_TYPES_FILE });
  if (process.argv.includes('--check')) {
    const current = await readFile(CLIENT_TYPES_FILE, 'utf8').catch(() => '');
    if (current === fresh) return;
    process.stderr.write(
      `${CLIENT_TYPES_FILE} is behind the OpenAPI document: run npm run api-types -w @tongban/server\n`,
    );
    process.exitCode = 1;
    return;
  }
  await writeFile(CLIENT_TYPES_FILE, fresh);
  process.stdout.write(`wrote ${CLIENT_TYPES_FILE}\n`);
}

void main();
