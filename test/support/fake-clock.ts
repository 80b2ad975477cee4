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
