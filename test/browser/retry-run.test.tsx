import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import { StreamPanel } from '../readme/snippets/retry-run';
import { StreamCard } from '../readme/snippets/swr-retry-run';
import { patiently, recordSent, requestsFor, sleep, unique } from '../support/sent-requests';

/*
 * A data library's own retries shown by our components, as the docs wire them, in Chromium with
 * real timers against the simulated CONNECT API: one engine, one count, our countdown.
 */

const sent = recordSent();

const withQuery = (id: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <StreamPanel id={id} />
    </QueryClientProvider>,
  );
const withSWR = (id: string) =>
  render(
    <SWRConfig value={{ provider: () => new Map() }}>
      <StreamCard id={id} />
    </SWRConfig>,
  );

/** The alert's visible retry line. */
const retryLine = () => document.querySelector('.rcs-alert__retry:not([aria-hidden="false"])');

const engines = [
  ['TanStack Query', withQuery],
  ['SWR', withSWR],
] as const;

describe.each(engines)('%s retrying, shown by our alert', (_, show) => {
  it('an always-503 read with Retry-After: 2 counts down each wait, makes 1 + 3 requests and says it ran out', async () => {
    const id = unique('down-ra2');
    show(id);
    // The countdown of each wait: 2 s plus up to 1 s of jitter.
    await screen.findByText(/^Trying again in [23] s · Attempt 1 of 3$/, {}, patiently);
    await screen.findByText(/^Trying again in [23] s · Attempt 2 of 3$/, {}, patiently);
    await screen.findByText(/^Trying again in [23] s · Attempt 3 of 3$/, {}, patiently);
    await screen.findByText(/^Still not working after 3 tries\./, {}, patiently);
    expect(await requestsFor(id)).toBe(4);
    sent.expectApart(id, 2000);
    await sleep(3500);
    expect(await requestsFor(id)).toBe(4);
  }, 40_000);

  it('Retry now makes the next request at once, and the count goes on', async () => {
    const user = userEvent.setup();
    const id = unique('down-ra20');
    show(id);
    await user.click(await screen.findByRole('button', { name: 'Retry now' }, patiently));
    await waitFor(async () => expect(await requestsFor(id)).toBe(2), { timeout: 1500 });
    await screen.findByText(/^Trying again in \d+ s · Attempt 2 of 3$/, {}, patiently);
  });
});

describe('TanStack Query retrying, shown by StatusAlert and StatusBadge', () => {
  it('the badge counts down beside the alert', async () => {
    const id = unique('down-ra2');
    withQuery(id);
    await screen.findByText(/^Trying again in [23] s · Attempt 1 of 3$/, {}, patiently);
    expect(screen.getByText(/^[23] s$/)).toBeVisible();
  });

  it('Cancel stops further requests; Try again is offered', async () => {
    const user = userEvent.setup();
    const id = unique('down-ra3');
    withQuery(id);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }, patiently));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeVisible();
    await sleep(5000);
    expect(await requestsFor(id)).toBe(1);
  }, 20_000);

  it('Try again after the retries ran out loads again', async () => {
    const user = userEvent.setup();
    const id = unique('fail4');
    withQuery(id);
    await screen.findByText(/^Still not working after 3 tries\./, {}, patiently);
    expect(await requestsFor(id)).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: `Stream ${id}` }, patiently)).toBeVisible();
    expect(await requestsFor(id)).toBe(5);
    // The alert and the badge are gone with the failure.
    expect(retryLine()).toBeNull();
  }, 40_000);
});
