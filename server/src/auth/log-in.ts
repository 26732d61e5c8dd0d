import { UserModel } from '@tongban/store';
import { ApiError } from '../errors/api-error';
import { loadCurrentUser, type CurrentUser } from './current-user';
import { beginLoginAttempt } from './login-attempts';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';

export interface LogInInput {
  username: string;
  password: string;
  /** The caller's address as Express sees it (`req.ip`, after `trust proxy`); the per-address limit keys on it. */
  clientIp: string | undefined;
}

/**
 * Checks a username and password and opens a session. Refused with 429 while
 * the username or the address is locked by too many failures; a wrong
 * username and a wrong password look the same, and take as long.
 */
export async function logIn(input: LogInInput): Promise<{ user: CurrentUser; token: string }> {
  const attempt = await beginLoginAttempt(input.username, input.clientIp);
  const account = await UserModel.findOne({ username: input.username }, { passwordHash: 1, active: 1 }).lean();
  const valid = await verifyPassword(account?.passwordHash, input.password);
  const user = valid && account?.active ? await loadCurrentUser(account._id) : null;
  if (!user) {
    await attempt.failed();
    throw new ApiError('INVALID_CREDENTIALS');
  }
  await attempt.succeeded();
  return { user, token: await createSession(user.id) };
}
