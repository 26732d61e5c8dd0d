import { createMongoAbility } from '@casl/ability';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionQuery } from '../api/auth';
import type { AppAbility } from '../api/types';
import { PageError } from '../components/PageError';
import { PageLoading } from '../components/PageLoading';
import { SessionContext, type SignedInSession } from './session-context';

/** Renders its children for a signed-in user; sends everyone else to the login page and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQuery);
  const location = useLocation();
  const value = useMemo<SignedInSession | null>(
    () =>
      session.data ? { user: session.data.user, ability: createMongoAbility<AppAbility>(session.data.rules) } : null,
    [session.data],
  );

  if (session.isPending) return <PageLoading fullScreen />;
  if (session.isError) return <PageError error={session.error} onRetry={() => void session.refetch()} />;
  if (!value) {
    const back = `${location.pathname}${location.search}`;
    return <Navigate to={back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`} replace />;
  }
  return <SessionContext value={value}>{children}</SessionContext>;
}
