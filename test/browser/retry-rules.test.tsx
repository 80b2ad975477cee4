import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusAlert } from 'react-connect-status';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import { getStream } from '../readme/snippets/axios-retry';
import { getStream as getWithKy, renameStream } from '../readme/snippets/ky-retry';
import { StreamSummary } from '../readme/snippets/retry-rules';
import { StreamCell } from '../readme/snippets/swr-retry-rules';
import { patiently, recordSent, requestsFor, sleep, unique } from '../support/sent-requests';

/*
 * The retry-rules recipe as the docs show it, in Chromium with real timers against the
 * simulated CONNECT API: TanStack Query runs the retries, with the alert's rules.
 */

const sent = recordSent();

function renderRecipe(id: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <StreamSummary id={id} />
    </QueryClientProvider>,
  );
}

describe('connectRetryRules with TanStack Query, in Chromium', () => {
  it('an always-503 query with Retry-After: 2 gets 1 + 3 requests, each at least 2 s apart', async () => {
    const id = unique('down-ra2');
    renderRecipe(id);
    // The alert comes once TanStack Query gave up; the 503 is a warning, a polite status.
    await screen.findByText('Service temporarily unavailable', {}, patiently);
    expect(await requestsFor(id)).toBe(4);
    expect(sent.times(id)).toHaveLength(4);
    sent.expectApart(id, 2000);
  }, 40_000);

  it('a 404 is not retried', async () => {
    const id = unique('down-s404');
    renderRecipe(id);
    await screen.findByText("Couldn't find this item", {}, patiently);
    await sleep(1500);
    expect(await requestsFor(id)).toBe(1);
  });

  it('Try again after the retries ran out starts another round', async () => {
    const user = userEvent.setup();
    const id = unique('fail4');
    renderRecipe(id);
    // 1 + 3 requests fail (250 ms + up to 2 s + up to 4 s of backoff); the fifth works.
    await user.click(await screen.findByRole('button', { name: 'Try again' }, patiently));
    expect(await screen.findByRole('heading', { name: `Stream ${id}` }, patiently)).toBeVisible();
    expect(await requestsFor(id)).toBe(5);
  }, 40_000);
});

describe('connectRetryRules in SWR, in Chromium', () => {
  it('an always-503 key with Retry-After: 2 gets 1 + 3 requests, each at least 2 s apart', async () => {
    const id = unique('down-ra2');
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <StreamCell id={id} />
      </SWRConfig>,
    );
    await screen.findByText('Unavailable', {}, patiently);
    await waitFor(async () => expect(await requestsFor(id)).toBe(4), { timeout: 20_000 });
    await sleep(3500); // no fifth request comes
    expect(await requestsFor(id)).toBe(4);
    sent.expectApart(id, 2000);
  }, 40_000);
});

describe('connectRetryRules in axios-retry, in Chromium', () => {
  it('an always-503 read with Retry-After: 2 gets 1 + 3 requests over at least 6 s', async () => {
    const id = unique('down-ra2');
    const started = performance.now();
    const failure = await getStream(id).catch((error: unknown) => error);
    expect(performance.now() - started).toBeGreaterThanOrEqual(6000);
    expect(await requestsFor(id)).toBe(4);
    render(<StatusAlert status={failure} />);
    expect(screen.getByText('Service temporarily unavailable')).toBeVisible();
  }, 40_000);

  it('a 404 is not retried', async () => {
    const id = unique('down-s404');
    await getStream(id).catch(() => {});
    expect(await requestsFor(id)).toBe(1);
  });
});

describe('connectRetryRules in ky, in Chromium', () => {
  it('an always-503 read with Retry-After: 2 gets 1 + 3 requests, each at least 2 s apart', async () => {
    const id = unique('down-ra2');
    const failure = await getWithKy(id).catch((error: unknown) => error);
    expect(await requestsFor(id)).toBe(4);
    sent.expectApart(id, 2000);
    render(<StatusAlert status={failure} />);
    expect(screen.getByText('Service temporarily unavailable')).toBeVisible();
  }, 40_000);

  it('a 404 is not retried, nor is a POST', async () => {
    const missing = unique('down-s404');
    await getWithKy(missing).catch(() => {});
    expect(await requestsFor(missing)).toBe(1);
    const busy = unique('down-ra1');
    await renameStream(busy, 'x').catch(() => {});
    await sleep(1500);
    expect(await requestsFor(busy)).toBe(1);
  });
});
