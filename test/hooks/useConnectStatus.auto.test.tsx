import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type UseConnectStatusOptions, useConnectStatus } from '../../src/hooks/useConnectStatus';
import { advance, r503 } from '../support/fake-clock';

function setup(input: unknown, options: UseConnectStatusOptions, strict = false) {
  return renderHook(() => useConnectStatus(input, options), strict ? { wrapper: StrictMode } : {});
}

let random: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  random = vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useConnectStatus: a 503 with Retry-After: 5', () => {
  it('schedules at once, counts down once a second and calls onRetry once at 5 s', async () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    expect(result.current).toMatchObject({ retryState: 'scheduled', attempt: 1, retryInMs: 5000 });
    expect(result.current.willAutoRetry).toBe(true);
    const seen: number[] = [];
    await advance(4000, 100, () => {
      if (result.current.retryState === 'scheduled') seen.push(result.current.retryInMs);
      expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    });
    expect([...new Set(seen)]).toEqual([5000, 4000, 3000, 2000, 1000]);
    await advance(999, 1);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(1, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    await advance(60_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('adds up to 1 s of jitter and fires at the computed millisecond', async () => {
    random.mockReturnValue(0.9999);
    const onRetry = vi.fn();
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    expect(result.current).toMatchObject({ retryState: 'scheduled', retryInMs: 5999 });
    await advance(999, 1);
    expect(result.current).toMatchObject({ retryInMs: 5000 }); // whole seconds after the first tick
    await advance(4999, 1);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(1, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('commits about once a second while counting down', async () => {
    let renders = 0;
    const input = r503();
    const options = { onRetry: () => new Promise(() => {}), autoRetry: true };
    renderHook(() => {
      renders += 1;
      return useConnectStatus(input, options);
    });
    renders = 0;
    await advance(5000, 50);
    expect(renders).toBeGreaterThanOrEqual(5);
    expect(renders).toBeLessThanOrEqual(6);
  });
});

describe('useConnectStatus: failures and limits', () => {
  it('three failures end in exhausted with attempt 3 and onRetry called 3 times', async () => {
    const onRetry = vi.fn(() => Promise.reject(new Error('still down')));
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    await advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'scheduled', attempt: 2 });
    await advance(120_000, 500);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(result.current).toMatchObject({ retryState: 'exhausted', attempt: 3, maxAttempts: 3 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never calls onRetry more than maxAttempts times (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (maxAttempts, rejects, r) => {
          random.mockReturnValue(r);
          let calls = 0;
          let status: number | null = 503;
          // A retry that works clears the app's error as its promise resolves.
          const onRetry = vi.fn(() => {
            if (rejects[calls++]) return Promise.reject(new Error('x'));
            status = null;
            return Promise.resolve();
          });
          const { result, unmount } = renderHook(() =>
            useConnectStatus(status, { onRetry, autoRetry: true, maxAttempts }),
          );
          await advance(120_000, 1000);
          const firstSuccess = rejects.indexOf(false);
          const expected = Math.min(maxAttempts, firstSuccess === -1 ? 5 : firstSuccess + 1);
          expect(onRetry).toHaveBeenCalledTimes(expected);
          if (maxAttempts === 0) expect(result.current.retryState).toBe('idle');
          else if (expected === firstSuccess + 1)
            expect(result.current).toMatchObject({ outcome: 'recovered' });
          else expect(result.current.retryState).toBe('exhausted');
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('useConnectStatus: timers and cleanup', () => {
  it('unmount while scheduled leaves no timer and never calls onRetry', async () => {
    const onRetry = vi.fn();
    const { unmount } = setup(r503(), { onRetry, autoRetry: true });
    await advance(2000);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('StrictMode: one timer at a time and exactly one onRetry at the scheduled time', async () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = setup(r503(), { onRetry, autoRetry: true }, true);
    expect(result.current).toMatchObject({ retryState: 'scheduled', attempt: 1, retryInMs: 5000 });
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    const timerCheck = () => expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
    await advance(4999, 1, timerCheck);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(1, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await advance(60_000, 1000, timerCheck);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

function Probe({ onRetry }: { onRetry: () => unknown }) {
  const controller = useConnectStatus(r503(), { onRetry, autoRetry: true });
  return <span>{controller.retryState}</span>;
}

describe('useConnectStatus: server rendering', () => {
  it('renders the schedule without starting a timer or calling onRetry', () => {
    const onRetry = vi.fn();
    expect(renderToString(<Probe onRetry={onRetry} />)).toContain('idle');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('useConnectStatus: offline', () => {
  it('waits for the online event when due instead of burning an attempt', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = setup(r503(), { onRetry, autoRetry: true });
    await advance(5000);
    expect(result.current).toMatchObject({
      retryState: 'scheduled',
      attempt: 1,
      retryInMs: 0,
      waitingForConnection: true,
    });
    await advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('stops listening for online after unmount', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRetry = vi.fn();
    const { result, unmount } = setup(r503(), { onRetry, autoRetry: true });
    await advance(5000);
    expect(result.current).toMatchObject({ waitingForConnection: true });
    unmount();
    window.dispatchEvent(new Event('online'));
    expect(onRetry).not.toHaveBeenCalled();
  });
});
