// Shows that the client's typecheck follows the API's schemas: the client, in a scratch copy, is
// typechecked against types generated from a document where one field the client reads is renamed
// (TaskView.stepName → stepTitle). Exit 0 when tsc refuses the client there, 1 when it does not.
// Run by client-types.test.ts (openapi-typescript is an ES module jest cannot load).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateClientTypes } from './client-types';
import type { OpenApiDocument } from './openapi-document';

const ROOT = path.resolve(__dirname, '../../..');

function renameTaskViewStepName(document: OpenApiDocument): void {
  const taskView = (document.components as { schemas: Record<string, { properties: object; required: string[] }> })
    .schemas.TaskView!;
  const { stepName, ...others } = taskView.properties as Record<string, unknown>;
  taskView.properties = { ...others, stepTitle: stepName };
  taskView.required = taskView.required.map((name) => (name === 'stepName' ? 'stepTitle' : name));
}

async function main(): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'tongban-client-types-'));
  try {
    const client = path.join(scratch, 'client');
    for (const entry of ['src', 'scripts', 'vite.config.ts', 'tsconfig.json', 'package.json'])
      await cp(path.join(ROOT, 'client', entry), path.join(client, entry), { recursive: true });
    await cp(path.join(ROOT, 'tsconfig.base.json'), path.join(scratch, 'tsconfig.base.json'));
    await symlink(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'));
    await symlink(path.join(ROOT, 'client', 'node_modules'), path.join(client, 'node_modules'));
    await writeFile(
      path.join(client, 'src/api/generated/api-schema.ts'),
      await generateClientTypes(renameTaskViewStepName),
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', client, '--noEmit']).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout?: string }) => ({ failed: true, output: error.stdout ?? '' }),
    );
    const refused = result.failed && /stepName/.test(result.output);
    process.stdout.write(refused ? 'the client does not typecheck against the renamed field\n' : result.output);
    process.exitCode = refused ? 0 : 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

void main();
