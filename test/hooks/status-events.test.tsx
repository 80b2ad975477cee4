import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, startTransition, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ConnectStatusProvider,
  StatusAlert,
  StatusBadge,
  type StatusEvent,
  useConnectStatus,
} from '../../src';
import { advance, r503, withFakeClockAndNoJitter } from '../support/fake-clock';

/*
 * onStatus, as monitoring sees it: which events, in which order, how many, with what in them.
 * Fake timers (no jitter) make every delay exact.
 */

withFakeClockAndNoJitter();

const pending = () => new Promise<never>(() => {});
/** Each event as `type attempt`, the way a breadcrumb trail reads. */
const trail = (listener: { mock: { calls: unknown[][] } }) =>
  listener.mock.calls.map(([event]) => {
    const { type, attempt } = event as StatusEvent;
    return [type, attempt].filter(Boolean).join(' ');
  });

/** A query library: every failed fetch is a new error object for the same request. */
function Reload() {
  const [error, setError] = useState(() => r503());
  const onRetry = () => {
    setError(r503());
    return Promise.reject(r503());
  };
  return <StatusAlert status={error} onRetry={onRetry} autoRetry requestKey="streams" />;
}

/** A retry that works: the data came, so the app shows no error. */
function Recovers() {
  const [status, setStatus] = useState<Response | null>(() => r503());
  const onRetry = async () => setStatus(null);
  return <StatusAlert status={status} onRetry={onRetry} autoRetry />;
}

/**
 * A retry that works, with the alert rendered only while there is an error. `when` is when the
 * app clears its error: before its promise resolves, or in a transition (as React Router renders
 * a navigation). A task later, as TanStack Query does, is in test/hooks/retry-outcome.test.tsx:
 * fake timers run a timer set during another timer a millisecond late.
 */
function ShownWhileFailing({ when }: { when: 'before it resolves' | 'in a transition' }) {
  const [status, setStatus] = useState<Response | null>(() => r503());
  const onRetry = async () => {
    if (when === 'in a transition') startTransition(() => setStatus(null));
    else setStatus(null);
  };
  return status && <StatusAlert status={status} onRetry={onRetry} autoRetry />;
}

/** A panel whose own hook has a listener, its badge showing the controller. */
function Panel({ onStatus }: { onStatus: (event: StatusEvent) => void }) {
  const controller = useConnectStatus(r503(), { onRetry: pending, autoRetry: true, onStatus });
  return <StatusBadge controller={controller} data-testid="badge" />;
}

describe('onStatus on the provider', () => {
  it('tells a whole cycle once each: shown, then per retry scheduled and retried, then exhausted', async () => {
    const onStatus = vi.fn();
    const onRetry = vi.fn(() => Promise.reject(r503()));
    render(
      <ConnectStatusProvider onStatus={onStatus}>
        <StatusAlert status={r503()} onRetry={onRetry} autoRetry />
      </ConnectStatusProvider>,
    );
    await advance(20_000, 100);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(trail(onStatus)).toEqual([
      'shown',
      'scheduled 1',
      'retried 1',
      'scheduled 2',
      'retried 2',
      'scheduled 3',
      'retried 3',
      'exhausted 3',
    ]);
    expect(onStatus.mock.calls[1]?.[0]).toEqual({
      type: 'scheduled',
      key: '503',
      code: 503,
      attempt: 1,
      delayMs: 5000,
    });
  });

  it('tells a resolved retry whose failure stayed as a failed try, and its remount goes on', async () => {
    const onStatus = vi.fn();
    // A bare code the app never replaces, and a reload that swallows its own failure.
    const onRetry = vi.fn(() => Promise.resolve());
    const alert = <StatusAlert status={503} onRetry={onRetry} autoRetry onStatus={onStatus} />;
    for (let mount = 1; mount <= 2; mount++) {
      const view = render(alert);
      await advance(10_000, 100);
      view.unmount();
    }
    expect(trail(onStatus)).toEqual([
      'shown',
      'scheduled 1',
      'retried 1',
      'scheduled 2',
      'retried 2',
      'scheduled 3',
      'retried 3',
      'exhausted 3',
    ]);
  });

  it('not per render, not per tick, not per view: two alerts of one failure, re-rendered', async () => {
    const onStatus = vi.fn();
    const failure = r503();
    const view = (n: number) => (
      <ConnectStatusProvider onStatus={onStatus}>
        <StatusAlert status={failure} onRetry={pending} autoRetry data-n={n} />
        <StatusAlert status={failure} onRetry={pending} autoRetry />
      </ConnectStatusProvider>
    );
    const { rerender } = render(<StrictMode>{view(0)}</StrictMode>);
    for (let n = 1; n <= 5; n++) rerender(<StrictMode>{view(n)}</StrictMode>);
    await advance(4000, 100);
    expect(trail(onStatus)).toEqual(['shown', 'scheduled 1']);
  });

  it('tells recovered when the retry works, and cancelled when a person stops the countdown', async () => {
    const onStatus = vi.fn();
    const { unmount } = render(
      <ConnectStatusProvider onStatus={onStatus}>
        <Recovers />
      </ConnectStatusProvider>,
    );
    await advance(5000, 100);
    expect(trail(onStatus)).toEqual(['shown', 'scheduled 1', 'retried 1', 'recovered 1']);
    unmount();

    const other = vi.fn();
    render(
      <ConnectStatusProvider onStatus={other}>
        <StatusAlert status={r503('30')} onRetry={pending} autoRetry />
      </ConnectStatusProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await advance(60_000, 1000);
    expect(trail(other)).toEqual(['shown', 'scheduled 1', 'cancelled 1']);
  });

  it.each(['before it resolves', 'in a transition'] as const)(
    'tells recovered, and nothing after, when an alert shown only while failing goes (the app clears its error %s)',
    async (when) => {
      const onStatus = vi.fn();
      render(
        <ConnectStatusProvider onStatus={onStatus}>
          <ShownWhileFailing when={when} />
        </ConnectStatusProvider>,
      );
      await advance(5000, 100);
      expect(screen.queryByRole('alert')).toBeNull();
      await advance(60_000, 1000);
      expect(trail(onStatus)).toEqual(['shown', 'scheduled 1', 'retried 1', 'recovered 1']);
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it('says where the request went without credentials or query values, and never body text', async () => {
    const onStatus = vi.fn();
    const failure = {
      kind: 'connect-error',
      status: 404,
      method: 'get',
      url: 'https://ann:secret@api.example.com/api/v1/streams/pump-7?token=abc&page=2#top',
      operationId: '0HN7A2B3C4D5E:00000002',
      reason: 'Stream "pump-7" does not exist in namespace "plant-a".',
    };
    render(
      <ConnectStatusProvider onStatus={onStatus}>
        <StatusAlert status={failure} />
      </ConnectStatusProvider>,
    );
    await act(async () => {}); // events follow the commit
    expect(onStatus).toHaveBeenCalledTimes(1);
    expect(onStatus.mock.calls[0]?.[0]).toEqual({
      type: 'shown',
      key: '404',
      code: 404,
      operationId: '0HN7A2B3C4D5E:00000002',
      method: 'GET',
      url: 'https://api.example.com/api/v1/streams/pump-7?token=&page=',
    });
    expect(JSON.stringify(onStatus.mock.calls)).not.toMatch(/secret|abc|does not exist|#top/);
  });

  it('tells nothing for a success; recovered when the request works again, then news again', async () => {
    const onStatus = vi.fn();
    const url = '/api/v1/streams/pump-7';
    const view = (status: number) => (
      <ConnectStatusProvider onStatus={onStatus}>
        <StatusAlert status={{ status, url }} />
      </ConnectStatusProvider>
    );
    const { rerender } = render(view(200));
    await act(async () => {});
    expect(onStatus).not.toHaveBeenCalled();
    for (const status of [503, 200, 200, 503]) {
      rerender(view(status));
      await act(async () => {});
    }
    expect(trail(onStatus)).toEqual(['shown', 'recovered', 'shown']);
    expect(onStatus.mock.calls[1]?.[0]).toEqual({ type: 'recovered', key: '503', code: 503, url });
  });

  it('a retry that fails with a new error object of the same state is not shown anew', async () => {
    const onStatus = vi.fn();
    render(
      <ConnectStatusProvider onStatus={onStatus}>
        <Reload />
      </ConnectStatusProvider>,
    );
    await advance(20_000, 100);
    expect(trail(onStatus).filter((type) => type === 'shown')).toHaveLength(1);
    expect(trail(onStatus).at(-1)).toBe('exhausted 3');
  });

  it('nested providers: each listener once per event, whichever views show it', async () => {
    const outer = vi.fn();
    const inner = vi.fn();
    const failure = r503();
    render(
      <ConnectStatusProvider onStatus={outer}>
        <StatusAlert status={failure} onRetry={pending} autoRetry />
        <ConnectStatusProvider onStatus={inner}>
          <StatusAlert status={failure} onRetry={pending} autoRetry />
        </ConnectStatusProvider>
      </ConnectStatusProvider>,
    );
    await advance(5000, 100);
    expect(trail(outer)).toEqual(['shown', 'scheduled 1', 'retried 1']);
    expect(trail(inner)).toEqual(['shown', 'scheduled 1', 'retried 1']);
  });

  it("a listener that throws breaks neither the alert nor its retries; the page's reporting gets the error", async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const onRetry = vi.fn(pending);
    render(
      <ConnectStatusProvider
        onStatus={() => {
          throw new Error('monitoring is down');
        }}
      >
        <StatusAlert status={r503()} onRetry={onRetry} autoRetry />
      </ConnectStatusProvider>,
    );
    await advance(5000, 100);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Attempt 1 of 3');
    expect(reported).toHaveBeenCalledTimes(3); // shown, scheduled, retried
    vi.unstubAllGlobals();
  });
});

describe('onStatus as a hook option, and badges', () => {
  it('the hook tells its own listener, and the provider hears the same once', async () => {
    const own = vi.fn();
    const provider = vi.fn();
    render(
      <ConnectStatusProvider onStatus={provider}>
        <Panel onStatus={own} />
      </ConnectStatusProvider>,
    );
    await advance(5000, 100);
    expect(trail(own)).toEqual(['shown', 'scheduled 1', 'retried 1']);
    expect(trail(provider)).toEqual(trail(own));
  });

  it('a badge given a status tells that it showed a failure, once, and nothing for a success', () => {
    const onStatus = vi.fn();
    const view = (statuses: unknown[]) => (
      <StrictMode>
        <ConnectStatusProvider onStatus={onStatus}>
          {statuses.map((status, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row of badges
            <StatusBadge key={n} status={status} method="delete" />
          ))}
        </ConnectStatusProvider>
      </StrictMode>
    );
    const { rerender } = render(view([200, 404, 204]));
    rerender(view([200, 404, 204]));
    expect(onStatus.mock.calls.map(([event]) => event)).toEqual([
      { type: 'shown', key: '404', code: 404 },
    ]);
  });

  it('an alert takes onStatus as its own option, and it never reaches the DOM', async () => {
    const onStatus = vi.fn();
    const { container } = render(<StatusAlert status={r503()} onStatus={onStatus} />);
    await act(async () => {});
    expect(trail(onStatus)).toEqual(['shown']);
    expect(container.innerHTML).not.toMatch(/onstatus/i);
  });

  it('without any listener nothing is built or called', async () => {
    render(<StatusAlert status={r503()} onRetry={pending} autoRetry />);
    await act(async () => {});
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});
