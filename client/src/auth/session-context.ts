import { createContext, useContext } from 'react';
import type { AppAbility, SessionUser } from '../api/types';

export interface SignedInSession {
  user: SessionUser;
  /** Built from the server's CASL rules; the server enforces them, the UI only hides what would be refused. */
  ability: AppAbility;
}

export const SessionContext = createContext<SignedInSession | null>(null);

/** The signed-in user and ability; only used under `RequireSession`. */
export function useSession(): SignedInSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside RequireSession');
  return session;
}
