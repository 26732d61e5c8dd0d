import { createHash, randomBytes } from 'node:crypto';
import { SessionModel, type Session } from '@tongban/store';

export const SESSION_COOKIE = 'tongban_session';
/** A working day and then some; sessions end at logout or after this. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** What a session opened through an OpenID provider keeps of it, for signing out there and back-channel logout. */
export type OidcSessionFields = Pick<Session, 'oidcProviderId' | 'oidcIssuer' | 'oidcSubject' | 'oidcSid' | 'idToken'>;

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(userId: string, now = new Date(), oidc: OidcSessionFields = {}): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await SessionModel.create({
    _id: tokenId(token),
    userId,
    ...oidc,
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

/** Ends a session; returns what it kept of its provider (null for a password session or none). */
export async function deleteSession(token: string): Promise<OidcSessionFields | null> {
  const session = await SessionModel.findOneAndDelete({ _id: tokenId(token) }).lean();
  return session?.oidcIssuer ? session : null;
}

/**
 * Ends the sessions a provider ended (back-channel logout): those of its
 * session `sid` when given, else every session of the person `subject`.
 * Returns how many ended.
 */
export async function deleteProviderSessions(
  issuer: string,
  ended: { sid?: string; subject?: string },
): Promise<number> {
  if (!ended.sid && !ended.subject) return 0;
  const filter = {
    oidcIssuer: issuer,
    ...(ended.sid ? { oidcSid: ended.sid } : {}),
    ...(ended.subject ? { oidcSubject: ended.subject } : {}),
  };
  const { deletedCount } = await SessionModel.deleteMany(filter);
  return deletedCount;
}
