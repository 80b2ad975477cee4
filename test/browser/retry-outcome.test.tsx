import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ConnectStatusProvider, type StatusEvent } from 'react-connect-status';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../readme/snippets/router';
import { QueryAlertOnError } from '../support/patterns';
import { patiently, requestsFor, sleep, unique } from '../support/sent-requests';

/*
 * A retry that works, in Chromium with real timers against the simulated CONNECT API (the
 * stream fails once with a 503, then works), wired as apps wire it: the retry is one request,
 * and nothing is scheduled after it. React Router renders the route in a transition after the
 * retry's promise resolved, so a render React slips in before it still shows the error page:
 * that must not count as a failed try.
 */

/** Renders `app` with a provider that records its status events as `type attempt`. */
function withEvents(app: ReactNode): string[] {
  const events: string[] = [];
  const hear = ({ type, attempt }: StatusEvent) => {
    events.push([type, attempt].filter(Boolean).join(' '));
  };
  render(<ConnectStatusProvider onStatus={hear}>{app}</ConnectStatusProvider>);
  return events;
}

/** One request and one retry, checked once a second retry would have run had one been
 * scheduled (full jitter: at most 2 s after the quick first retry). */
async function expectOneRetry(id: string, events: string[], trail: string[]) {
  await sleep(2500);
  expect(await requestsFor(id)).toBe(2);
  expect(events).toEqual(trail);
}

describe('a retry that works, then nothing more', () => {
  it('React Router: the README error route, whose retry navigates to the same URL', async () => {
    const id = unique('fail1');
    const router = createMemoryRouter(routes, { initialEntries: [`/streams/${id}`] });
    const events = withEvents(<RouterProvider router={router} />);
    // The 503's quick first retry (within 250 ms) loads the route.
    const heading = { level: 1, name: `Stream ${id}` };
    expect(await screen.findByRole('heading', heading, patiently)).toBeVisible();
    // The error page gave way to the route after the retry resolved: it worked.
    await expectOneRetry(id, events, ['shown', 'scheduled 1', 'retried 1', 'recovered 1']);
    router.dispose();
  });

  it('TanStack Query, with the alert rendered only while there is an error', async () => {
    const id = unique('fail1');
    const url = `/api/v1/tenants/t/namespaces/n/streams/${id}`;
    const events = withEvents(
      <QueryClientProvider client={new QueryClient()}>
        <QueryAlertOnError url={url} />
      </QueryClientProvider>,
    );
    expect(await screen.findByText(new RegExp(`"Stream ${id}"`), {}, patiently)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    // TanStack Query shows the data before refetch() resolves, so the alert was gone before the
    // retry's outcome was due. That says nothing (an app may hide its alert while it reloads,
    // and show it again when the reload fails), so no outcome is told: neither "recovered" nor
    // a failed try that schedules another.
    await expectOneRetry(id, events, ['shown', 'scheduled 1', 'retried 1']);
  });
});
