export {
  FERRETDB_VERSION,
  TEMPORAL_CLI_VERSION,
  TEMPORAL_TEST_SERVER_VERSION,
  ToolchainUnavailableError,
  ensureChromium,
  ensureFerretDb,
  ensureTemporalCli,
  ensureTestServer,
  ensureToolchain,
  findOnPath,
  toolchainCacheDir,
  type EnsureToolchainOptions,
  type Toolchain,
} from './toolchain';
export {
  freePort,
  isPortFree,
  startDatabase,
  startTemporalDevServer,
  startTimeSkippingServer,
  waitForPort,
  type Database,
  type DatabaseEngine,
  type DatabaseOptions,
  type RunningService,
  type TemporalDevServer,
  type TemporalDevServerOptions,
  type TimeSkippingServer,
  type TimeSkippingServerOptions,
  type WaitForPortOptions,
} from './services';
export { spawnManaged, type ManagedProcess, type ProcessExit } from './managed-process';
export { withDatabaseName } from './mongodb-uri';
