import { act } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fake timers for countdown and backoff tests, with the retry jitter pinned to 0 so every delay
 * is exact (`Math.random` drives the full-jitter backoff and the Retry-After spread).
 */
export function withFakeClockAndNoJitter() {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/**
 * Advances fake time in steps, each in its own act (so React commits and effects start the next
 * timer in between, as a browser would) and flushing promise callbacks. `check` runs after each.
 */
export async function advance(ms: number, step = 100, check?: () => void) {
  for (let done = 0; done < ms; done += step) {
    await act(async () => {
      vi.advanceTimersByTime(Math.min(step, ms - done));
    });
    check?.();
  }
}

/** The service is busy and says when to come back. */
export const r503 = (retryAfter = '5') =>
  new Response(null, { status: 503, headers: { 'Retry-After': retryAfter } });
