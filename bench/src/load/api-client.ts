import type { Party } from '@tongban/workflows';

/** The demo password (server/src/seed/demo-data.ts): the bench signs in as the seeded demo users. */
export const DEMO_PASSWORD = 'tongban123';

/** A signed-in demo user talking JSON to one API server, as the browser does. */
export interface ApiSession {
  readonly username: string;
  readonly baseUrl: string;
  /** The session cookie (`name=value`). */
  readonly cookie: string;
  /** Who signed in, as the engine records people. */
  readonly party: Party;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** Signs in once; the session cookie is kept (sessions live in the database, so they outlive a restarted server). */
export async function signIn(baseUrl: string, username: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as {
    user: { id: string; displayName: string; orgId: string; orgName: string };
  };
  const party: Party = { userId: user.id, displayName: user.displayName, orgId: user.orgId, orgName: user.orgName };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return session(baseUrl, username, cookie, party);
}

/** The same user (same cookie) talking to another API server: sessions are shared through the database. */
export function onServer(user: ApiSession, baseUrl: string): ApiSession {
  return session(baseUrl, user.username, user.cookie, user.party);
}

function session(baseUrl: string, username: string, cookie: string, party: Party): ApiSession {
  return {
    username,
    baseUrl,
    cookie,
    party,
    async call(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
  };
}

/** Throws with the answer unless the call got `expected`. */
export function expectStatus(response: ApiResponse, expected: number, what: string): ApiResponse {
  if (response.status !== expected)
    throw new Error(`${what}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}
