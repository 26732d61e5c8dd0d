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
