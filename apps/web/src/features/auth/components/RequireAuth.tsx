import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionToken } from 'src/features/auth/hooks/useSession';

/** Routes under this element need a session; the login page brings the user back afterwards. */
export const RequireAuth = () => {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
};
