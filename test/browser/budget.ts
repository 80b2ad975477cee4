import { afterEach, beforeEach } from 'vitest';

/*
 * What the Chromium budget tests share: the "Attempt N of 3" seen on the page, and a fresh run of
 * the counting endpoint (counting-api.ts) for each test.
 */

/** Notes every "Attempt N of 3" the page shows during each test; read it at the end. */
export function watchAttempts(): () => number[] {
  let attempts = new Set<number>();
  let observer: MutationObserver;
  beforeEach(() => {
    attempts = new Set();
    observer = new MutationObserver(() => {
      const shown = /Attempt (\d) of 3/.exec(document.body.textContent ?? '');
      if (shown) attempts.add(Number(shown[1]));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  afterEach(() => observer.disconnect());
  return () => [...attempts].sort();
}

/** A fresh simulated endpoint: a stream's URL under it, and how many requests the run got. */
export function endpoint(query = '') {
  const run = crypto.randomUUID();
  const stream = `/sim/${run}/api/v1/tenants/t/namespaces/n/streams/s1`;
  const count = async () =>
    ((await (await fetch(`/sim/${run}/count`)).json()) as { count: number }).count;
  return { stream, url: `${stream}${query}`, count };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
