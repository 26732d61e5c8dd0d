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
  ensurePostgres,
  findOnPath,
  toolchainCacheDir,
  type EnsureToolchainOptions,
  type Toolchain,
} from './toolchain';
export {
  freePort,
  isPortFree,
  startDatabase,
  startLegacySqliteDatabase,
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
export {
  readLogTail,
  spawnManaged,
  type ManagedProcess,
  type ProcessExit,
  type SpawnManagedOptions,
} from './managed-process';
export { withDatabaseName } from './mongodb-uri';
export { localPayloadKeyEnvironment, testPayloadKeyEnvironment } from './payload-key-file';
export {
  startIdentityProvider,
  type ProviderAccount,
  type ProviderClient,
  type RunningIdentityProvider,
} from './identity-provider/identity-provider';
export {
  DEMO_PROVIDER_ACCOUNTS,
  DEMO_PROVIDER_PASSWORD,
  LOCAL_PROVIDER_ID,
  LOCAL_PROVIDER_LABEL,
  startLocalIdentityProvider,
  type LocalIdentityProvider,
} from './identity-provider/local-identity-provider';
