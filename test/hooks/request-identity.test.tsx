import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, Suspense, startTransition, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ConnectErrorBoundary,
  ConnectStatusProvider,
  StatusAlert,
  toConnectError,
} from '../../src';
import { always503, aMinute } from '../support/always-503';
import { WindowPanel, WindowPanelWhileFailed } from '../support/changing-url';
import { advance } from '../support/fake-clock';

/*
 * Which request a failure belongs to, as apps wire it (README "How a retry cycle knows its
 * request"): never split (a URL that changes per attempt, failure kinds that alternate), never
 * merged (two bare 503 panels), never steered by a render React threw away, and waits on a
 * monotonic clock. Each case is one that broke when the store guessed.
 */

const STREAM = 'https://connect.example/api/v1/tenants/t/namespaces/n/streams/s1';
const down = always503();

const EXHAUSTED = /Still not working after 3 tries/;

/** An axios error for a read whose URL carries a cache-buster (`?_=<ms>`). */
const axiosError = () => ({
  isAxiosError: true,
  name: 'AxiosError',
  message: 'Request failed with status code 503',
  config: { method: 'get', url: '/streams/s1' },
  request: { responseURL: `${STREAM}?_=${Date.now()}` },
  response: { status: 503, headers: {}, data: { Reason: 'Busy' } },
});

function AxiosPanel({ calls }: { calls: { count: number } }) {
  const [error, setError] = useState<unknown>(axiosError);
  const reload = async () => {
    calls.count++;
    const failed = axiosError();
    setError(failed);
    throw failed;
  };
  return <StatusAlert status={error} onRetry={reload} autoRetry />;
}

/** A child that throws the same request's failure at another URL each render. */
function ChangingUrlReader({ renders }: { renders: { count: number } }): never {
  renders.count++;
  throw toConnectError({ status: 503, method: 'GET', url: `${STREAM}?end=${Date.now()}` });
}

const failureOf = (id: string) =>
  toConnectError({ status: 503, method: 'GET', url: `${STREAM.replace('s1', id)}` });
const never = new Promise<never>(() => {});
function Suspends(): never {
  throw never;
}

function Streams({ reloads }: { reloads: Record<string, () => Promise<void>> }) {
  const [view, setView] = useState({ id: 'a', auto: true, loading: false });
  const [failures] = useState(() => ({ a: failureOf('a'), b: failureOf('b') }));
  const id = view.id as 'a' | 'b';
  return (
    <>
      <button
        type="button"
        onClick={() => startTransition(() => setView({ id: 'b', auto: true, loading: true }))}
      >
        Show b
      </button>
      <button
        type="button"
        onClick={() => startTransition(() => setView({ id: 'a', auto: false, loading: true }))}
      >
        Pause
      </button>
      <StatusAlert status={failures[id]} onRetry={reloads[id]} autoRetry={view.auto} />
      {view.loading && <Suspends />}
    </>
  );
}

describe('one request, one cycle: a URL that changes with every attempt', () => {
  it('a data window ending now, the alert kept mounted: 1 + 3 requests a minute', async () => {
    render(<WindowPanel stream={STREAM} />);
    expect(await aMinute()).toEqual([1, 2, 3]);
    expect(new Set(down.requests.map(({ url }) => url)).size).toBe(4); // four URLs…
    expect(down.requests).toHaveLength(4); // …and four requests
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });

  it('the alert rendered only while failed and not loading (each failure a new alert)', async () => {
    render(<WindowPanelWhileFailed stream={STREAM} />);
    expect(await aMinute()).toEqual([1, 2, 3]);
    expect(down.requests).toHaveLength(4);
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });

  it('in StrictMode', async () => {
    render(
      <StrictMode>
        <WindowPanel stream={STREAM} />
      </StrictMode>,
    );
    await aMinute();
    expect(down.requests).toHaveLength(2 + 3); // StrictMode runs the app's mount effect twice
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });

  it('failures that alternate between a 503 and a network failure', async () => {
    down.alternate = true;
    render(<WindowPanel stream={STREAM} />);
    await aMinute();
    expect(down.requests).toHaveLength(4);
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });

  it('an axios cache-buster (?_=<ms>, read from request.responseURL)', async () => {
    const calls = { count: 0 };
    render(<AxiosPanel calls={calls} />);
    expect(await aMinute()).toEqual([1, 2, 3]);
    expect(calls.count).toBe(3);
  });

  it('a boundary whose child throws a failure at another URL on every render', async () => {
    const renders = { count: 0 };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const quiet = (event: Event) => event.preventDefault();
    window.addEventListener('error', quiet);
    const onReset = vi.fn();
    render(
      <ConnectErrorBoundary autoRetry onReset={onReset}>
        <ChangingUrlReader renders={renders} />
      </ConnectErrorBoundary>,
    );
    await aMinute();
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
    const settled = renders.count;
    await aMinute();
    window.removeEventListener('error', quiet);
    expect(renders.count).toBe(settled);
  });
});

describe('two requests, two cycles', () => {
  it('a second bare-503 panel makes its own 3 retries after the first ran out', async () => {
    const a = vi.fn(() => Promise.reject(new Error('down')));
    const b = vi.fn(() => Promise.reject(new Error('down')));
    const { rerender } = render(<StatusAlert status={503} onRetry={a} autoRetry />);
    await aMinute();
    expect(a).toHaveBeenCalledTimes(3);
    rerender(
      <>
        <StatusAlert status={503} onRetry={a} autoRetry />
        <StatusAlert status={503} onRetry={b} autoRetry />
      </>,
    );
    // Not "Still not working" the moment it appears: its own request, its own budget.
    expect(screen.getAllByText(EXHAUSTED)).toHaveLength(1);
    await aMinute();
    expect(b).toHaveBeenCalledTimes(3);
    expect(a).toHaveBeenCalledTimes(3);
  });

  it('and after the first panel is gone', async () => {
    const a = vi.fn(() => Promise.reject(new Error('down')));
    const b = vi.fn(() => Promise.reject(new Error('down')));
    const { rerender } = render(<StatusAlert status={503} onRetry={a} autoRetry />);
    await aMinute();
    rerender(<StatusAlert key="b" status={503} onRetry={b} autoRetry />);
    expect(screen.queryByText(EXHAUSTED)).toBeNull();
    await aMinute();
    expect(b).toHaveBeenCalledTimes(3);
  });
});

describe('a render React throws away steers nothing', () => {
  it('a switch to another stream that suspends: the countdown retries the stream on screen', async () => {
    const reloads = { a: vi.fn(() => Promise.reject(failureOf('a'))), b: vi.fn(async () => {}) };
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Streams reloads={reloads} />
      </Suspense>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show b' })));
    await aMinute();
    expect(reloads.a).toHaveBeenCalledTimes(3);
    expect(reloads.b).not.toHaveBeenCalled();
    expect(screen.queryByText(/Back to normal/)).toBeNull();
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });

  it('an autoRetry={false} that never commits leaves the countdown running', async () => {
    const reloads = { a: vi.fn(() => Promise.reject(failureOf('a'))), b: vi.fn(async () => {}) };
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Streams reloads={reloads} />
      </Suspense>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Pause' })));
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in');
    await aMinute();
    expect(reloads.a).toHaveBeenCalledTimes(3);
  });
});

function Monitored({ listeners }: { listeners: Record<'a' | 'b', (event: unknown) => void> }) {
  const [which, setWhich] = useState<'a' | 'b'>('a');
  const [failure] = useState(() => failureOf('a'));
  return (
    <ConnectStatusProvider onStatus={listeners[which]}>
      <button type="button" onClick={() => startTransition(() => setWhich('b'))}>
        Switch
      </button>
      <StatusAlert status={failure} onRetry={() => Promise.reject(failure)} autoRetry />
      {which === 'b' && <Suspends />}
    </ConnectStatusProvider>
  );
}

describe('a provider whose onStatus changes in a render React throws away', () => {
  it('keeps telling the listener on screen', async () => {
    const listeners = { a: vi.fn(), b: vi.fn() };
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Monitored listeners={listeners} />
      </Suspense>,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Switch' })));
    await aMinute();
    expect(listeners.a).toHaveBeenCalledWith(expect.objectContaining({ type: 'exhausted' }));
    expect(listeners.b).not.toHaveBeenCalled();
  });
});

describe('an honest screen', () => {
  it('never "Back to normal" beside a failure the app still shows', async () => {
    const onRetry = vi.fn(() => Promise.resolve()); // a reload that swallows its failure
    render(<StatusAlert status={503} onRetry={onRetry} autoRetry />);
    let both = false;
    await advance(60_000, 50, () => {
      const text = document.body.textContent ?? '';
      if (/Back to normal/.test(text) && /unavailable/i.test(text)) both = true;
    });
    expect(both).toBe(false);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getByText(EXHAUSTED)).toBeInTheDocument();
  });
});

describe('waits on a monotonic clock', () => {
  const HOUR = 3_600_000;
  const busy = () => new Response(null, { status: 503, headers: { 'Retry-After': '5' } });

  it('a clock set back two hours mid-countdown: still retries about 5 s after the failure', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // Retry-After exactly
    const onRetry = vi.fn(() => new Promise(() => {}));
    render(<StatusAlert status={busy()} onRetry={onRetry} autoRetry />);
    await advance(2000, 100);
    const dueBefore = hiddenDue();
    vi.setSystemTime(Date.now() - 2 * HOUR);
    await advance(1000, 100);
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 2 s');
    expect(screen.getByRole('status')).not.toHaveTextContent(/7,19\d/);
    // The time of day a screen reader hears is named again, by the clock as it is now.
    expect(hiddenDue()).not.toBe(dueBefore);
    await advance(1900, 100);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(200, 100);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a clock set forward two hours does not rush it', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const onRetry = vi.fn(() => new Promise(() => {}));
    render(<StatusAlert status={busy()} onRetry={onRetry} autoRetry />);
    await advance(2000, 100);
    vi.setSystemTime(Date.now() + 2 * HOUR);
    await advance(2900, 100);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(200, 100);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

/** The countdown's visually hidden twin: "Trying again at 10:32:15 AM · Attempt 1 of 3". */
function hiddenDue(): string {
  const hidden = [...document.querySelectorAll('.rcs-visually-hidden')];
  return hidden.map((node) => node.textContent).find((text) => text?.includes(' at ')) ?? '';
}
