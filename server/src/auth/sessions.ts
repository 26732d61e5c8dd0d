import { createHash, randomBytes } from 'node:crypto';
import { SessionModel } from '@tongban/store';

export const SESSION_COOKIE = 'tongban_session';
/** A working day and then some; sessions end at logout or after this. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await SessionModel.create({
    _id: tokenId(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return token;
}

/** The user id of a live session, or null. */
export async function sessionUserId(token: string, now = new Date()): Promise<string | null> {
  const session = await SessionModel.findById(tokenId(token)).lean();
  if (!session || session.expiresAt <= now) return null;
  return session.userId;
}

export async function deleteSession(token: string): Promise<void> {
  await SessionModel.deleteOne({ _id: tokenId(token) });
}
