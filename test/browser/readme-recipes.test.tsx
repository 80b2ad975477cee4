import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, useCallback, useEffect, useState } from 'react';
import { isConnectError, StatusAlert } from 'react-connect-status';
import { SWRConfig } from 'swr';
import { afterAll, describe, expect, it } from 'vitest';
import { getStream as getWithAxios } from '../readme/snippets/axios';
import { StreamStatus } from '../readme/snippets/hook';
import { getStream as getWithKy } from '../readme/snippets/ky';
import { createStreams, ImportResult } from '../readme/snippets/partial';
import { deleteStream } from '../readme/snippets/read';
import { StreamPanel as QueryPanel } from '../readme/snippets/swr';
import { StreamPanel as TanstackPanel } from '../readme/snippets/tanstack';
import { StreamPanel as FetchPanel } from '../readme/snippets/use';
import { requestsFor, sleep, unique } from '../support/sent-requests';

/*
 * Every README recipe that claims behaviour, run as written (the README shows these very files)
 * in Chromium with real timers against the simulated CONNECT API (test/support/connect-sim.mjs,
 * served by the test server): a countdown, a retry and "Back to normal" where the README says,
 * and an always-failing service that gets at most 1 + maxAttempts requests.
 */

/** The "Use" recipe's glue around a client helper from the README (axios, ky). */
function ClientPanel({ id, load }: { id: string; load: (id: string) => Promise<unknown> }) {
  const [stream, setStream] = useState<{ Name: string }>();
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setStream((await load(id)) as { Name: string });
      setError(null);
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  }, [id, load]);
  useEffect(() => {
    reload().catch(() => {});
  }, [reload]);
  return (
    <section>
      <StatusAlert status={error} onRetry={reload} autoRetry />
      {stream && <h2>{stream.Name}</h2>}
    </section>
  );
}

const recipes: Record<string, ComponentType<{ id: string }>> = {
  fetch: FetchPanel,
  hook: StreamStatus,
  'TanStack Query': TanstackPanel,
  SWR: QueryPanel,
  axios: ({ id }) => <ClientPanel id={id} load={getWithAxios} />,
  ky: ({ id }) => <ClientPanel id={id} load={getWithKy} />,
};
const names = Object.keys(recipes);

/** Long enough for a busy two-core machine: a test waits for behaviour, never races a clock. */
const patiently = { timeout: 15_000 };

/** Every recipe side by side, each in its own labelled region, against its own stream id. */
function renderAll(scenario: string) {
  const ids = Object.fromEntries(names.map((name) => [name, unique(scenario)]));
  render(
    <QueryClientProvider client={new QueryClient()}>
      {/* A fresh SWR cache, as a fresh page has. */}
      <SWRConfig value={{ provider: () => new Map() }}>
        {names.map((name) => {
          const Recipe = recipes[name] as ComponentType<{ id: string }>;
          return (
            <section key={name} aria-label={name}>
              <Recipe id={ids[name] as string} />
            </section>
          );
        })}
      </SWRConfig>
    </QueryClientProvider>,
  );
  return ids;
}
const region = (name: string) => within(screen.getByRole('region', { name }));

const counts: Record<string, number> = {};
afterAll(() => {
  // The figures the README's reliability table and the closing note quote.
  console.info('Requests per recipe against an always-failing service:', counts);
});

describe('README recipes in Chromium, against the simulated CONNECT API', () => {
  it('count down, retry, then show the stream and "Back to normal"', async () => {
    // Fails once with Retry-After: 2 (plus up to 1 s of spread), so a countdown is on screen.
    const ids = renderAll('fail1-ra2');
    for (const name of names) {
      const panel = region(name);
      const countdown = /Trying again in [1-3] s · Attempt 1 of 3/;
      expect(await panel.findByText(countdown, {}, patiently)).toBeVisible();
    }
    for (const name of names) {
      const panel = region(name);
      const stream = { name: `Stream ${ids[name]}` };
      expect(await panel.findByRole('heading', stream, patiently)).toBeVisible();
      // The retry's promise settles a moment after the stream renders.
      expect(await panel.findByText(/Back to normal/, {}, patiently)).toBeVisible();
      expect(panel.getByRole('status')).toHaveTextContent('The retry worked.');
      expect(panel.queryByText(/Trying again in/)).toBeNull();
      expect(await requestsFor(ids[name] as string)).toBe(2);
    }
  });

  it('an always-failing service gets 1 + 3 requests per recipe, then "Still not working"', async () => {
    const ids = renderAll('down');
    for (const name of names) {
      // Worst case with the default policy: 250 ms + 2 s + 4 s of backoff, plus the requests.
      const panel = region(name);
      await panel.findByText(/Still not working after 3 tries/, {}, patiently);
      expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
    }
    await sleep(1500); // nothing more comes once exhausted
    for (const name of names) {
      counts[name] = await requestsFor(ids[name] as string);
      expect({ name, requests: counts[name] }).toEqual({ name, requests: 4 });
    }
  });

  it('Retry now skips the countdown; Cancel stops it', async () => {
    const user = userEvent.setup();
    const ids = renderAll('fail1-ra30');
    const fetchPanel = region('fetch');
    await user.click(await fetchPanel.findByRole('button', { name: 'Retry now' }, patiently));
    const stream = { name: `Stream ${ids.fetch}` };
    expect(await fetchPanel.findByRole('heading', stream, patiently)).toBeVisible();
    const hookPanel = region('hook');
    await user.click(await hookPanel.findByRole('button', { name: 'Cancel' }, patiently));
    expect(hookPanel.getByText('Automatic retries stopped.')).toBeVisible();
    await sleep(1200);
    expect(await requestsFor(ids.hook as string)).toBe(1);
  });
});

describe('README helpers that throw what the alert reads', () => {
  it('deleteStream throws a ConnectError with the method, and resolves when it works', async () => {
    const failure: unknown = await deleteStream(unique('down')).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(isConnectError(failure) && failure.status).toBe(503);
    expect(isConnectError(failure) && failure.method).toBe('DELETE');
    await expect(deleteStream(unique('ok'))).resolves.toBeUndefined();
  });

  it('createStreams keeps the data of a partial failure and the alert names the failed items', async () => {
    const { outcome } = await createStreams([{ Name: 'a' }, { Name: 'b' }, { Name: 'c' }]);
    expect(outcome.partial?.failed).toBe(2);
    render(<ImportResult outcome={outcome} />);
    const alert = screen.getByRole('status');
    expect(alert).toHaveTextContent('2 of 3 failed');
    // ChildErrors keyed by place in the request ("1", "2") name items 2 and 3, never "1 (409)".
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Item 2 (409): A stream with this name exists.',
      'Item 3 (400): The name is empty.',
    ]);
  });
});
