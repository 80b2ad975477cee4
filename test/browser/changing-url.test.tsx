import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  alternatingRead,
  readFixedWindow,
  WindowPanel,
  WindowPanelWhileFailed,
} from '../support/changing-url';

import { endpoint, sleep, watchAttempts } from './budget';

/*
 * A read whose URL changes on every attempt, the most ordinary CONNECT read: a stream's data
 * window ending "now" (`…/streams/s1/Data?startIndex=…&endIndex=<now>`). In Chromium, with real
 * timers and the default policy, against the local endpoint that answers 503 every time and
 * counts (counting-api.ts): the view owns one retry cycle whatever URL, query or failure kind it
 * shows, so the service gets 1 request of the app's own + 3 retries, attempts 1, 2, 3 shown,
 * then "Still not working after 3 tries".
 *
 * With cycles keyed by the method + URL a failure carries (before the view owned its cycle), each
 * failure of the first two cases began a cycle of its own: 421 and 431 requests in 60 s, never
 * exhausted. The alternating cases made 8 and 7 attempts before "Still not working" (a TypeError
 * carries no URL, so its cycle was keyed by its state). A fixed URL in the "Use" recipe made 4.
 */

const attempts = watchAttempts();

/**
 * Exhausted after 3 retries, and nothing more 1.5 s later: `made()` attempts in all. Checked
 * together, so a budget that does not hold fails with the number of requests it let through.
 */
async function expectBoundedAndExhausted(made: () => Promise<number>) {
  // Worst case with the default policy: 250 ms + 2 s + 4 s of backoff, plus the requests.
  const exhausted = await screen
    .findByText(/Still not working after 3 tries/, {}, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await sleep(1500);
  expect({ exhausted, attempts: await made() }).toEqual({ exhausted: true, attempts: 1 + 3 });
  expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(attempts()).toEqual([1, 2, 3]);
}

/** Up to 15 s for the retries to run out, then 1.5 s of quiet: more than the default 15 s. */
const patiently = { timeout: 30_000 };

describe('a data window ending now (a new URL on every attempt), 503 every time', patiently, () => {
  it('the README "Use" recipe: one cycle for the view, 1 + 3 requests', async () => {
    const { stream, count } = endpoint();
    render(<WindowPanel stream={stream} />);
    await expectBoundedAndExhausted(count);
  });

  it('{error && !busy && <StatusAlert/>}: a new alert for every failure, still 1 + 3', async () => {
    const { stream, count } = endpoint();
    render(<WindowPanelWhileFailed stream={stream} />);
    await expectBoundedAndExhausted(count);
  });

  it('failures alternating between a 503 and a network TypeError: 1 + 3 attempts in all', async () => {
    const { stream, count } = endpoint();
    const alternating = alternatingRead();
    render(<WindowPanel stream={stream} read={alternating.read} />);
    // Attempts 1 and 3 (the app's own load, the second retry) reach the endpoint; 2 and 4 fail
    // in the browser, before any request leaves it.
    await expectBoundedAndExhausted(async () => (await count()) + alternating.networkFailures());
    expect(await count()).toBe(2);
    expect(alternating.networkFailures()).toBe(2);
  });

  it('the same alternation with a fixed URL: the failure kind alone changes, still 1 + 3', async () => {
    const { stream, count } = endpoint();
    const alternating = alternatingRead(readFixedWindow);
    render(<WindowPanel stream={stream} read={alternating.read} />);
    await expectBoundedAndExhausted(async () => (await count()) + alternating.networkFailures());
    expect(await count()).toBe(2);
    expect(alternating.networkFailures()).toBe(2);
  });
});
