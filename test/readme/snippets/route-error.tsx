import { StatusPage } from 'react-connect-status';
import { useLocation, useNavigate, useRouteError } from 'react-router';

/** The errorElement: what a loader threw, or a URL that no route matches (404). */
export function RouteError() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <StatusPage
      status={useRouteError()}
      // A URL is a link, a function a button; the page shows the one its state needs.
      actions={{
        'check-address': '/streams',
        'sign-in': '/login',
        'request-access': () => navigate('/access'),
      }}
      // The same URL runs its loaders again (and clears the error, unlike revalidate()).
      onRetry={() => navigate(location, { replace: true })}
      autoRetry
    />
  );
}
