import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ConnectStatusProvider, StatusAlert, StatusBadge } from '../../src';
import { useRetryRun } from '../../src/hooks/use-retry-run';
import { de } from '../../src/i18n/locales/de';
import { withFakeClockAndNoJitter } from '../support/fake-clock';

/*
 * useRetryRun as an app wires it: TanStack Query retries, our alert and badge show it. Fake
 * timers; the Chromium tests (test/browser/retry-run) run the same against a real server.
 */

withFakeClockAndNoJitter();

const busy = { status: 503, headers: { 'Retry-After': '5' } };

function Panel({ calls }: { calls: { count: number } }) {
  const retries = useRetryRun();
  const query = useQuery({
    queryKey: ['panel'],
    ...retries.query(async (): Promise<string> => {
      calls.count++;
      throw busy;
    }),
  });
  const status = retries.status(query.failureReason ?? query.error, () => query.refetch());
  return (
    <>
      <StatusBadge controller={status} />
      <StatusAlert controller={status} />
    </>
  );
}

function renderPanel(wrap: (node: React.ReactNode) => React.ReactNode = (node) => node) {
  const calls = { count: 0 };
  const client = new QueryClient();
  const view = render(
    <QueryClientProvider client={client}>{wrap(<Panel calls={calls} />)}</QueryClientProvider>,
  );
  return { calls, client, view };
}

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useRetryRun with TanStack Query', () => {
  it('counts down in the alert and the badge, once a second, and retries at 5 s', async () => {
    const { calls, client } = renderPanel();
    await tick(0);
    expect(screen.getByText('Trying again in 5 s · Attempt 1 of 3')).toBeTruthy();
    expect(screen.getByText('5 s')).toBeTruthy();
    await tick(1000);
    expect(screen.getByText('Trying again in 4 s · Attempt 1 of 3')).toBeTruthy();
    expect(screen.getByText('4 s')).toBeTruthy();
    await tick(4000);
    expect(calls.count).toBe(2);
    expect(screen.getByText('Trying again in 5 s · Attempt 2 of 3')).toBeTruthy();
    client.clear();
  });

  it('in StrictMode: one request per attempt, and unmounting stops the wait', async () => {
    const { calls, client, view } = renderPanel((node) => <StrictMode>{node}</StrictMode>);
    await tick(0);
    expect(calls.count).toBe(1);
    await tick(5000);
    expect(calls.count).toBe(2);
    view.unmount();
    await tick(60_000);
    expect(calls.count).toBe(2);
    client.clear();
  });

  it("in the provider's language", async () => {
    const { client } = renderPanel((node) => (
      <ConnectStatusProvider messages={de}>{node}</ConnectStatusProvider>
    ));
    await tick(0);
    expect(screen.getByText('Neuer Versuch in 5 s · Versuch 1 von 3')).toBeTruthy();
    client.clear();
  });
});

function Quiet() {
  const status = useRetryRun().status(null);
  return <StatusAlert controller={status} data-testid="alert" />;
}

describe('useRetryRun, whatever it is given', () => {
  it('renders nothing without a failure, on the server too', () => {
    expect(renderToString(<Quiet />)).not.toContain('rcs-alert__title');
    render(<Quiet />);
    expect(screen.getByTestId('alert').textContent).toBe('');
  });

  it('options whose getters throw are options not given', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    const { result } = renderHook(() => useRetryRun(hostile as never));
    expect(result.current.maxAttempts).toBe(3);
    expect(result.current.status(503).descriptor.title).toBe('Service temporarily unavailable');
  });

  it('never throws for any failure, options or Try again', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (failure, options, again) => {
        const { result, unmount } = renderHook(() => useRetryRun(options as never));
        const status = result.current.status(failure, again as never);
        expect(typeof status.descriptor.title).toBe('string');
        act(() => status.retry());
        unmount();
      }),
      { numRuns: 60 },
    );
  });
});
