import { fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { useConnectStatus } from '../../src/hooks/useConnectStatus';
import { advance, r503, withFakeClockAndNoJitter } from '../support/fake-clock';

const pending = () => new Promise<never>(() => {});
const TITLE = 'Service temporarily unavailable';
const EXHAUSTED = 'Still not working after 3 tries. Check the service status, or contact support.';

// A 503 is a warning, so the alert is a polite status region.
const region = () => screen.getByRole('status');
/** What a sighted person reads: the region without its visually hidden twins. */
const seen = () => textWithout(region(), '.rcs-visually-hidden');
/** What assistive technology reads (and announces on change): no aria-hidden, no live-off parts. */
const heard = (el: HTMLElement = region()) =>
  textWithout(el, '[aria-hidden="true"], [aria-live="off"]');

function textWithout(el: HTMLElement, selector: string): string {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const part of copy.querySelectorAll(selector)) part.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const seconds = () => /Trying again in (\d+) s/.exec(seen())?.[1];

withFakeClockAndNoJitter();

describe('StatusAlert retry: a 503 with Retry-After: 5', () => {
  it('counts down 5 s, 4 s … 1 s and calls onRetry once, at 5 s', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />);
    expect(seen()).toContain('Trying again in 5 s · Attempt 1 of 3');
    const shown: (string | undefined)[] = [seconds()];
    await advance(4900, 100, () => shown.push(seconds()));
    expect([...new Set(shown)]).toEqual(['5', '4', '3', '2', '1']);
    await advance(99, 1);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(1, 1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await advance(60_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does the same under StrictMode: one call, never more than one timer', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />, { wrapper: StrictMode });
    await advance(4999, 100, () => expect(vi.getTimerCount()).toBeLessThanOrEqual(1));
    expect(onRetry).not.toHaveBeenCalled();
    await advance(60_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces the schedule once: the ticking text is hidden from assistive technology', async () => {
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    const first = heard();
    expect(first).toContain('Trying again in 5 s');
    expect(first).toContain('Attempt 1 of 3');
    const seenAlong = new Set([seen()]);
    await advance(4900, 100, () => {
      expect(heard()).toBe(first);
      seenAlong.add(seen());
    });
    expect(seenAlong.size).toBe(5); // the visible line did tick
    await advance(100, 1);
    // The outcome is announced: the retry is running.
    expect(heard()).toContain('Trying again… Attempt 1 of 3');
  });

  it('Cancel stops it: no retry, no timer, and the person can still try by hand', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />);
    await advance(2000);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Automatic retries stopped.')).toBeVisible();
    expect(seen()).not.toMatch(/Trying again in/);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    await advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('Retry now runs it at once, and only once', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />);
    await advance(2000);
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    const busy = screen.getByRole('button', { name: 'Trying again…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(busy);
    await advance(60_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('three failures end in the exhausted message; Try again starts over', async () => {
    const onRetry = vi.fn(() => Promise.reject(r503()));
    render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />);
    await advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(seen()).toContain('Trying again in 5 s · Attempt 2 of 3');
    await advance(10_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getByText(EXHAUSTED)).toBeVisible();
    expect(heard()).toContain(EXHAUSTED);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await advance(60_000, 1000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(4);
    expect(seen()).toContain('Trying again… Attempt 1 of 3');
    await advance(100, 1);
    expect(seen()).toContain('Trying again in 5 s · Attempt 2 of 3');
  });

  it('never retries a POST on its own, but offers a manual retry', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} method="POST" onRetry={onRetry} autoRetry />);
    expect(seen()).not.toMatch(/Trying again in|Attempt/);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    await advance(60_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does retry a POST marked idempotent', async () => {
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503()} method="POST" idempotent onRetry={onRetry} autoRetry />);
    expect(seen()).toContain('Trying again in 5 s');
    await advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('moves keyboard focus to the retry button when Cancel disappears', () => {
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
  });

  it('stays dismissed while a shared controller counts down', async () => {
    render(<Shared input={r503()} onDismiss={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(TITLE)).toBeNull();
    await advance(1000);
    expect(screen.queryByText(TITLE)).toBeNull();
  });

  it('leaves no timer behind after unmount', async () => {
    const onRetry = vi.fn(pending);
    const { unmount } = render(<StatusAlert status={r503()} onRetry={onRetry} autoRetry />);
    await advance(1500);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onRetry).not.toHaveBeenCalled();
  });
});

/** An app that shares one controller, as the design allows. */
function Shared({ input, onDismiss }: { input: unknown; onDismiss?: () => void }) {
  const controller = useConnectStatus(input, { onRetry: pending, autoRetry: true });
  return <StatusAlert controller={controller} onDismiss={onDismiss} />;
}

describe('StatusAlert retry: nothing shown too early, nothing contradicting the countdown', () => {
  it('renders nothing for a shared controller that has no status yet', () => {
    render(<Shared input={null} />);
    expect(screen.queryByText('Something went wrong')).toBeNull();
  });

  it('does not contradict the countdown with a fixed "Try again in 5 s."', async () => {
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    await advance(3000);
    expect(seen()).toContain('Trying again in 2 s');
    expect(seen()).not.toContain('Try again in 5 s.');
  });
});
