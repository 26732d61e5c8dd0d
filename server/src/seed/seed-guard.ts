import { UserModel } from '@tongban/store';
import { demoUserId } from './demo-data';

/**
 * Why the seed must not run here, or null. The seed creates users who all
 * share the demo password, so it refuses a production environment
 * (`NODE_ENV=production`) and a database that has users but not the seed's
 * administrator (someone's real data), unless forced with `--force` or
 * `TONGBAN_SEED_ALLOW_PRODUCTION=1`. A database the seed made before passes,
 * so `npm run up` can seed on every start.
 */
export async function seedRefusal(env: NodeJS.ProcessEnv, argv: readonly string[]): Promise<string | null> {
  if (argv.includes('--force') || env.TONGBAN_SEED_ALLOW_PRODUCTION === '1') return null;
  const hint = 'pass --force or set TONGBAN_SEED_ALLOW_PRODUCTION=1 if you really mean it';
  if (env.NODE_ENV === 'production') {
    return `refusing to load demo users into a production environment (NODE_ENV=production); ${hint}`;
  }
  if ((await UserModel.exists({})) && !(await UserModel.exists({ _id: demoUserId('admin') }))) {
    return `refusing to seed: this database has users the seed did not create (it looks like production); ${hint}`;
  }
  return null;
}
