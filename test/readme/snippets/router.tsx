import { readConnectError } from 'react-connect-status';
import { Outlet, type RouteObject, useLoaderData } from 'react-router';
import { RouteError } from './route-error';

const API = '/api/v1/tenants/t/namespaces/n';

async function load<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  // Throw a ConnectError rather than the Response: React Router keeps only a thrown Response's
  // status and body, so Retry-After (and the request the retry belongs to) would be lost.
  if (!response.ok) throw await readConnectError(response, { method: 'GET' });
  return response.json();
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
