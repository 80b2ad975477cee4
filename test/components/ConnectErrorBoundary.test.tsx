import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { Component, type ErrorInfo, type ReactNode, StrictMode, Suspense, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectErrorBoundary,
  type ConnectErrorBoundaryProps,
  describeStatus,
  StatusBadge,
} from '../../src';
import { isRequestFailure } from '../../src/core/request-failure';
import { advance } from '../support/fake-clock';
import { anything, statusInput } from './fuzz-arbitraries';

/*
 * ConnectErrorBoundary in jsdom, with fake timers: what it catches and what it passes on, Try
 * again as a reset (onReset, then the children again), and the retry budget through the
 * boundary: a child that fails on every render, or suspends and fails later, is reset exactly
 * maxAttempts times, then the alert says the retries ran out.
 */

const UNAVAILABLE = 'Service temporarily unavailable';
const SERVER_ERROR = 'Something failed on our side';
const EXHAUSTED = /Still not working after 3 tries/;

/** A 503 with Retry-After: 5 (no URL, so its retry cycle is keyed by the state: "state 503"). */
const busy = () => new Response(null, { status: 503, headers: { 'Retry-After': '5' } });
const broken = () =>
  ({ kind: 'connect-error', status: 500, headers: {}, operationId: 'op-500' }) as const;

/** React 18 replays a caught error in development as a window `error` event; jsdom prints it. */
const quiet = (event: Event) => event.preventDefault();
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0); // exact delays: Retry-After, no spread
  // React reports every error a boundary catches on the console in development.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  window.addEventListener('error', quiet);
});
afterEach(() => {
  window.removeEventListener('error', quiet);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** What a test's child does: it counts its renders and throws what `fail` returns, if anything. */
interface Script {
  renders: number;
  fail: () => unknown;
}
const makeChild = (fail: () => unknown): Script => ({ renders: 0, fail });

function Child({ script }: { script: Script }) {
  script.renders++;
  const failure = script.fail();
  if (failure !== undefined) throw failure;
  return <p>Pump 1 flow</p>;
}

/** The app's own boundary above: what a programming error must reach. */
class AppBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error !== undefined) {
      return <p role="alert">App crashed: {String((this.state.error as Error).message)}</p>;
    }
    return this.props.children;
  }
}

const resetsOf = (onReset: ReturnType<typeof vi.fn>) =>
  onReset.mock.calls.map(([details]) => (details as { reason: string }).reason);

describe('what the boundary catches', () => {
  it('renders its children, and nothing of its own, while nothing fails', () => {
    const { container } = render(
      <ConnectErrorBoundary>
        <p>Pump 1 flow</p>
      </ConnectErrorBoundary>,
    );
    expect(container.innerHTML).toBe('<p>Pump 1 flow</p>');
  });

  it.each([
    ['a fetch Response', busy(), UNAVAILABLE],
    ['a ConnectError', broken(), SERVER_ERROR],
    ['a fetch TypeError (offline)', new TypeError('Failed to fetch'), "Couldn't reach the service"],
    ['an AbortError', new DOMException('aborted', 'AbortError'), 'Request cancelled'],
    ['a TimeoutError', new DOMException('timed out', 'TimeoutError'), 'Stopped waiting'],
    [
      'an axios error',
      Object.assign(new Error('Request failed'), {
        name: 'AxiosError',
        response: { status: 403, headers: {}, data: {} },
      }),
      "You don't have access to this",
    ],
    [
      'a ky error',
      Object.assign(new Error('Request failed'), {
        name: 'HTTPError',
        response: new Response(null, { status: 404 }),
      }),
      "Couldn't find this item",
    ],
    [
      'a router error response',
      { status: 404, statusText: 'Not Found', internal: false, data: 'No such stream' },
      "Couldn't find this item",
    ],
  ])('shows %s in a StatusAlert instead of the children', (_kind, failure, title) => {
    const onError = vi.fn();
    const child = makeChild(() => failure);
    render(
      <ConnectErrorBoundary onError={onError}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    const { severity } = describeStatus(failure);
    const region = screen.getByRole(severity === 'error' ? 'alert' : 'status');
    expect(region).toHaveTextContent(title);
    expect(screen.queryByText('Pump 1 flow')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    const [caught, info] = onError.mock.calls[0] as [unknown, ErrorInfo];
    expect(caught).toBe(failure);
    expect(info.componentStack).toContain('Child');
  });

  it.each([
    ['a programming TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    [
      'one that only looks like a network failure',
      new TypeError("Cannot read properties of undefined (reading 'connection')"),
    ],
    ['a plain Error', new Error('Unexpected token < in JSON')],
  ])('passes %s on to the boundary above', (_kind, failure) => {
    const onError = vi.fn();
    const onReset = vi.fn();
    const child = makeChild(() => failure);
    render(
      <AppBoundary>
        <ConnectErrorBoundary onError={onError} onReset={onReset} autoRetry>
          <Child script={child} />
        </ConnectErrorBoundary>
      </AppBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(`App crashed: ${failure.message}`);
    expect(screen.queryByRole('status')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('passes on a programming error thrown during a retry', async () => {
    let failure: unknown = broken();
    const child = makeChild(() => failure);
    render(
      <AppBoundary>
        <ConnectErrorBoundary>
          <Child script={child} />
        </ConnectErrorBoundary>
      </AppBoundary>,
    );
    failure = new RangeError('Maximum call stack size exceeded');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.getByRole('alert')).toHaveTextContent('App crashed: Maximum call stack');
    await advance(120_000, 1000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Try again resets the boundary', () => {
  it('calls onReset, then renders the children again', async () => {
    const calls: string[] = [];
    let failure: unknown = broken();
    const child = makeChild(() => {
      calls.push('render');
      return failure;
    });
    const onReset = vi.fn(() => {
      calls.push('onReset');
      failure = undefined; // as a refetch would
    });
    render(
      <ConnectErrorBoundary onReset={onReset}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(SERVER_ERROR);
    calls.length = 0;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.getByText('Pump 1 flow')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls[0]).toBe('onReset');
    expect(calls.slice(1).every((call) => call === 'render')).toBe(true);
    expect(onReset).toHaveBeenCalledWith({
      reason: 'retry',
      error: expect.objectContaining(broken()),
    });
  });

  it('is one reset per click, each a retry of the budget; after the third, a fresh one', async () => {
    const onReset = vi.fn();
    const child = makeChild(broken);
    render(
      <ConnectErrorBoundary onReset={onReset}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    const rendersOnMount = child.renders;
    let perReset = 0;
    for (let click = 1; click <= 5; click++) {
      const before = child.renders;
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
      expect(onReset).toHaveBeenCalledTimes(click);
      perReset ||= child.renders - before;
      expect(child.renders).toBe(rendersOnMount + click * perReset);
      if (click === 3) expect(screen.getByRole('alert')).toHaveTextContent(EXHAUSTED);
      // Nothing happens between clicks: manual retries never schedule one.
      await advance(60_000, 1000);
      expect(onReset).toHaveBeenCalledTimes(click);
    }
    expect(perReset).toBeGreaterThan(0);
    expect(resetsOf(onReset)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    // The fourth click started a fresh budget: its two retries are attempts 1 and 2.
    expect(screen.getByRole('alert')).not.toHaveTextContent(EXHAUSTED);
  });

  it('counts a retry whose onReset throws as failed, and keeps the alert', async () => {
    const child = makeChild(broken);
    const onReset = vi.fn(() => {
      throw new Error('cache is gone');
    });
    render(
      <ConnectErrorBoundary onReset={onReset}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    const renders = child.renders;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(child.renders).toBe(renders);
    expect(screen.getByRole('alert')).toHaveTextContent(SERVER_ERROR);
    expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-busy');
  });

  it('gives focus back to the alert when the children fail again after Try again', async () => {
    const child = makeChild(broken);
    render(
      <>
        <button type="button">Elsewhere</button>
        <ConnectErrorBoundary>
          <Child script={child} />
        </ConnectErrorBoundary>
      </>,
    );
    const retry = screen.getByRole('button', { name: 'Try again' });
    retry.focus();
    await act(async () => fireEvent.click(retry));
    expect(screen.getByRole('alert')).toHaveFocus();
    // Focus elsewhere on the page is left alone.
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await advance(10_000, 1000);
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});

/** Runs `ms` of fake time, noting every "Attempt N of 3" the page shows on the way. */
async function watchAttempts(ms: number) {
  const attempts = new Set<number>();
  await advance(ms, 100, () => {
    const shown = /Attempt (\d) of 3/.exec(document.body.textContent ?? '');
    if (shown) attempts.add(Number(shown[1]));
  });
  return [...attempts];
}

describe('the retry budget through the boundary (a 503 on every render, autoRetry)', () => {
  function renderAlwaysBusy(wrap: (node: ReactNode) => ReactNode = (node) => node) {
    const onReset = vi.fn();
    const child = makeChild(busy);
    const view = render(
      wrap(
        <ConnectErrorBoundary onReset={onReset} autoRetry>
          <Child script={child} />
        </ConnectErrorBoundary>,
      ),
    );
    return { onReset, child, view };
  }

  async function expectThreeResetsThenExhausted(
    onReset: ReturnType<typeof vi.fn>,
    child: {
      renders: number;
    },
  ) {
    const rendersOnMount = child.renders;
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 5 s · Attempt 1 of 3');
    const resetsAt: number[] = [];
    const attempts = new Set<number>();
    await advance(30_000, 100, () => {
      if (onReset.mock.calls.length > resetsAt.length) resetsAt.push(Date.now());
      const shown = /Attempt (\d) of 3/.exec(document.body.textContent ?? '');
      if (shown) attempts.add(Number(shown[1]));
    });
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(resetsOf(onReset)).toEqual(['retry', 'retry', 'retry']);
    expect([...attempts]).toEqual([1, 2, 3]);
    // Each reset renders the child as often as the first one did: 3 resets, 3 × that.
    const perReset = (child.renders - rendersOnMount) / 3;
    expect(Number.isInteger(perReset) && perReset > 0).toBe(true);
    // Retry-After: 5 between them, to the millisecond (no spread: Math.random is 0).
    const start = resetsAt[0] as number;
    expect(resetsAt.map((at) => at - start)).toEqual([0, 5000, 10_000]);
    expect(screen.getByRole('status')).toHaveTextContent(EXHAUSTED);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // Nothing more, however long it stays: no reset, no render, no timer left.
    const renders = child.renders;
    await advance(10 * 60_000, 1000);
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(child.renders).toBe(renders);
    expect(vi.getTimerCount()).toBe(0);
    return perReset;
  }

  it('resets exactly maxAttempts (3) times, then says the retries ran out', async () => {
    const { onReset, child } = renderAlwaysBusy();
    const perReset = await expectThreeResetsThenExhausted(onReset, child);
    // A person's Try again after that is one more reset, from a fresh budget.
    const before = child.renders;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(onReset).toHaveBeenCalledTimes(4);
    expect(child.renders).toBe(before + perReset);
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 2 of 3');
  });

  it('holds under StrictMode (double renders, double mounts)', async () => {
    const { onReset, child } = renderAlwaysBusy((node) => <StrictMode>{node}</StrictMode>);
    await expectThreeResetsThenExhausted(onReset, child);
  });

  it('holds across a remount of the boundary: the count resumes (the same method and URL path)', async () => {
    const onReset = vi.fn();
    // Each render fails at another query (a window ending now): the path is the request.
    let n = 0;
    const child = makeChild(() => {
      const failure = busy();
      Object.defineProperty(failure, 'url', { value: `https://c.example/streams/s1?end=${n++}` });
      return failure;
    });
    const page = (key: number) => (
      <ConnectErrorBoundary key={key} onReset={onReset} autoRetry>
        <Child script={child} />
      </ConnectErrorBoundary>
    );
    const { rerender } = render(page(1));
    await advance(5000, 100); // the first reset, which fails again
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 2 of 3');
    rerender(page(2)); // a new boundary: its children fail on their first render
    rerender(page(3));
    const attempts = await watchAttempts(60_000);
    expect(attempts).toEqual([2, 3]);
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('status')).toHaveTextContent(EXHAUSTED);
  });

  it('holds with maxAttempts and a policy of the boundary', async () => {
    const onReset = vi.fn();
    const child = makeChild(() => new Response(null, { status: 502 }));
    render(
      <ConnectErrorBoundary
        onReset={onReset}
        autoRetry
        maxAttempts={5}
        policy={{ baseMs: 100, capMs: 400 }}
      >
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    await advance(60_000, 50);
    expect(onReset).toHaveBeenCalledTimes(5);
    expect(screen.getByRole('alert')).toHaveTextContent(/Still not working after 5 tries/);
  });
});

/**
 * A Suspense resource as a cache would keep it: pending (throws its promise), failed (throws the
 * failure), loaded. `load()` starts a request that settles `ms` later, failing while `fails()`.
 */
type Loading =
  | { status: 'pending'; promise: Promise<void> }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded' };
interface Resource {
  requests: number;
  state: Loading;
  load: () => void;
}
function suspenseResource(ms: number, fails: () => boolean): Resource {
  const resource: Resource = {
    requests: 0,
    state: { status: 'loaded' },
    load() {
      resource.requests++;
      const failing = fails();
      const promise = new Promise<void>((resolve) => {
        setTimeout(() => {
          resource.state = failing ? { status: 'failed', error: busy() } : { status: 'loaded' };
          resolve();
        }, ms);
      });
      resource.state = { status: 'pending', promise };
    },
  };
  resource.load();
  return resource;
}

function Reader({ resource }: { resource: Resource }) {
  const { state } = resource;
  if (state.status === 'pending') throw state.promise;
  if (state.status === 'failed') throw state.error;
  return <p>Pump 1 flow</p>;
}

describe('onStatus', () => {
  it('tells what happens to the failure: each retry, then exhausted', async () => {
    const events: string[] = [];
    const child = makeChild(busy);
    render(
      <ConnectErrorBoundary
        autoRetry
        onStatus={({ type, attempt, key }) => events.push(`${type} ${key} ${attempt ?? ''}`.trim())}
      >
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    await advance(60_000, 100);
    expect(events.filter((event) => !event.startsWith('shown'))).toEqual([
      'scheduled 503 1',
      'retried 503 1',
      'scheduled 503 2',
      'retried 503 2',
      'scheduled 503 3',
      'retried 503 3',
      'exhausted 503 3',
    ]);
    expect(events[0]).toBe('shown 503');
  });
});

describe('Suspense inside the boundary: children that load, then fail', () => {
  it('a request that fails 3 s after each reset (slower than the 1 s a resolved retry is watched for): still 1 + 3 requests', async () => {
    const resource = suspenseResource(3000, () => true);
    const onReset = vi.fn(() => resource.load());
    render(
      <ConnectErrorBoundary onReset={onReset} autoRetry>
        <Suspense fallback={<p>Loading…</p>}>
          <Reader resource={resource} />
        </Suspense>
      </ConnectErrorBoundary>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await advance(3000, 100);
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 5 s · Attempt 1 of 3');
    await advance(5000, 100); // the first retry starts: the loading state shows
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledTimes(1);
    // Its request fails 3 s later, long after the children rendered (the loading state): still
    // that retry's failure, so the next is attempt 2, not a fresh attempt 1.
    const attempts = await watchAttempts(10 * 60_000);
    expect(attempts).toEqual([2, 3]);
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(resource.requests).toBe(4);
    expect(screen.getByRole('status')).toHaveTextContent(EXHAUSTED);
  });

  it('a request that takes 62 s to fail each time: still 1 + 3 requests in 15 minutes, and no recovered', async () => {
    const resource = suspenseResource(62_000, () => true);
    const onReset = vi.fn(() => resource.load());
    const events: string[] = [];
    render(
      <ConnectErrorBoundary onReset={onReset} autoRetry onStatus={({ type }) => events.push(type)}>
        <Suspense fallback={<p>Loading…</p>}>
          <Reader resource={resource} />
        </Suspense>
      </ConnectErrorBoundary>,
    );
    // The children show their loading state for a minute after each retry: no proof it worked.
    await advance(15 * 60_000, 1000);
    expect(resource.requests).toBe(4);
    expect(onReset).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('status')).toHaveTextContent(EXHAUSTED);
    expect(events).not.toContain('recovered');
  });

  it('a retry that loads is not taken as worked until the children fail again or the app moves on', async () => {
    let failing = true;
    const resource = suspenseResource(3000, () => failing);
    const onReset = vi.fn(() => resource.load());
    const events: string[] = [];
    render(
      <ConnectErrorBoundary onReset={onReset} autoRetry onStatus={({ type }) => events.push(type)}>
        <Suspense fallback={<p>Loading…</p>}>
          <Reader resource={resource} />
        </Suspense>
      </ConnectErrorBoundary>,
    );
    await advance(3000, 100);
    failing = false;
    await advance(5000 + 3000, 100); // the retry, and its request
    expect(screen.getByText('Pump 1 flow')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledTimes(1);
    await advance(10 * 60_000, 1000);
    // Nothing more happens while the children show: no timer, no request, no claim.
    expect(vi.getTimerCount()).toBe(0);
    expect(resource.requests).toBe(2);
    expect(events.filter((event) => event !== 'shown')).toEqual(['scheduled', 'retried']);
  });

  it('keeps the alert, busy, while a retry loads under a Suspense above the boundary', async () => {
    let failing = true;
    const resource = suspenseResource(3000, () => failing);
    const onReset = vi.fn(() => resource.load());
    render(
      <Suspense fallback={<p>Loading the page…</p>}>
        <ConnectErrorBoundary onReset={onReset}>
          <Reader resource={resource} />
        </ConnectErrorBoundary>
      </Suspense>,
    );
    await advance(3000, 100);
    failing = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    // Not the page's loading state: the alert stays, its button busy, until the children are in.
    expect(screen.queryByText('Loading the page…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await advance(3000, 100);
    expect(screen.getByText('Pump 1 flow')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

const failingStreams = new Set(['tank-03', 'busy-1']);
function Stream({ id }: { id: string }) {
  if (failingStreams.has(id)) throw id === 'busy-1' ? busy() : new Response(null, { status: 404 });
  return <p>Stream {id}</p>;
}
function Page({ id, onReset }: { id: string; onReset?: ConnectErrorBoundaryProps['onReset'] }) {
  return (
    <ConnectErrorBoundary resetKeys={[id]} onReset={onReset} autoRetry>
      <Stream id={id} />
    </ConnectErrorBoundary>
  );
}

describe('resetKeys', () => {
  it('a change renders the children again, without using a retry', async () => {
    const onReset = vi.fn();
    const { rerender } = render(<Page id="tank-03" onReset={onReset} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't find this item");
    rerender(<Page id="pump-01" onReset={onReset} />);
    expect(screen.getByText('Stream pump-01')).toBeInTheDocument();
    expect(resetsOf(onReset)).toEqual(['keys']);
  });

  it('a change does not use up an attempt of the request shown', async () => {
    const onReset = vi.fn();
    const { rerender } = render(<Page id="busy-1" onReset={onReset} />);
    await advance(5000, 100); // retry 1 fails: attempt 2 scheduled
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 2 of 3');
    rerender(<Page id="pump-01" onReset={onReset} />);
    // Back to the busy stream, which fails again at once: the app moved on and back, a new count.
    rerender(<Page id="busy-1" onReset={onReset} />);
    expect(resetsOf(onReset)).toEqual(['retry', 'keys']);
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 1 of 3');
  });

  it('keys equal by value reset nothing: a filters object rebuilt on every render', async () => {
    const onReset = vi.fn();
    const child = makeChild(broken);
    const page = (tick: number) => (
      <ConnectErrorBoundary
        resetKeys={[{ from: '2026-12-01', tags: ['a', 'b'] }, ['streams', 7], tick % 1]}
        onReset={onReset}
      >
        <Child script={child} />
      </ConnectErrorBoundary>
    );
    const { rerender } = render(page(0));
    const renders = child.renders; // React renders a throwing child twice on its own
    for (let second = 1; second <= 60; second++) rerender(page(second));
    expect(onReset).not.toHaveBeenCalled();
    expect(child.renders).toBe(renders);
    // A real change does reset.
    rerender(
      <ConnectErrorBoundary resetKeys={[{ from: '2026-12-02' }]} onReset={onReset}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    expect(resetsOf(onReset)).toEqual(['keys']);
  });

  it('after a change, the next failure starts a new count', async () => {
    let failure: unknown = broken();
    const child = makeChild(() => failure);
    let attempt = -1;
    const page = (id: string) => (
      <ConnectErrorBoundary
        resetKeys={[id]}
        onReset={() => {
          failure = undefined;
        }}
        fallback={({ controller }) => {
          attempt = controller.attempt;
          return <p>Failed</p>;
        }}
      >
        <Child script={child} />
      </ConnectErrorBoundary>
    );
    const { rerender } = render(page('pump-01'));
    expect(screen.getByText('Failed')).toBeInTheDocument();
    rerender(page('pump-02')); // the app moves on; the children show
    expect(screen.getByText('Pump 1 flow')).toBeInTheDocument();
    failure = broken();
    rerender(page('pump-02')); // and fail again
    await act(async () => {});
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(attempt).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a key that changes in the update that failed does not reset at once', () => {
    const onReset = vi.fn();
    const { rerender } = render(<Page id="pump-01" onReset={onReset} />);
    expect(screen.getByText('Stream pump-01')).toBeInTheDocument();
    rerender(<Page id="tank-03" onReset={onReset} />); // the new key is what fails
    rerender(<Page id="tank-03" onReset={onReset} />);
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent("Couldn't find this item");
  });
});

describe('fallback', () => {
  it('a render function gets the error, the controller and reset', async () => {
    const onReset = vi.fn();
    let failure: unknown = busy();
    const child = makeChild(() => failure);
    const seen: unknown[] = [];
    render(
      <ConnectErrorBoundary
        onReset={onReset}
        fallback={({ error, controller, reset }) => {
          seen.push(error);
          return (
            <div>
              <StatusBadge controller={controller} />
              <p>Retries made: {controller.attempt}</p>
              <button type="button" onClick={controller.retry}>
                Load again
              </button>
              <button type="button" onClick={reset}>
                Back
              </button>
            </div>
          );
        }}
      >
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    expect(seen[0]).toBeInstanceOf(Response);
    expect(screen.getByText('Unavailable')).toBeInTheDocument();
    expect(screen.getByText('Retries made: 0')).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Load again' })));
    expect(resetsOf(onReset)).toEqual(['retry']);
    expect(screen.getByText('Retries made: 1')).toBeInTheDocument();
    // reset() renders the children again without counting a retry.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Back' })));
    expect(resetsOf(onReset)).toEqual(['retry', 'reset']);
    expect(screen.getByText('Retries made: 1')).toBeInTheDocument();
    failure = undefined;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Load again' })));
    expect(screen.getByText('Pump 1 flow')).toBeInTheDocument();
  });

  it('a node is shown as it is', () => {
    const child = makeChild(busy);
    render(
      <ConnectErrorBoundary fallback={<p>The streams are not available.</p>}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    expect(screen.getByText('The streams are not available.')).toBeInTheDocument();
  });

  it('the default alert takes headingLevel, showCode and action', () => {
    const child = makeChild(broken);
    render(
      <ConnectErrorBoundary headingLevel={3} showCode action={<a href="#status">Status page</a>}>
        <Child script={child} />
      </ConnectErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(SERVER_ERROR);
    expect(screen.getByRole('alert')).toHaveTextContent('500');
    expect(screen.getByRole('link', { name: 'Status page' })).toBeInTheDocument();
  });
});

function AlwaysBusy(): ReactNode {
  throw busy();
}
function Toggle() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown(!shown)}>
        Toggle
      </button>
      {shown && (
        <ConnectErrorBoundary autoRetry>
          <AlwaysBusy />
        </ConnectErrorBoundary>
      )}
    </>
  );
}

describe('mounting and unmounting', () => {
  it('server-renders its children as they are, with no timer', () => {
    const html = renderToString(
      <ConnectErrorBoundary autoRetry resetKeys={['a']}>
        <p>Pump 1 flow</p>
      </ConnectErrorBoundary>,
    );
    expect(html).toBe('<p>Pump 1 flow</p>');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops every timer when the boundary goes while a retry is scheduled', async () => {
    render(<Toggle />);
    expect(screen.getByRole('status')).toHaveTextContent(UNAVAILABLE);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Toggle' })));
    expect(screen.queryByRole('status')).toBeNull();
    await advance(60_000, 1000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

/** Records what reaches the boundary above: it must only ever be the app's own bug. */
class Recorder extends Component<{ children: ReactNode; caught: unknown[] }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.caught.push(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('any value in any prop', () => {
  it('the boundary shows every request failure and lets only the app’s own bugs through (property, 300 runs)', async () => {
    const props = fc.record(
      {
        fallback: anything,
        onReset: anything,
        resetKeys: anything,
        onError: anything,
        autoRetry: anything,
        maxAttempts: anything,
        method: anything,
        idempotent: anything,
        policy: anything,
        requestKey: anything,
        // A listener that throws is reported as an uncaught error, by design (status-events).
        onStatus: fc.oneof(
          anything.filter((value) => typeof value !== 'function'),
          fc.constant(() => {}),
        ),
        headingLevel: anything,
        showCode: anything,
        action: anything,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(props, statusInput, async (given, failure) => {
        const caught: unknown[] = [];
        const child = makeChild(() => failure);
        const boundary = given as ConnectErrorBoundaryProps;
        render(
          <Recorder caught={caught}>
            <ConnectErrorBoundary {...boundary}>
              <Child script={child} />
            </ConnectErrorBoundary>
          </Recorder>,
        );
        await advance(20_000, 5000);
        for (const error of caught) {
          // Passed on: not a request's failure, or an app callback (fallback, onError) that threw.
          const own = error instanceof Error && error.message === 'called';
          expect(own || (!isRequestFailure(error) && Object.is(error, failure))).toBe(true);
        }
        if (caught.length === 0 && failure != null && isRequestFailure(failure)) {
          expect(screen.queryByText('Pump 1 flow')).toBeNull();
        }
        cleanup();
      }),
      { numRuns: 300 },
    );
  });
});
