import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// One contract per endpoint: the client's API types are generated from the document the routes are
// documented and validated with. A schema change leaves the generated file behind until it is
// regenerated; regenerated, the client's typecheck fails wherever the client does not follow.
// (openapi-typescript is an ES module jest cannot load: the check runs as its own process.)
it('the client’s generated API types are those of the document as it is now', async () => {
  const main = path.join(__dirname, 'client-types-main.ts');
  const run = promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), main, '--check'], {
    cwd: path.join(__dirname, '..', '..'),
  });
  await expect(run).resolves.toMatchObject({ stderr: '' });
}, 60_000);

// The other half: generated from a document where a field the client reads is renamed, the
// client's types make its typecheck fail (a copy of the client is checked; the real one is untouched).
it('makes the client’s typecheck fail when a schema changes and the client does not follow', async () => {
  const main = path.join(__dirname, 'client-follows-schema-main.ts');
  const run = promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), main], {
    cwd: path.join(__dirname, '..', '..'),
  });
  await expect(run).resolves.toMatchObject({ stdout: 'the client does not typecheck against the renamed field\n' });
}, 300_000);
