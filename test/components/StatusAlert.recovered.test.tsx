import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { de } from '../../src/i18n/locales/de';
import { advance, withFakeClockAndNoJitter } from '../support/fake-clock';

/*
 * "Back to normal" with the glue apps write: the error is cleared (set to null) once the reload
 * works, while the alert stays mounted. The alert watches the cycle it showed and says the retry
 * worked; it never retries for a status it no longer shows.
 */

withFakeClockAndNoJitter();

const failure = (n: number) => ({
  kind: 'connect-error' as const,
  status: 503,
  url: 'https://connect.test/streams/s1',
  method: 'GET',
  retryAfter: '2',
  operationId: `op-${n}`,
});

interface AppProps {
  /** How each load goes, in order (true: it works; past the end: it fails). */
  outcomes: boolean[];
  /** Called for each load, so a test can count them. */
  load: () => void;
  /** Clears the error as each load starts, not only once it worked. */
  clearAtStart?: boolean;
  onDismiss?: () => void;
  /** Exposes the app's own load, for a person's "Try again" elsewhere on the page. */
  loadRef?: { current?: () => Promise<void> };
}

/** An app that holds its error in state and clears it once a load works. */
function App({ outcomes, load, clearAtStart = false, onDismiss, loadRef }: AppProps) {
  const [error, setError] = useState<unknown>(failure(0));
  const [calls] = useState({ made: 0 });
  const reload = async () => {
    load();
    if (clearAtStart) setError(null);
    await Promise.resolve();
    const ok = outcomes[calls.made] ?? false;
    calls.made += 1;
    if (ok) {
      setError(null);
      return;
    }
    const next = failure(calls.made);
    setError(next);
    throw next;
  };
  if (loadRef) loadRef.current = reload;
  return <StatusAlert status={error} onRetry={reload} autoRetry onDismiss={onDismiss} />;
}

/** An app with its own way to clear the error (a reload of its own, a filter change). */
function ClearsItself({ onRetry }: { onRetry: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(failure(0));
  return (
    <>
      <button type="button" onClick={() => setError(null)}>
        Clear
      </button>
      <StatusAlert status={error} onRetry={onRetry} autoRetry />
    </>
  );
}

/** The alert rendered only while there is an error. */
function OnlyWhileFailing({ load }: { load: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(failure(0));
  const reload = async () => {
    await load();
    setError(null);
  };
  return error ? <StatusAlert status={error} onRetry={reload} autoRetry /> : <p>Loaded</p>;
}

const region = () => screen.getByRole('status');

describe('an alert kept mounted while the app clears its error', () => {
  it('says "Back to normal" once the retry works, with no retry controls', async () => {
    const load = vi.fn();
    render(<App outcomes={[true]} load={load} />);
    expect(region()).toHaveTextContent('Service temporarily unavailable');
    await advance(3000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(region()).toHaveTextContent('Success: Back to normal');
    expect(region()).toHaveTextContent('The retry worked.');
    expect(region()).toHaveAttribute('data-severity', 'success');
    expect(screen.queryByRole('button')).toBeNull();
    // It stays, and nothing more happens.
    await advance(120_000, 10_000);
    expect(region()).toHaveTextContent('Back to normal');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('also when the app clears the error as each reload starts, after a failed retry first', async () => {
    const load = vi.fn();
    render(<App outcomes={[false, true]} load={load} clearAtStart />);
    await advance(3000);
    // The first retry failed: no "Back to normal" in between, the next countdown shows.
    expect(load).toHaveBeenCalledTimes(1);
    expect(region()).not.toHaveTextContent('Back to normal');
    expect(region()).toHaveTextContent('Attempt 2 of 3');
    await advance(3000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(region()).toHaveTextContent('Back to normal');
  });

  it('in German, through the provider', async () => {
    render(
      <ConnectStatusProvider messages={de}>
        <App outcomes={[true]} load={vi.fn()} />
      </ConnectStatusProvider>,
    );
    await advance(3000);
    expect(region()).toHaveTextContent(de.ui.recoveredTitle);
    expect(region()).toHaveTextContent(de.ui.recoveredMessage);
  });

  it('can be dismissed; the next recovery shows again', async () => {
    const onDismiss = vi.fn();
    const loadRef: AppProps['loadRef'] = {};
    render(
      <App outcomes={[true, false, true]} load={vi.fn()} onDismiss={onDismiss} loadRef={loadRef} />,
    );
    await advance(3000);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(region()).toBeEmptyDOMElement();
    // A new failure (a person presses Try again later), then it recovers again.
    act(() => {
      void loadRef.current?.().catch(() => {});
    });
    await advance(100);
    expect(region()).toHaveTextContent('Service temporarily unavailable');
    await advance(3000);
    expect(region()).toHaveTextContent('Back to normal');
  });
});

describe('what the watch never does', () => {
  it('says nothing when the app cleared the error without a retry of ours', async () => {
    render(<ClearsItself onRetry={vi.fn(async () => {})} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(region()).toBeEmptyDOMElement();
  });

  it('never retries a failure the app stopped showing', async () => {
    const onRetry = vi.fn(async () => {});
    render(<ClearsItself onRetry={onRetry} />);
    expect(region()).toHaveTextContent('Trying again in 2 s');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(region()).toBeEmptyDOMElement();
  });

  it('is not there for an alert rendered only while there is an error', async () => {
    const load = vi.fn(async () => {});
    render(<OnlyWhileFailing load={load} />);
    await advance(3000);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Loaded')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
