import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode, Suspense, use, useState } from 'react';
import { ConnectErrorBoundary, readConnectError } from 'react-connect-status';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StreamPage } from '../readme/snippets/error-boundary';
import { requestsFor } from '../support/sent-requests';
import { sleep, watchAttempts } from './budget';

/*
 * ConnectErrorBoundary in Chromium with real timers and the default policy, against real local
 * endpoints that count the requests they get (the README's simulated CONNECT API, and
 * counting-api.ts's always-503 endpoint): a Suspense child whose request always fails is
 * rendered again 3 times through the boundary, so the service gets 1 + 3 requests, attempts 1,
 * 2 and 3 show, and the alert ends exhausted. The README's recipe runs as written.
 */

const attempts = watchAttempts();
let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React reports each error a boundary catches on the console in development; nothing else may.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const call of consoleError.mock.calls) {
    expect(call.join(' ')).toContain('the error boundary you provided, ConnectErrorBoundary');
  }
  consoleError.mockRestore();
});

/** Long enough for a busy two-core machine: a test waits for behaviour, never races a clock. */
const patiently = { timeout: 15_000 };

async function expectFourRequestsThenExhausted(count: () => Promise<number>) {
  // Worst case with the default policy: 250 ms + 2 s + 4 s of backoff, plus the requests.
  await screen.findByText(/Still not working after 3 tries/, {}, patiently);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  await sleep(1500); // nothing more comes once exhausted
  expect(await count()).toBe(4);
  expect(attempts()).toEqual([1, 2, 3]);
}

const withQueryClient = (children: ReactNode) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

describe('the README recipe: QueryErrorResetBoundary, ConnectErrorBoundary, useSuspenseQuery', () => {
  it('an always-failing stream: 1 + 3 requests, then "Still not working"', async () => {
    const id = `down-${crypto.randomUUID().slice(0, 8)}`;
    render(withQueryClient(<StreamPage id={id} />));
    expect(await screen.findByText('Loading…')).toBeVisible();
    await expectFourRequestsThenExhausted(() => requestsFor(id));
  });

  it('the same in StrictMode', async () => {
    const id = `down-${crypto.randomUUID().slice(0, 8)}`;
    render(<StrictMode>{withQueryClient(<StreamPage id={id} />)}</StrictMode>);
    await expectFourRequestsThenExhausted(() => requestsFor(id));
  });

  it('a stream that fails once with Retry-After: 2: counts down, retries, shows it (2 requests)', async () => {
    const id = `fail1-ra2-${crypto.randomUUID().slice(0, 8)}`;
    render(withQueryClient(<StreamPage id={id} />));
    const countdown = /Trying again in [1-3] s · Attempt 1 of 3/;
    expect(await screen.findByText(countdown, {}, patiently)).toBeVisible();
    expect(await screen.findByRole('heading', { name: `Stream ${id}` }, patiently)).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
    expect(await requestsFor(id)).toBe(2);
  });
});

/** React 19's use(): a new request per reset, kept in the page's state. */
function UsePage({ url }: { url: string }) {
  const load = async () => {
    const response = await fetch(url);
    if (!response.ok) throw await readConnectError(response, { method: 'GET' });
    return (await response.json()) as { Name: string };
  };
  const [request, setRequest] = useState(load);
  return (
    <ConnectErrorBoundary onReset={() => setRequest(load())} autoRetry>
      <Suspense fallback={<p>Loading…</p>}>
        <Name request={request} />
      </Suspense>
    </ConnectErrorBoundary>
  );
}
function Name({ request }: { request: Promise<{ Name: string }> }) {
  return <h2>{use(request).Name}</h2>;
}

describe('use() against the counting endpoint (503 every time)', () => {
  it('1 + 3 requests through the boundary, then exhausted', async () => {
    const run = crypto.randomUUID();
    const url = `/sim/${run}/api/v1/tenants/t/namespaces/n/streams/s1`;
    const count = async () =>
      ((await (await fetch(`/sim/${run}/count`)).json()) as { count: number }).count;
    // It suspends on its first render: let React settle that inside an awaited act.
    await act(async () => {
      render(<UsePage url={url} />);
    });
    await expectFourRequestsThenExhausted(count);
  });
});
