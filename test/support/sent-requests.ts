import { afterEach, beforeEach, expect } from 'vitest';

/*
 * For the browser tests of the retry recipes, against the simulated CONNECT API (connect-sim):
 * a stream id per test, the requests the server counted, and when the page sent each one.
 */

/** A stream id of `scenario` (connect-sim: down-…, fail4-…, -ra2, -s404) no other test uses. */
export const unique = (scenario: string) => `${scenario}-${crypto.randomUUID().slice(0, 8)}`;

/** How many requests the server had for the stream. */
export const requestsFor = async (id: string) =>
  ((await (await fetch(`/sim/count/${id}`)).json()) as { count: number }).count;

export const patiently = { timeout: 20_000 };
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records when each request for a stream leaves, by the page's clock, for the tests of this
 * file; `expectApart` checks the gaps between them.
 */
export function recordSent() {
  let sent: Record<string, number[]> = {};
  const realFetch = window.fetch;
  beforeEach(() => {
    sent = {};
    window.fetch = (input, init) => {
      const id = /streams\/([^/?]+)/.exec(String(input))?.[1];
      if (id) sent[id] = [...(sent[id] ?? []), performance.now()];
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });
  return {
    times: (id: string) => sent[id] ?? [],
    expectApart(id: string, ms: number) {
      const times = sent[id] ?? [];
      for (let i = 1; i < times.length; i++) {
        expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(ms);
      }
    },
  };
}
