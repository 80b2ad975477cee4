import { readConnectError, StatusPage } from 'react-connect-status';
import {
  Outlet,
  type RouteObject,
  useLoaderData,
  useLocation,
  useNavigate,
  useRouteError,
} from 'react-router';

const API = '/api/v1/tenants/t/namespaces/n';

async function load<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  // Throw a ConnectError rather than the Response: React Router keeps only a thrown Response's
  // status and body, so Retry-After (and the request the retry belongs to) would be lost.
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
}

/** The errorElement: what a loader threw, or a URL that no route matches (404). */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <StatusPage
      status={error}
      actions={{
        'check-address': '/streams', // a URL is a link
        'sign-in': '/login',
        'request-access': () => navigate('/access'), // a function is a button
      }}
      // For 503, 504, offline…: the same URL again runs its loaders and, unlike revalidate(),
      // always clears the error once they work. The promise settles when they are done.
      onRetry={() => navigate(location, { replace: true })}
      autoRetry
    />
  );
}

function Stream() {
  const stream = useLoaderData<{ Name: string }>();
  return <h1>{stream.Name}</h1>;
}

// createBrowserRouter(routes), then <RouterProvider router={router} />
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Outlet, // your layout
    errorElement: <RouteError />,
    HydrateFallback: () => <p>Loading…</p>,
    children: [
      {
        path: 'streams/:id',
        loader: ({ params, request }) => load(`${API}/streams/${params.id}`, request.signal),
        Component: Stream,
      },
    ],
  },
];
