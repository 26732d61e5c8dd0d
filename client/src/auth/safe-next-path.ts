/**
 * The page to return to after signing in, from the `next` query parameter.
 * Only paths on this site are followed, so a crafted link cannot bounce a
 * freshly signed-in user to another site (`//evil.example`, `https://…`).
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
