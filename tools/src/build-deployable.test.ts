import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDeployable, bundleName } from './build-deployable';

jest.setTimeout(60_000);

describe('bundleName', () => {
  it('drops the -main suffix of runnable files', () => {
    expect(bundleName('src/main.ts')).toBe('main');
    expect(bundleName('src/seed-main.ts')).toBe('seed');
    expect(bundleName('src/bundle-workflows-main.ts')).toBe('bundle-workflows');
    expect(bundleName('src/migrate.ts')).toBe('migrate');
  });
});

describe('buildDeployable', () => {
  let packageDir: string;
  beforeAll(() => {
    // A deployable that imports a workspace package (TypeScript source) and an npm package.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-build-'));
    writeFiles(root, {
      'node_modules/@tongban/fixture-lib/package.json': JSON.stringify({
        name: '@tongban/fixture-lib',
        exports: { '.': './src/index.ts' },
      }),
      'node_modules/@tongban/fixture-lib/src/index.ts':
        'export const greeting = (name: string): string => `办件 ${name} WORKSPACE_SOURCE_MARK`;\n',
      'node_modules/fixture-npm-dep/package.json': JSON.stringify({ name: 'fixture-npm-dep', main: 'index.js' }),
      'node_modules/fixture-npm-dep/index.js':
        "module.exports = { shout: (text) => text.toUpperCase() + ' NPM_SOURCE_MARK' };\n",
      'app/package.json': JSON.stringify({ name: '@tongban/fixture-app', private: true }),
      'app/src/main.ts':
        "import { greeting } from '@tongban/fixture-lib';\nimport { shout } from 'fixture-npm-dep';\nconsole.log(shout(greeting('a1')));\n",
      'app/src/seed-main.ts': "import { greeting } from '@tongban/fixture-lib';\nconsole.log(greeting('seed'));\n",
    });
    packageDir = path.join(root, 'app');
  });
  afterAll(() => {
    fs.rmSync(path.dirname(packageDir), { recursive: true, force: true });
  });

  it('inlines @tongban/* packages, leaves npm packages external, and the bundles run', async () => {
    const bundles = await buildDeployable(['src/main.ts', 'src/seed-main.ts'], { packageDir });
    expect(bundles.map(({ output }) => path.relative(packageDir, output))).toEqual(['dist/main.js', 'dist/seed.js']);

    const main = fs.readFileSync(path.join(packageDir, 'dist/main.js'), 'utf8');
    expect(main).toContain('WORKSPACE_SOURCE_MARK');
    expect(main).toContain('require("fixture-npm-dep")');
    expect(main).not.toContain('NPM_SOURCE_MARK');
    expect(fs.existsSync(path.join(packageDir, 'dist/main.js.map'))).toBe(true);

    const run = (bundle: string): string =>
      execFileSync(process.execPath, [bundle], { cwd: packageDir, encoding: 'utf8' });
    expect(run('dist/main.js')).toBe('办件 A1 WORKSPACE_SOURCE_MARK NPM_SOURCE_MARK\n');
    expect(run('dist/seed.js')).toBe('办件 seed WORKSPACE_SOURCE_MARK\n');
  });

  it('refuses two entries that would overwrite each other', async () => {
    await expect(buildDeployable(['src/seed-main.ts', 'src/seed.ts'], { packageDir })).rejects.toThrow('seed.js');
  });
});

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
