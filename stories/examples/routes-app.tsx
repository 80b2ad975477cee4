/**
 * A small React Router app (a data router in memory) whose loaders read the mock CONNECT API:
 * the streams list, a stream, a namespace's settings (which need a role in it), a sign-in page.
 * Every failure a loader throws, and a URL no route matches, reaches one errorElement that shows
 * it as a StatusPage: the README's "Error routes" recipe (test/readme/snippets/router.tsx).
 */
import { type MouseEvent, useState } from 'react';
import {
  createMemoryRouter,
  Link,
  type NavigateFunction,
  NavLink,
  Outlet,
  type RouteObject,
  RouterProvider,
  useLoaderData,
  useLocation,
  useNavigate,
  useRouteError,
  useSearchParams,
} from 'react-router';
import { StatusPage } from '../../src';
import { type Api, createApi, type Namespace, type Stream } from './api';
import './dashboard.css';
import './routes-app.css';

/**
 * Plain left clicks on the page's links go through the router, as a router's own link would:
 * the page renders a plain `<a href>`, which would otherwise load the whole document again.
 */
function followInApp(navigate: NavigateFunction) {
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest('a');
    if (!link || link.target) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return; // mailto:, another site
    event.preventDefault();
    void navigate(url.pathname + url.search + url.hash);
  };
}

/** The errorElement of every route: what its loader threw, or a URL no route matches. */
function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <StatusPage
      status={error}
      actions={{
        'check-address': '/streams',
        'sign-in': `/login?next=${encodeURIComponent(location.pathname)}`,
        'request-access': () => navigate('/access'),
      }}
      // The same URL again runs the loaders and clears the error once they work.
      onRetry={() => navigate(location, { replace: true })}
      autoRetry
      onClick={followInApp(navigate)}
    />
  );
}

function Layout() {
  return (
    <div className="dash routes-app">
      <nav aria-label="App">
        <NavLink to="/streams" end>
          Streams
        </NavLink>
        <NavLink to="/namespaces/plant-a/settings">Plant A settings</NavLink>
        <NavLink to="/namespaces/plant-b/settings">Plant B settings</NavLink>
      </nav>
      <main>
        <Outlet />
      </main>
    </div>
  );
}

function Streams() {
  const streams = useLoaderData<Stream[]>();
  return (
    <>
      <h1>Streams</h1>
      <ul>
        {streams.map((stream) => (
          <li key={stream.Id}>
            <Link to={`/streams/${encodeURIComponent(stream.Id)}`}>{stream.Name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function StreamPage() {
  const stream = useLoaderData<Stream>();
  return (
    <>
      <h1>{stream.Name}</h1>
      <dl>
        <dt>ID</dt>
        <dd>
          <code>{stream.Id}</code>
        </dd>
        <dt>Unit</dt>
        <dd>{stream.Unit}</dd>
      </dl>
      <p>
        <Link to="/streams">All streams</Link>
      </p>
    </>
  );
}

function Settings() {
  const namespace = useLoaderData<Namespace>();
  return (
    <>
      <h1>Settings of {namespace.Id}</h1>
      <p>{namespace.Description}</p>
    </>
  );
}

function SignIn({ api }: { api: Api }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/streams';
  return (
    <>
      <h1>Sign in</h1>
      <div className="dash__actions">
        <button
          type="button"
          onClick={async () => {
            await api.signIn();
            await navigate(next.startsWith('/') ? next : '/streams');
          }}
        >
          Sign in
        </button>
      </div>
    </>
  );
}

function AccessRequested() {
  return (
    <>
      <h1>Access requested</h1>
      <p>A tenant administrator will get your request for the Data Reader role.</p>
    </>
  );
}

function Loading() {
  return <p>Loading…</p>;
}

/** The routes, their loaders reading through one API client (one sign-in per app). */
function routesFor(api: Api): RouteObject[] {
  const page = { errorElement: <RouteError /> };
  return [
    {
      path: '/',
      Component: Layout,
      HydrateFallback: Loading,
      ...page,
      children: [
        {
          path: 'streams',
          loader: ({ request }) => api.listStreams('plant-a', request.signal),
          Component: Streams,
          ...page,
        },
        {
          path: 'streams/:id',
          loader: async ({ params, request }) =>
            (await api.getStream('plant-a', String(params.id), request.signal)).item,
          Component: StreamPage,
          ...page,
        },
        {
          path: 'namespaces/:ns/settings',
          loader: ({ params, request }) => api.getNamespace(String(params.ns), request.signal),
          Component: Settings,
          ...page,
        },
        { path: 'login', element: <SignIn api={api} /> },
        { path: 'access', Component: AccessRequested },
      ],
    },
  ];
}

/** The app, its router in memory, opened at `path`. */
export function RoutesApp({ path }: { path: string }) {
  const [router] = useState(() =>
    createMemoryRouter(routesFor(createApi()), { initialEntries: [path] }),
  );
  return <RouterProvider router={router} />;
}
