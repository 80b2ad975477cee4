import { afterEach, beforeEach, vi } from 'vitest';
import { advance } from './fake-clock';

/*
 * A service that is down, for the jsdom budget tests: fetch answers 503 (with a CONNECT body and
 * the URL it was asked) on fake timers, with mid-range jitter (the 503 quick retry lands at
 * 125 ms, backoff retries at 1 s and 2 s).
 */

export interface Down {
  /** Each request: when (fake ms) and to which URL. */
  requests: { at: number; url: string }[];
  /** A Retry-After header on every answer. */
  retryAfter?: string;
  /** Every other request fails at the network level instead (fetch's TypeError). */
  alternate: boolean;
}

/** Installs the service for each test of the file; the returned object is reset before each. */
export function always503(): Down {
  const down: Down = { requests: [], alternate: false };
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    Object.assign(down, { requests: [], retryAfter: undefined, alternate: false });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        down.requests.push({ at: Date.now(), url });
        if (down.alternate && down.requests.length % 2 === 0) {
          throw new TypeError('Failed to fetch');
        }
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (down.retryAfter) headers['Retry-After'] = down.retryAfter;
        const response = new Response('{"Reason":"Busy"}', { status: 503, headers });
        Object.defineProperty(response, 'url', { value: url });
        return response;
      }),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return down;
}

/** A minute of fake time, noting each "Attempt N of 3" the page shows on the way. */
export async function aMinute(): Promise<number[]> {
  const attempts = new Set<number>();
  await advance(60_000, 50, () => {
    const shown = /Attempt (\d) of 3/.exec(document.body.textContent ?? '');
    if (shown) attempts.add(Number(shown[1]));
  });
  return [...attempts];
}
