// `npm test` runs this first so that every package's tests find the binaries in place and the
// install messages appear once, before turbo interleaves the packages' output.
import { ensureToolchain, toolchainCacheDir } from './toolchain';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const toolchain = await ensureToolchain();
  const rows: [string, string | null][] = [
    ['temporal', toolchain.temporalCli],
    ['temporal-test-server', toolchain.testServer],
    ['ferretdb', toolchain.ferretDb],
    ['postgresql', toolchain.postgresBinDir],
    ['chromium', toolchain.chromium],
  ];
  for (const [tool, where] of rows) {
    process.stdout.write(`${tool.padEnd(22)}${where ?? '(unavailable: vendor download at run time)'}\n`);
  }
  process.stdout.write(`cache ${toolchainCacheDir()}; ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[toolchain] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
