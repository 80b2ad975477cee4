/**
 * React Router error routes (README "Error routes"): real memory routers whose loaders fail the
 * ways apps make them fail, with the README's own `RouteError` (test/readme/snippets/route-error.tsx)
 * as the errorElement. Each test checks what `useRouteError()` handed over, what the page says
 * (its h1, the service's reason and operation id) and where its action goes.
 *
 * Not in CI's React 18 pass (vite.config.ts): react-router 8 needs React 19.2.7 or later.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  createMemoryRouter,
  type DataRouter,
  data,
  isRouteErrorResponse,
  type LoaderFunction,
  type RouteObject,
  RouterProvider,
  useLoaderData,
  useRevalidator,
  useRouteError,
} from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectStatusProvider,
  describeStatus,
  readConnectError,
  type StatusEvent,
  StatusPage,
} from '../../src';
import { operationIds } from '../../stories/mocks/data';
import { refuse } from '../../stories/mocks/errors';
import { RouteError } from '../readme/snippets/route-error';
import { routes as readmeRoutes } from '../readme/snippets/router';

/** What the last error route was given by `useRouteError()`. */
let routeError: unknown;

/** The README's errorElement, with what it got recorded. */
function Recorded() {
  routeError = useRouteError();
  return <RouteError />;
}

const Loading = () => <p>Loading…</p>;
const AccessRequested = () => <h1>Access requested</h1>;

/** An errorElement that retries with useRevalidator(), as the README does not. */
function Revalidating() {
  const { revalidate } = useRevalidator();
  return <StatusPage status={useRouteError()} onRetry={revalidate} autoRetry />;
}

function StreamName() {
  return <h1>{useLoaderData<{ Name: string }>().Name}</h1>;
}

/** An app with one loader of the test's own at /streams/:id, and the page the 403's button opens. */
function app(loader: LoaderFunction): RouteObject[] {
  return [
    {
      path: '/',
      errorElement: <Recorded />,
      HydrateFallback: Loading,
      children: [
        { path: 'streams/:id', loader, Component: StreamName },
        { path: 'access', Component: AccessRequested },
      ],
    },
  ];
}

/** The README's routes as they are, with what their errorElement got recorded. */
const readme = (): RouteObject[] =>
  readmeRoutes.map((route) => ({ ...route, errorElement: <Recorded /> }));

const routers: DataRouter[] = [];
/** `wrapper`: what the app puts around its router (a provider). */
function open(
  routes: RouteObject[],
  path = '/streams/pump-01.flow',
  wrapper?: (props: { children: ReactNode }) => ReactNode,
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  routers.push(router);
  render(<RouterProvider router={router} />, { wrapper });
  return router;
}

const ok = () => Response.json({ Id: 'pump-01.flow', Name: 'Pump 1 flow' });
const h1 = (name: RegExp | string) => screen.findByRole('heading', { level: 1, name }, SLOW);
/** jsdom drops the space after the hidden severity from the name: the text has it. */
const expectTitle = (text: string) =>
  waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(text), SLOW);
const SLOW = { timeout: 5000 };

let fetch: ReturnType<typeof vi.fn<typeof globalThis.fetch>>;
let logged: { mock: { calls: unknown[][] } }[];
let expectedWarnings: RegExp[] = [];

/** The API's answers, one per request (the last one repeats), each after 20 ms as over a network. */
function answers(...made: (() => Response)[]) {
  let calls = 0;
  fetch.mockImplementation(async () => {
    const make = made[Math.min(calls++, made.length - 1)] as () => Response;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return make();
  });
}
const offline = (): Response => {
  throw new TypeError('Failed to fetch');
};

const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  routeError = undefined;
  fetch = vi.fn<typeof globalThis.fetch>();
  vi.stubGlobal('fetch', fetch);
  // The router updates React from its loaders' promises, outside act(), as in a browser: the
  // findBy queries wait for what it shows.
  act.IS_REACT_ACT_ENVIRONMENT = false;
  logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});

afterEach(() => {
  cleanup();
  // A retry still scheduled or running ends with its router.
  for (const router of routers.splice(0)) router.dispose();
  act.IS_REACT_ACT_ENVIRONMENT = true;
  const said = logged.flatMap((spy) => spy.mock.calls.map((call) => call.join(' ')));
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // Nothing logged: no React warning, no router warning (a missing HydrateFallback warns), but
  // what a test expects (the router's own warning for a URL no route matches).
  expect(said.filter((line) => !expectedWarnings.some((pattern) => pattern.test(line)))).toEqual(
    [],
  );
  expectedWarnings = [];
});

describe('a loader that throws data(connectBody, { status: 404 })', () => {
  it('is an ErrorResponse whose data is the body: the 404 page with its reason and operation id', async () => {
    const body = {
      OperationId: operationIds.notFound,
      Error: 'The stream was not found.',
      Reason: 'No stream with ID pump-9 in namespace plant-a.',
    };
    open(
      app(() => {
        throw data(body, { status: 404 });
      }),
    );
    await expectTitle("Error: Couldn't find this item");
    expect(isRouteErrorResponse(routeError)).toBe(true);
    expect(routeError).toMatchObject({ status: 404, data: body });
    expect(screen.getByText(body.Reason)).toBeVisible();
    expect(screen.getByText(operationIds.notFound)).toBeVisible();
    // The 404's next step, as the README's page offers it: a link to the list.
    expect(screen.getByRole('link', { name: 'Go back' })).toHaveAttribute('href', '/streams');
  });
});

describe('a loader that throws the fetch Response', () => {
  const throwing: LoaderFunction = async () => {
    const response = await fetch('/api/streams/pump-01.flow');
    if (!response.ok) throw response;
    return response.json();
  };

  it('503 with Retry-After: the body is read, Retry-After is lost, and the page retries', async () => {
    answers(() => refuse.unavailable(5), ok);
    open(app(throwing));
    await expectTitle('Warning: Service temporarily unavailable');
    expect(isRouteErrorResponse(routeError)).toBe(true);
    expect(routeError).toMatchObject({
      status: 503,
      data: { OperationId: operationIds.unavailable, Reason: expect.any(String) },
    });
    expect(screen.getByText('The service is restarting after maintenance.')).toBeVisible();
    expect(screen.getByText(operationIds.unavailable)).toBeVisible();
    // React Router keeps a thrown Response's status and body, not its headers: no 5 s wait.
    expect(describeStatus(routeError).retry.afterMs).toBeUndefined();
    // autoRetry: the 503's quick first retry (within 250 ms) revalidates, and the stream loads.
    expect(await h1('Pump 1 flow')).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('403: the no-access page, its reason, and the app’s Request access button', async () => {
    answers(() => refuse.noRole('plant-b'));
    open(app(throwing));
    await expectTitle("Error: You don't have access to this");
    expect(routeError).toMatchObject({ status: 403 });
    expect(
      screen.getByText('Your account has no role that may read namespace plant-b.'),
    ).toBeVisible();
    expect(screen.getByText(operationIds.noRole)).toBeVisible();
    // No retry for a 403: only the app's action, which navigates inside the router.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Request access' }));
    expect(await h1('Access requested')).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a JSON body React Router read as text (problem+json) or no body at all: read as a response', async () => {
    const problem = {
      title: 'Forbidden',
      detail: 'The token has no scope for plant-b.',
      OperationId: 'op-problem-1',
    };
    answers(
      () =>
        new Response(JSON.stringify(problem), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      () => new Response(null, { status: 503, statusText: 'Service Unavailable' }),
    );
    const router = open(app(throwing));
    await expectTitle("Error: You don't have access to this");
    // Only application/json is parsed by the router: this body arrives as a string.
    expect(routeError).toMatchObject({ status: 403, data: JSON.stringify(problem) });
    expect(screen.getByText('The token has no scope for plant-b.')).toBeVisible();
    expect(screen.getByText('op-problem-1')).toBeVisible();

    await router.navigate('/streams/pump-02');
    await expectTitle('Warning: Service temporarily unavailable');
    expect(routeError).toMatchObject({ status: 503, statusText: 'Service Unavailable', data: '' });
    expect(screen.queryByText('Details from the service')).toBeNull();
  });
});

describe('the README routes: the loader throws readConnectError(response)', () => {
  it('503 with Retry-After: the ConnectError keeps the wait; Retry now runs the loader again', async () => {
    answers(() => refuse.unavailable(5), ok);
    open(readme());
    await expectTitle('Warning: Service temporarily unavailable');
    expect(routeError).toMatchObject({
      kind: 'connect-error',
      status: 503,
      method: 'GET',
      retryAfter: '5',
      operationId: operationIds.unavailable,
    });
    expect(describeStatus(routeError).retry.afterMs).toBe(5000);
    // The wait the service asked for, plus up to a second of spread.
    expect(await screen.findByText(/^Trying again in [56] s/)).toBeVisible();
    expect(screen.getByText(operationIds.unavailable)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(await h1('Pump 1 flow')).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/tenants/t/namespaces/n/streams/pump-01.flow');
  });

  it('401: the signed-out page and its Sign in link', async () => {
    answers(() => refuse.signedOut());
    open(readme());
    await expectTitle('Error: Your session has expired');
    expect(screen.getByText(operationIds.signedOut)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('a network TypeError, thrown as it is: the offline page, whose retry loads the route', async () => {
    // The longest first wait (1 s): a busy machine still finds Retry now before it runs alone.
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    answers(offline, ok);
    open(readme());
    await expectTitle("Error: Couldn't reach the service");
    expect(routeError).toBeInstanceOf(TypeError);
    // autoRetry has scheduled the page's own retry (its line replaces the advice): Retry now
    // runs it at once.
    expect(await screen.findByText(/^Trying again in \d+ s · Attempt 1 of 3$/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(await h1('Pump 1 flow')).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a URL no route matches: the router’s own 404, without its message for developers', async () => {
    expectedWarnings = [/No routes matched location "\/nope"/];
    open(readme(), '/nope');
    await expectTitle("Error: Couldn't find this item");
    expect(routeError).toMatchObject({
      status: 404,
      internal: true,
      data: 'Error: No route matches URL "/nope"',
    });
    expect(screen.getByRole('link', { name: 'Go back' })).toHaveAttribute('href', '/streams');
    // The router's words are for developers: not "Details from the service".
    expect(document.body).not.toHaveTextContent('No route matches');
    expect(screen.queryByText('Details from the service')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('a loader that throws data(connectError, { status })', () => {
  it('reads the ConnectError inside, Retry-After included', async () => {
    answers(() => refuse.unavailable(5));
    open(
      app(async () => {
        const response = await fetch('/api/streams/pump-01.flow');
        const failure = await readConnectError(response, { method: 'GET' });
        throw data(failure, { status: failure.status });
      }),
    );
    await expectTitle('Warning: Service temporarily unavailable');
    expect(isRouteErrorResponse(routeError)).toBe(true);
    expect(describeStatus(routeError).retry.afterMs).toBe(5000);
    expect(await screen.findByText(/^Trying again in [56] s/)).toBeVisible();
    expect(screen.getByText(operationIds.unavailable)).toBeVisible();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
  });
});

describe('a retry whose loader answers at once (from a cache, say)', () => {
  let calls = 0;
  const cached: LoaderFunction = () => {
    if (calls++ === 0) throw data({ OperationId: 'op-cache-1', Reason: 'Busy.' }, { status: 503 });
    return { Name: 'Pump 1 flow' };
  };
  beforeEach(() => {
    calls = 0;
  });

  it('the README retry, the same URL again, shows the route', async () => {
    open(app(cached));
    await expectTitle('Warning: Service temporarily unavailable');
    // autoRetry: the 503's quick first retry, within 250 ms.
    expect(await h1('Pump 1 flow')).toBeVisible();
    expect(calls).toBe(2);
  });

  /**
   * React Router renders the route in a transition after the navigation's promise resolved. A
   * render React slips in before it still shows the error page: it must not count as the retry's
   * outcome, or a retry that worked schedules the next one (and, when its wait is short, runs it).
   */
  it('the README retry that worked schedules nothing more, though the router renders it in a transition', async () => {
    const events: string[] = [];
    const hear = ({ type, attempt }: StatusEvent) => {
      events.push([type, attempt].filter(Boolean).join(' '));
    };
    open(app(cached), undefined, ({ children }) => (
      <ConnectStatusProvider onStatus={hear}>{children}</ConnectStatusProvider>
    ));
    expect(await h1('Pump 1 flow')).toBeVisible();
    // Longer than the second retry's longest wait (full jitter up to 2 s).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(calls).toBe(2);
    expect(events).toEqual(['shown', 'scheduled 1', 'retried 1', 'recovered 1']);
  });

  /**
   * Why the README does not retry with useRevalidator(): React Router clears a route's error only
   * once it has rendered the revalidation as loading, and React batches that render away when the
   * loader answers within the task (react-router#11597). If this fails, React Router has fixed
   * it, and `onRetry={revalidate}` would do.
   */
  it('useRevalidator().revalidate() leaves the error page up although the loader worked', async () => {
    const router = open([{ ...(app(cached)[0] as RouteObject), errorElement: <Revalidating /> }]);
    await expectTitle('Warning: Service temporarily unavailable');
    await waitFor(() => expect(calls).toBe(2), SLOW);
    await waitFor(() => expect(router.state.revalidation).toBe('idle'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(router.state.errors).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Pump 1 flow' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Warning: Service temporarily unavailable',
    );
  });
});
