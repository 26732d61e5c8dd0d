import { Navigate } from 'react-router';
import { homePath } from './navigation';
import { useSession } from './session-context';

/** `/` opens what the user works with first: the catalogue for applicants, the inbox for handlers. */
export function HomeRedirect() {
  const { ability } = useSession();
  return <Navigate to={homePath(ability)} replace />;
}
