import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { always503, aMinute } from '../support/always-503';
import {
  ClearsOnReload,
  QueryAlertOnError,
  RemountsPerError,
  WithBusyFlag,
} from '../support/patterns';

/*
 * The retry budget as ordinary apps wire it: the service answers 503 every time, and however the
 * app clears, hides, remounts or re-flags its alert, it gets at most 1 + 3 requests, the alert
 * shows attempts 1, 2 and 3, and it ends exhausted with a "Try again" a person can press.
 */

const url = 'http://localhost/api/v1/tenants/t/namespaces/n/streams/s1';
const down = always503();

/** `ownLoads`: the requests the app makes by itself (StrictMode runs its mount effect twice). */
async function expectBoundedAndExhausted(ownLoads = 1) {
  const attempts = await aMinute();
  expect(down.requests.length).toBe(ownLoads + 3);
  expect(attempts).toEqual([1, 2, 3]);
  expect(screen.getByText(/Still not working after 3 tries/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  // No timer of ours is left (TanStack Query keeps its cache's garbage-collection timer).
  expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
  // The 503 quick first retry comes once per cycle (≤ 250 ms), then backoff.
  const retries = down.requests.slice(ownLoads - 1).map(({ at }) => at);
  const gaps = retries.slice(1).map((at, i) => at - (retries[i] as number));
  expect(gaps[0]).toBeLessThanOrEqual(250);
  expect(Math.min(...gaps.slice(1))).toBeGreaterThanOrEqual(1000);
}

function withQueryClient(children: ReactNode) {
  const client = new QueryClient();
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('the retry budget holds however the app wires the alert (503 every time)', () => {
  it('TanStack Query with the alert rendered only while there is an error (the README recipe before #9)', async () => {
    render(withQueryClient(<QueryAlertOnError url={url} />));
    await expectBoundedAndExhausted();
  });

  it('the recipe with Retry-After: 1 on every answer', async () => {
    down.retryAfter = '1';
    render(withQueryClient(<QueryAlertOnError url={url} />));
    const attempts = await aMinute();
    expect(down.requests.length).toBe(4);
    expect(attempts).toEqual([1, 2, 3]);
    const times = down.requests.map(({ at }) => at);
    const gaps = times.slice(1).map((at, i) => at - (times[i] as number));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000);
  });

  it('TanStack refetch() without throwOnError (it resolves even when the refetch fails)', async () => {
    render(withQueryClient(<QueryAlertOnError url={url} throwOnError={false} />));
    await expectBoundedAndExhausted();
  });

  it('setError(null) when each reload starts, with a load that swallows its error', async () => {
    render(<ClearsOnReload url={url} />);
    await expectBoundedAndExhausted();
  });

  it('setError(null) when each reload starts, with a load that rethrows', async () => {
    render(<ClearsOnReload url={url} rethrow />);
    await expectBoundedAndExhausted();
  });

  it('setError(null), with the bare status code as the alert input (no URL to go by)', async () => {
    render(<ClearsOnReload url={url} code />);
    await expectBoundedAndExhausted();
  });

  it('{error && !busy ? <StatusAlert/> : <Loading/>}', async () => {
    render(<WithBusyFlag url={url} variant="hide" />);
    await expectBoundedAndExhausted();
  });

  it('autoRetry={!busy}', async () => {
    render(<WithBusyFlag url={url} variant="pause" />);
    await expectBoundedAndExhausted();
  });

  it('the error kept while reloading (the Storybook examples)', async () => {
    render(<WithBusyFlag url={url} variant="keep" />);
    await expectBoundedAndExhausted();
  });

  it('a parent that remounts the alert for each new error', async () => {
    render(<RemountsPerError url={url} />);
    await expectBoundedAndExhausted();
  });

  it('in StrictMode too', async () => {
    render(
      <StrictMode>
        <ClearsOnReload url={url} />
      </StrictMode>,
    );
    await expectBoundedAndExhausted(2);
  });
});

describe('after exhaustion', () => {
  it('"Try again" starts a fresh budget of its own, once per press', async () => {
    render(<ClearsOnReload url={url} rethrow />);
    await aMinute();
    expect(down.requests.length).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await aMinute();
    // The press is attempt 1 of a new cycle; the two automatic retries after it complete it.
    expect(down.requests.length).toBe(4 + 3);
    expect(screen.getByText(/Still not working after 3 tries/)).toBeInTheDocument();
  });

  it('a quiet minute later, the same request failing again gets a new budget', async () => {
    const { unmount } = render(withQueryClient(<QueryAlertOnError url={url} />));
    await aMinute();
    unmount();
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    render(withQueryClient(<QueryAlertOnError url={url} />));
    await aMinute();
    expect(down.requests.length).toBe(8);
  });

  it('within the quiet period, a remounted page resumes exhausted instead of retrying', async () => {
    const first = render(withQueryClient(<QueryAlertOnError url={url} />));
    await aMinute();
    first.unmount();
    render(withQueryClient(<QueryAlertOnError url={url} />));
    await aMinute();
    // One request for the new page's own load, no automatic retries.
    expect(down.requests.length).toBe(5);
    expect(screen.getByText(/Still not working after 3 tries/)).toBeInTheDocument();
  });
});
