import crypto from 'node:crypto';
import path from 'node:path';
import { spawnManaged, type ProcessExit } from '../managed-process';
import { freePort } from '../services';
import type { IdentityProviderSettings, ProviderAccount, ProviderClient } from './identity-provider-settings';

export type { IdentityProviderSettings, ProviderAccount, ProviderClient } from './identity-provider-settings';

export interface RunningIdentityProvider {
  /** `http://127.0.0.1:<port>`; discovery at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** Disables a person at the provider: their sign-ins fail and relying parties get a back-channel logout. */
  disableAccount(id: string): Promise<void>;
  /** The provider's process, for a supervisor that restarts it (`npm run up`). */
  pid: number | undefined;
  /** Settles when the provider's process has exited, for whatever reason. */
  exited: Promise<ProcessExit>;
  stop(): Promise<void>;
}

export const IDENTITY_PROVIDER_MAIN = path.join(__dirname, 'identity-provider-main.mts');
const TSX = require.resolve('tsx');

/**
 * Starts the standards-compliant OpenID provider of tests and local trials
 * (oidc-provider, in a child process since it is an ES module) on a free port
 * of 127.0.0.1, with the clients and accounts given; resolves once it listens.
 */
export async function startIdentityProvider(options: {
  clients: ProviderClient[];
  accounts: ProviderAccount[];
  port?: number;
}): Promise<RunningIdentityProvider> {
  const port = options.port ?? (await freePort());
  const settings: IdentityProviderSettings = {
    port,
    clients: options.clients,
    accounts: options.accounts,
    adminToken: crypto.randomBytes(16).toString('hex'),
  };
  const child = spawnManaged({
    name: 'identity-provider',
    command: process.execPath,
    args: ['--import', TSX, IDENTITY_PROVIDER_MAIN],
    env: { ...process.env, TONGBAN_IDP_SETTINGS: JSON.stringify(settings), NODE_ENV: 'production' },
    output: 'pipe',
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`identity provider did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /IDP_READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.child.stdout?.on('data', read);
    child.child.stderr?.on('data', read);
    void child.exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`identity provider exited (${JSON.stringify(exit)}): ${output}`));
    });
  });
  return {
    issuer,
    pid: child.child.pid,
    exited: child.exited,
    async disableAccount(id) {
      const response = await fetch(`${issuer}/test-admin/accounts/${encodeURIComponent(id)}/disable`, {
        method: 'POST',
        headers: { 'x-admin-token': settings.adminToken },
      });
      if (response.status !== 204)
        throw new Error(`disabling ${id} at the provider: ${response.status} ${await response.text()}`);
    },
    async stop() {
      await child.stop(5_000);
    },
  };
}
