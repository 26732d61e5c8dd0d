import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Workspace packages export TypeScript source, so a deployable must carry them in its bundle;
 * every other bare import is an npm package that node resolves from node_modules at run time
 * (native addons, Temporal's worker and its workflow bundler cannot be bundled anyway).
 */
const bundleOnlyWorkspacePackages: Plugin = {
  name: 'bundle-only-workspace-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.path.startsWith('@tongban/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

export interface BuildDeployableOptions {
  /** The package being built; entries and `dist/` are relative to it (default: cwd). */
  packageDir?: string;
  /** Where bundles go, relative to `packageDir` (default `dist`). */
  outDir?: string;
}

export interface BuiltBundle {
  entry: string;
  /** Absolute path of the bundle. */
  output: string;
  bytes: number;
}

/**
 * The bundle's name for an entry: its file name without extension, and without a `-main`
 * suffix, the repo's mark of a file that runs something (`src/seed-main.ts` -> `seed`).
 */
export function bundleName(entry: string): string {
  const base = path.basename(entry, path.extname(entry));
  return base.endsWith('-main') && base !== '-main' ? base.slice(0, -'-main'.length) : base;
}

/**
 * Bundles each entry into `dist/<name>.js` (CommonJS for node 20, with a source map),
 * inlining `@tongban/*` workspace packages and leaving npm packages external.
 */
export async function buildDeployable(
  entries: readonly string[],
  options: BuildDeployableOptions = {},
): Promise<BuiltBundle[]> {
  if (entries.length === 0) throw new Error('no entry given: build-deployable src/main.ts [src/other-main.ts ...]');
  const packageDir = path.resolve(options.packageDir ?? process.cwd());
  const outDir = path.resolve(packageDir, options.outDir ?? 'dist');

  const planned = entries.map((entry) => ({ entry, name: bundleName(entry) }));
  const names = planned.map(({ name }) => name);
  const clash = names.find((name, index) => names.indexOf(name) !== index);
  if (clash) throw new Error(`two entries would both be bundled to ${clash}.js`);

  await build({
    absWorkingDir: packageDir,
    entryPoints: planned.map(({ entry, name }) => ({ in: entry, out: name })),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // Class and function names show up in logs, errors and Temporal activity names.
    keepNames: true,
    logLevel: 'warning',
    // The worker resolves its workflow source at run time (for Temporal's bundler) on purpose.
    logOverride: { 'require-resolve-not-external': 'silent' },
    plugins: [bundleOnlyWorkspacePackages],
  });

  return planned.map(({ entry, name }) => {
    const output = path.join(outDir, `${name}.js`);
    return { entry, output, bytes: fs.statSync(output).size };
  });
}

async function main(): Promise<void> {
  const bundles = await buildDeployable(process.argv.slice(2));
  for (const bundle of bundles) {
    const relative = path.relative(process.cwd(), bundle.output);
    process.stdout.write(`${bundle.entry} -> ${relative} (${(bundle.bytes / 1024).toFixed(1)} KiB)\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
