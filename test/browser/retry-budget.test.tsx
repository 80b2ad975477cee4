import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  ClearsOnReload,
  QueryAlertOnError,
  RemountsPerError,
  WithBusyFlag,
} from '../support/patterns';

import { endpoint, sleep, watchAttempts } from './budget';

/*
 * The retry budget in Chromium, with real timers and the default policy, against a local
 * endpoint that answers 503 every time and counts what it gets (counting-api.ts): however the
 * app wires its alert, 1 request of its own + 3 retries, attempts 1, 2, 3 shown, then exhausted.
 */

const attempts = watchAttempts();

async function expectBoundedAndExhausted(count: () => Promise<number>, ownLoads = 1) {
  // Worst case with the default policy: 250 ms + 2 s + 4 s of backoff, plus the requests.
  await screen.findByText(/Still not working after 3 tries/, {}, { timeout: 15_000 });
  expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Nothing more comes once exhausted.
  await sleep(1500);
  expect(await count()).toBe(ownLoads + 3);
  expect(attempts()).toEqual([1, 2, 3]);
}

const withQueryClient = (children: ReactNode) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

describe('the retry budget in Chromium against a counting local endpoint (503 every time)', () => {
  it('TanStack Query with the alert rendered only while there is an error (the README recipe before #9)', async () => {
    const { url, count } = endpoint();
    render(withQueryClient(<QueryAlertOnError url={url} />));
    await expectBoundedAndExhausted(count);
  });

  it('the recipe with Retry-After: 1 on every answer', async () => {
    const { url, count } = endpoint('?retryAfter=1');
    render(withQueryClient(<QueryAlertOnError url={url} />));
    await expectBoundedAndExhausted(count);
  });

  it('TanStack refetch() without throwOnError', async () => {
    const { url, count } = endpoint();
    render(withQueryClient(<QueryAlertOnError url={url} throwOnError={false} />));
    await expectBoundedAndExhausted(count);
  });

  it('setError(null) when each reload starts', async () => {
    const { url, count } = endpoint();
    render(<ClearsOnReload url={url} />);
    await expectBoundedAndExhausted(count);
  });

  it('setError(null), with the bare status code as the alert input', async () => {
    const { url, count } = endpoint();
    render(<ClearsOnReload url={url} code />);
    await expectBoundedAndExhausted(count);
  });

  it('{error && !busy ? <StatusAlert/> : <Loading/>}', async () => {
    const { url, count } = endpoint();
    render(<WithBusyFlag url={url} variant="hide" />);
    await expectBoundedAndExhausted(count);
  });

  it('autoRetry={!busy}', async () => {
    const { url, count } = endpoint();
    render(<WithBusyFlag url={url} variant="pause" />);
    await expectBoundedAndExhausted(count);
  });

  it('the error kept while reloading', async () => {
    const { url, count } = endpoint();
    render(<WithBusyFlag url={url} variant="keep" />);
    await expectBoundedAndExhausted(count);
  });

  it('a parent that remounts the alert for each new error', async () => {
    const { url, count } = endpoint();
    render(<RemountsPerError url={url} />);
    await expectBoundedAndExhausted(count);
  });

  it('in StrictMode (which runs the app’s own first load twice)', async () => {
    const { url, count } = endpoint();
    render(
      <StrictMode>
        <ClearsOnReload url={url} rethrow />
      </StrictMode>,
    );
    await expectBoundedAndExhausted(count, 2);
  });
});
