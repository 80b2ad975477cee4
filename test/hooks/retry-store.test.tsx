import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import fc from 'fast-check';
import {
  StrictMode,
  Suspense,
  startTransition,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectStatusProvider, StatusAlert, toConnectError, useConnectStatus } from '../../src';
import { defaultRetryStore } from '../../src/hooks/retry-store';
import { advance, r503 } from '../support/fake-clock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const URL_ = 'https://connect.example/api/v1/tenants/t/namespaces/n/streams/s1';
const failure = (url = URL_) => toConnectError({ status: 503, url, method: 'GET' });

describe('one retry per due attempt', () => {
  it('several online events in one task call onRetry once', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = renderHook(() => useConnectStatus(r503('1'), { onRetry, autoRetry: true }));
    await advance(3000);
    expect(result.current).toMatchObject({ waitingForConnection: true });
    onLine.mockReturnValue(true);
    act(() => {
      for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ retryState: 'retrying', attempt: 1 });
  });

  it('retry() followed by online calls onRetry once', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRetry = vi.fn(() => new Promise(() => {}));
    const { result } = renderHook(() => useConnectStatus(r503('1'), { onRetry, autoRetry: true }));
    await advance(3000);
    onLine.mockReturnValue(true);
    act(() => {
      result.current.retry();
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('two views of one request share one countdown and one call per attempt', async () => {
    const onRetry = vi.fn(() => Promise.reject(failure()));
    const error = failure();
    render(
      <>
        <StatusAlert status={error} onRetry={onRetry} autoRetry />
        <StatusAlert status={error} onRetry={onRetry} autoRetry />
      </>,
    );
    await advance(60_000, 100);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getAllByText(/Still not working after 3 tries/)).toHaveLength(2);
  });
});

describe('what a cycle belongs to', () => {
  it('another URL is another request, with its own cycle', async () => {
    const first = vi.fn(() => Promise.reject(failure()));
    const second = vi.fn(() => Promise.reject(failure(`${URL_}2`)));
    render(
      <>
        <StatusAlert status={failure()} onRetry={first} autoRetry />
        <StatusAlert status={failure(`${URL_}2`)} onRetry={second} autoRetry />
      </>,
    );
    await advance(60_000, 100);
    expect(first).toHaveBeenCalledTimes(3);
    expect(second).toHaveBeenCalledTimes(3);
  });

  it('requestKey keeps apart two bare codes that would otherwise share a cycle', async () => {
    const a = vi.fn(() => Promise.reject(new Error('down')));
    const b = vi.fn(() => Promise.reject(new Error('down')));
    render(
      <>
        <StatusAlert status={503} onRetry={a} autoRetry requestKey="a" />
        <StatusAlert status={503} onRetry={b} autoRetry requestKey={['b', 1]} />
      </>,
    );
    await advance(60_000, 100);
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(3);
  });

  it('a success shown for the same request ends its cycle', async () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const ok = new Response(null, { status: 200 });
    Object.defineProperty(ok, 'url', { value: URL_ });
    const { rerender } = render(<StatusAlert status={failure()} onRetry={onRetry} autoRetry />);
    expect(screen.getByRole('status')).toHaveAttribute('data-retry-state', 'scheduled');
    rerender(<StatusAlert status={ok} onRetry={onRetry} autoRetry />);
    await advance(10_000, 100);
    expect(onRetry).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('each ConnectStatusProvider keeps its own retry memory', async () => {
    const onRetry = vi.fn(() => Promise.reject(failure()));
    const first = render(
      <ConnectStatusProvider>
        <StatusAlert status={failure()} onRetry={onRetry} autoRetry />
      </ConnectStatusProvider>,
    );
    await advance(60_000, 100);
    first.unmount();
    render(
      <ConnectStatusProvider>
        <StatusAlert status={failure()} onRetry={onRetry} autoRetry />
      </ConnectStatusProvider>,
    );
    await advance(60_000, 100);
    expect(onRetry).toHaveBeenCalledTimes(6);
  });

  it('no timer runs while no one shows the cycle, and it resumes where it was', async () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const error = failure();
    const { unmount } = render(<StatusAlert status={error} onRetry={onRetry} autoRetry />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    await advance(5000);
    expect(onRetry).not.toHaveBeenCalled();
    render(<StatusAlert status={error} onRetry={onRetry} autoRetry />);
    // The quick first retry was due while hidden: it runs at once, and only once.
    await advance(100, 10);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Attempt 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeInTheDocument();
  });
});

/*
 * Random app behaviour against an always-failing service: whatever the sequence of mounts,
 * unmounts, nulls, new failures (a bare 503, a URL, a URL whose query changes per attempt, a 503
 * alternating with a network failure), autoRetry flips, "Retry now", "Cancel" and transitions
 * that suspend and never commit, the alert calls onRetry at most maxAttempts times (no person
 * presses "Try again" after exhaustion here, and the whole run stays inside the quiet period, so
 * no new cycle may legitimately begin), and never the onRetry of a render React threw away.
 */
type Op =
  | { t: 'unmount' | 'mount' | 'null' | 'fail' | 'flip' | 'retryNow' | 'cancel' | 'abandon' }
  | { t: 'wait'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom<Op>(
    { t: 'unmount' },
    { t: 'mount' },
    { t: 'null' },
    { t: 'fail' },
    { t: 'flip' },
    { t: 'retryNow' },
    { t: 'cancel' },
    { t: 'abandon' },
  ),
  fc.integer({ min: 0, max: 2500 }).map((ms): Op => ({ t: 'wait', ms })),
);

interface AppState {
  mounted: boolean;
  input: unknown;
  auto: boolean;
}

function appStore(initial: AppState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<AppState>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type AppStore = ReturnType<typeof appStore>;

const never = new Promise<never>(() => {});
function Suspends(): never {
  throw never;
}

/**
 * The app: an alert shown while mounted, fed whatever the app holds. `abandon` starts a
 * transition to another request (its failure, its onRetry, autoRetry flipped) that suspends and
 * never commits: nothing of it may reach the retry store.
 */
function App({
  app,
  onRetry,
  stray = onRetry,
  abandon,
}: {
  app: AppStore;
  onRetry: () => unknown;
  stray?: () => unknown;
  abandon?: { start?: () => void };
}) {
  const s = useSyncExternalStore(app.subscribe, app.get);
  const [abandoned, setAbandoned] = useState(false);
  useEffect(() => {
    if (abandon) abandon.start = () => startTransition(() => setAbandoned(true));
  }, [abandon]);
  return (
    <>
      {s.mounted && (
        <StatusAlert
          status={abandoned ? 500 : s.input}
          onRetry={abandoned ? stray : onRetry}
          autoRetry={abandoned ? !s.auto : s.auto}
        />
      )}
      {abandoned && <Suspends />}
    </>
  );
}

describe('a retry whose promise resolves although its request failed', () => {
  it('counts as failed when the failure was shown before the promise resolved', async () => {
    const app = appStore({ mounted: true, input: failure(), auto: true });
    let calls = 0;
    // A load that shows its failure, then resolves a moment later (it caught its own error).
    const onRetry = () => {
      calls++;
      app.set({ input: failure() });
      return new Promise<void>((resolve) => setTimeout(resolve, 500));
    };
    render(<App app={app} onRetry={onRetry} />);
    await advance(60_000, 100);
    expect(calls).toBe(3);
    expect(screen.getByText(/Still not working after 3 tries/)).toBeInTheDocument();
  });
});

describe('a retry whose promise resolves while the same failure stays on screen', () => {
  // A bare code the app never replaces, and a reload that swallows its own failure.
  const swallowing = () => vi.fn(() => Promise.resolve());

  it('is a failed try: never "Back to normal" beside it, and remounts go on with the count', async () => {
    const onRetry = swallowing();
    const alert = <StatusAlert status={503} onRetry={onRetry} autoRetry />;
    for (let mount = 1; mount <= 5; mount++) {
      const view = render(alert);
      await advance(10_000, 100);
      expect(onRetry).toHaveBeenCalledTimes(3);
      expect(screen.queryByText(/Back to normal/)).toBeNull();
      expect(screen.getByText(/Still not working after 3 tries/)).toBeVisible();
      view.unmount();
    }
  });

  it('another view repeating it with the same function goes on with the count too', async () => {
    const onRetry = swallowing();
    for (let views = 1; views <= 4; views++) {
      render(<StatusAlert status={503} onRetry={onRetry} autoRetry />);
      await advance(10_000, 100);
      expect(onRetry).toHaveBeenCalledTimes(3);
    }
    expect(screen.getAllByText(/Still not working after 3 tries/)).toHaveLength(4);
  });

  it('a failure cleared in the next task (as TanStack Query notifies) is a success: the next one has a fresh budget', async () => {
    const app = appStore({ mounted: true, input: failure(), auto: true });
    // The promise resolves first; the app's render follows a timeout later.
    const onRetry = vi.fn(async () => {
      setTimeout(() => app.set({ input: null }));
    });
    render(<App app={app} onRetry={onRetry} />);
    await advance(5_000, 100);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Back to normal')).toBeInTheDocument();
    await act(async () => app.set({ input: failure() }));
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 1 of 3');
  });

  it('a failure cleared later is no proof: the same view failing again goes on with the count', async () => {
    const app = appStore({ mounted: true, input: failure(), auto: true });
    const onRetry = vi.fn(async () => {
      setTimeout(() => app.set({ input: null }), 300);
    });
    render(<App app={app} onRetry={onRetry} />);
    await advance(1_000, 100);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Back to normal/)).toBeNull();
    await act(async () => app.set({ input: failure() }));
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 2 of 3');
  });
});

interface Run {
  ops: Op[];
  mode: 'reject' | 'resolve' | 'void';
  clearOnStart: boolean;
  latency: number;
  /** What the failures are: a bare 503, a URL, a URL whose query changes per attempt, or a URL's
   * 503 alternating with a network failure (fetch's TypeError). */
  kind: 'bare' | 'url' | 'changing' | 'alternate';
  strict: boolean;
}

/** One run of the app against an always-failing service: asserts the budget held. */
async function budgetHolds({ ops, mode, clearOnStart, latency, kind, strict }: Run) {
  defaultRetryStore.clear();
  let made = 0;
  const fail = () => {
    made++;
    if (kind === 'bare') return 503;
    if (kind === 'url') return failure();
    if (kind === 'alternate' && made % 2 === 0) return new TypeError('Failed to fetch');
    return failure(`${URL_}/Data?endIndex=${made}`);
  };
  const app = appStore({ mounted: true, input: fail(), auto: true });
  let calls = 0;
  let strayCalls = 0;
  // The app's reload: the service fails again after `latency` ms.
  const onRetry = () => {
    calls++;
    if (clearOnStart) app.set({ input: null });
    const done = new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        const error = fail();
        app.set({ input: error });
        if (mode === 'reject') reject(error);
        else resolve();
      }, latency);
    });
    if (mode !== 'void') return done;
    done.catch(() => {});
    return undefined;
  };
  const abandon: { start?: () => void } = {};
  const stray = () => {
    strayCalls++;
  };
  const page = (
    <Suspense fallback={<p>Loading…</p>}>
      <App app={app} onRetry={onRetry} stray={stray} abandon={abandon} />
    </Suspense>
  );
  const view = render(strict ? <StrictMode>{page}</StrictMode> : page);
  let elapsed = 0;
  for (const step of ops) {
    if (step.t === 'wait') {
      await advance(step.ms, 250);
      elapsed += step.ms;
      continue;
    }
    await act(async () => {
      // Each op is an event of its own: what was due in the task before it has run.
      vi.advanceTimersByTime(0);
      if (step.t === 'abandon') abandon.start?.();
      else if (step.t === 'unmount') app.set({ mounted: false });
      else if (step.t === 'mount') app.set({ mounted: true });
      else if (step.t === 'null') app.set({ input: null });
      else if (step.t === 'fail') app.set({ input: fail() });
      else if (step.t === 'flip') app.set({ auto: !app.get().auto });
      else {
        const name = step.t === 'retryNow' ? 'Retry now' : 'Cancel';
        const button = screen.queryByRole('button', { name });
        if (button) fireEvent.click(button);
      }
    });
  }
  // Everything shown and opted in for the rest of the run, still inside the quiet period.
  await act(async () => app.set({ mounted: true, auto: true, input: fail() }));
  await advance(Math.max(0, 55_000 - elapsed), 250);
  // One budget, and nothing from a render that never committed.
  expect(calls).toBeLessThanOrEqual(3);
  expect(strayCalls).toBe(0);
  view.unmount();
}

/**
 * Found by the property below (fast-check seed 1785233523, React 18 and 19): a person's Retry now,
 * a reload that clears the error at once and resolves although it failed again, a bare 503 (so
 * the same value is shown again and React never renders the null in between), then a remount. The
 * store took each resolution for a success, and the remount began a fresh budget: a fourth call.
 */
const BARE_503_REMOUNT = {
  ops: [
    { t: 'retryNow' },
    { t: 'wait', ms: 1250 },
    { t: 'wait', ms: 1001 },
    { t: 'wait', ms: 2251 },
    { t: 'unmount' },
  ] as Op[],
  mode: 'resolve' as const,
  clearOnStart: true,
  latency: 0,
  kind: 'bare' as const,
  strict: false,
};

describe('the budget under random app behaviour (property)', () => {
  it('a retried bare 503 that resolves as it fails, then a remount, stays in budget', async () => {
    await budgetHolds(BARE_503_REMOUNT);
  });

  it('never more than maxAttempts calls of onRetry per budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          ops: fc.array(op, { maxLength: 20 }),
          mode: fc.constantFrom('reject', 'resolve', 'void'),
          clearOnStart: fc.boolean(),
          latency: fc.integer({ min: 0, max: 800 }),
          kind: fc.constantFrom('bare', 'url', 'changing', 'alternate'),
          strict: fc.boolean(),
        }),
        budgetHolds,
      ),
      {
        // RETRY_PROPERTY_RUNS=5000 for a long hunt on one machine; CI draws 150 new cases a run.
        numRuns: Number(process.env.RETRY_PROPERTY_RUNS ?? 150),
        // Found on React 18: a retry resolved while the alert was unmounted, shown again 1 s on.
        examples: [
          [
            {
              ops: [{ t: 'wait', ms: 125 }, { t: 'unmount' }, { t: 'wait', ms: 1251 }],
              mode: 'resolve',
              clearOnStart: false,
              latency: 0,
              kind: 'url',
              strict: false,
            },
          ],
        ],
      },
    );
  }, 120_000);
});
