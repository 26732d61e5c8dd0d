import path from 'node:path';
import {
  freePort,
  spawnManaged,
  startLocalIdentityProvider,
  type ManagedProcess,
  type ProviderAccount,
  type RunningIdentityProvider,
} from '@tongban/tools';

const repoRoot = path.resolve(__dirname, '..', '..');

export interface AppStack {
  baseUrl: string;
  /** The OpenID provider the app offers, when the stack was started with one. */
  identityProvider?: RunningIdentityProvider;
  stop(): Promise<void>;
}

export interface AppStackOptions {
  /**
   * Also start the harness's OpenID provider and connect the app to it, as
   * `npm run up` does with UP_IDENTITY_PROVIDER=1 (`startLocalIdentityProvider`).
   */
  identityProvider?: {
    /** The people at the provider (default its demo people, the seed's users). */
    accounts?: ProviderAccount[];
    /** False: the app offers only the provider (PASSWORD_LOGIN=false). Default true. */
    passwordLogin?: boolean;
  };
}

/**
 * The built app as `npm run up` runs it (seed, worker, API serving the built
 * client) on the Temporal server and database the jest harness started.
 */
export async function startAppStack(options: AppStackOptions = {}): Promise<AppStack> {
  const { TEMPORAL_ADDRESS, MONGODB_URI, TONGBAN_TEST_TMP } = process.env;
  if (!TEMPORAL_ADDRESS || !MONGODB_URI || !TONGBAN_TEST_TMP)
    throw new Error('run through jest: the harness starts Temporal and the database');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const identity = options.identityProvider
    ? await startLocalIdentityProvider({
        publicUrl: baseUrl,
        ...(options.identityProvider.accounts ? { accounts: options.identityProvider.accounts } : {}),
      })
    : undefined;
  const env = {
    ...process.env,
    ...identity?.serverEnvironment,
    ...(options.identityProvider?.passwordLogin === false ? { PASSWORD_LOGIN: 'false' } : {}),
    TEMPORAL_ADDRESS,
    MONGODB_URI,
    PORT: String(port),
    COOKIE_SECURE: 'false',
    CLIENT_DIR: path.join(repoRoot, 'client', 'dist'),
  };
  const log = (name: string) => path.join(TONGBAN_TEST_TMP, `${name}.log`);
  const seed = spawnManaged({
    name: 'seed',
    command: process.execPath,
    args: [path.join(repoRoot, 'server/dist/seed.js')],
    env,
    output: log('seed'),
  });
  const seeded = await seed.exited;
  if (seeded.code !== 0) {
    await identity?.provider.stop();
    throw new Error(`seed failed (${seeded.code}); see ${log('seed')}`);
  }

  const children: ManagedProcess[] = [
    spawnManaged({
      name: 'worker',
      command: process.execPath,
      args: [path.join(repoRoot, 'worker/dist/main.js')],
      env,
      output: log('worker'),
    }),
    spawnManaged({
      name: 'server',
      command: process.execPath,
      args: [path.join(repoRoot, 'server/dist/main.js')],
      env,
      output: log('server'),
    }),
  ];
  const stop = async () => {
    await Promise.all(children.reverse().map((child) => child.stop()));
    await identity?.provider.stop();
  };
  try {
    await waitForHealth(baseUrl, children);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, ...(identity ? { identityProvider: identity.provider } : {}), stop };
}

async function waitForHealth(baseUrl: string, children: ManagedProcess[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const dead = children.find((child) => child.child.exitCode !== null);
    if (dead) throw new Error(`${dead.name} exited with ${dead.child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not become healthy: ${last}`);
}
