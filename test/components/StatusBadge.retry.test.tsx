import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { type UseConnectStatusOptions, useConnectStatus } from '../../src/hooks/useConnectStatus';
import { advance, r503, withFakeClockAndNoJitter } from '../support/fake-clock';

/** A badge driven by the app's own controller, as a dashboard tile would use it. */
function Tile(props: { input: unknown; live?: boolean } & UseConnectStatusOptions) {
  const { input, live, ...options } = props;
  const controller = useConnectStatus(input, options);
  return <StatusBadge controller={controller} live={live} data-testid="badge" />;
}

/** The same tile with the app's own Cancel button beside it. */
function TileWithCancel(props: { input: unknown; live?: boolean } & UseConnectStatusOptions) {
  const { input, live, ...options } = props;
  const controller = useConnectStatus(input, options);
  return (
    <>
      <StatusBadge controller={controller} live={live} data-testid="badge" />
      <button type="button" onClick={controller.cancel}>
        Cancel
      </button>
    </>
  );
}

// Badges are not landmarks or widgets, so the test id is the only handle on a quiet one.
const badge = () => screen.getByTestId('badge');
function textWithout(el: HTMLElement, selector: string): string {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const part of copy.querySelectorAll(selector)) part.remove();
  return copy.textContent ?? '';
}
/** What a sighted person reads on the badge: without visually hidden text. */
const seen = () => textWithout(badge(), '.rcs-visually-hidden');
/** What assistive technology announces from a live region: no aria-hidden, no live-off parts. */
const heard = (el: HTMLElement) => textWithout(el, '[aria-hidden="true"], [aria-live="off"]');

withFakeClockAndNoJitter();

describe('StatusBadge with a controller', () => {
  it('shows the countdown, then the retry, then the outcome, in text and data-retry-state', async () => {
    let finish: () => void = () => {};
    const onRetry = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<Tile input={r503()} onRetry={onRetry} autoRetry />);
    expect(badge()).toHaveTextContent('Unavailable');
    // The seconds alone beside a retry glyph: a sentence that ticks would reflow a table.
    expect(seen()).toBe('Unavailable↻ 5 s');
    expect(badge()).toHaveAttribute('data-retry-state', 'scheduled');
    const shown = new Set<string>();
    await advance(4900, 100, () => shown.add(/↻ (\d) s/.exec(seen())?.[1] ?? ''));
    expect([...shown]).toEqual(['5', '4', '3', '2', '1']);
    await advance(100, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(badge()).toHaveTextContent('Trying again…');
    expect(badge()).toHaveAttribute('data-retry-state', 'retrying');
    // The promise resolved, but the tile still shows the 503. The app's update may come in the
    // next task (TanStack Query's does); none came, so that try failed and the next counts down.
    await act(async () => finish());
    await advance(1, 1);
    expect(badge()).toHaveAttribute('data-retry-state', 'scheduled');
    expect(seen()).toMatch(/^Unavailable↻ \d+ s$/);
  });

  it('stays idle and quiet when nothing is scheduled (a POST, or no autoRetry)', async () => {
    const { rerender } = render(<Tile input={r503()} method="POST" onRetry={vi.fn()} autoRetry />);
    expect(badge()).toHaveAttribute('data-retry-state', 'idle');
    rerender(<Tile input={r503()} onRetry={vi.fn()} />);
    await advance(6000, 1000);
    expect(badge()).toHaveAttribute('data-retry-state', 'idle');
    expect(badge()).not.toHaveTextContent(/Trying again/);
  });

  it('is not a live region unless asked', () => {
    render(<Tile input={r503()} onRetry={vi.fn()} autoRetry />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('StatusBadge with a controller: quiet, truthful, empty when it should be', () => {
  it('a live badge does not announce every tick of the countdown', async () => {
    render(<Tile input={r503()} onRetry={vi.fn()} autoRetry live />);
    const first = heard(screen.getByRole('status'));
    await advance(2000, 100, () => expect(heard(screen.getByRole('status'))).toBe(first));
  });

  it('does not promise "1 s" forever while the device is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<Tile input={r503()} onRetry={vi.fn()} autoRetry />);
    await advance(10_000, 500);
    expect(badge()).toHaveAttribute('data-retry-state', 'scheduled');
    expect(seen()).toBe("Unavailable↻ Offline. Trying again when you're back online.");
  });

  it('a live badge names the time the retry is due; after Cancel no figure is left', async () => {
    vi.setSystemTime(new Date(2026, 2, 2, 10, 32, 10));
    render(<TileWithCancel input={r503('30')} onRetry={vi.fn()} autoRetry live />);
    const due = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(2026, 2, 2, 10, 32, 40));
    const first = heard(screen.getByRole('status'));
    expect(first).toContain(`Trying again at ${due}`);
    expect(first).not.toMatch(/in \d+ s/);
    expect(seen()).toContain('↻ 30 s');
    await advance(5000, 100, () => expect(heard(screen.getByRole('status'))).toBe(first));
    expect(seen()).toContain('↻ 25 s');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(badge()).toHaveAttribute('data-retry-state', 'idle');
    // Visible or visually hidden: no seconds, no due time.
    expect(badge().textContent).not.toMatch(/\d+\s*s\b|\d{1,2}:\d{2}/);
  });

  it('renders nothing for a controller that has no status yet', () => {
    render(<Tile input={null} />);
    expect(screen.queryByText('Unknown')).toBeNull();
  });
});

/** A tile with both, driven by one controller, as a dashboard shows a failing panel. */
function Both(props: { input: unknown } & UseConnectStatusOptions) {
  const { input, ...options } = props;
  const controller = useConnectStatus(input, options);
  return (
    <>
      <StatusBadge controller={controller} data-testid="badge" />
      <StatusAlert controller={controller} />
    </>
  );
}

describe('StatusBadge and StatusAlert share one retry line', () => {
  it('offline, both say the retry waits for the connection, in the same words', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<Both input={r503()} onRetry={() => new Promise(() => {})} autoRetry />);
    await advance(5000);
    const line = "Offline. Trying again when you're back online.";
    expect(seen()).toContain(line);
    expect(screen.getByRole('status')).toHaveTextContent(line);
    // Not the state's label: the badge's state is still "Unavailable", only the retry waits.
    expect(seen()).not.toContain('Offline ·');
  });

  it('counting down, the badge shows the seconds of the alert line: no sentence, no attempt', async () => {
    render(<Both input={r503()} onRetry={() => new Promise(() => {})} autoRetry />);
    expect(seen()).toBe('Unavailable↻ 5 s');
    expect(screen.getByRole('status')).toHaveTextContent('Trying again in 5 s · Attempt 1 of 3');
  });
});
