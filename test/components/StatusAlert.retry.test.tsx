import { fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
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
/** Everything in the region, visible or visually hidden, whitespace collapsed. */
const everything = () => (region().textContent ?? '').replace(/\s+/g, ' ').trim();

/** A time of day as the twin names it, in English ("10:32:15 AM"), whitespace collapsed. */
const clock = (at: Date) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', second: '2-digit' })
    .format(at)
    .replace(/\s+/g, ' ');
/** 10:32:10 local time: a retry 5 s later is due at 10:32:15. */
const TEN_32_10 = new Date(2026, 2, 2, 10, 32, 10);
const pause = (s: number) => `Try again after the ${s} s pause the service asked for.`;

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
    vi.setSystemTime(TEN_32_10);
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    const first = heard();
    expect(first).toContain(`Trying again at ${clock(new Date(2026, 2, 2, 10, 32, 15))}`);
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

  it('while retrying, the busy button says so and the line beside it adds only the attempt', async () => {
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    await advance(5000);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeVisible();
    // Said once on screen, by the button; the line is the attempt.
    expect(seen().match(/Trying again/g)).toHaveLength(1);
    expect(screen.getByText('Attempt 1 of 3')).toBeVisible();
    // Screen readers hear the line, not the button (its row is aria-live="off"): all of it.
    expect(heard()).toContain('Trying again… Attempt 1 of 3');
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
    expect(seen()).toContain('Attempt 1 of 3');
    expect(heard()).toContain('Trying again… Attempt 1 of 3');
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

  it('does not repeat the pause the service asked for beside the countdown', async () => {
    render(<StatusAlert status={r503()} onRetry={vi.fn(pending)} autoRetry />);
    await advance(3000);
    expect(seen()).toContain('Trying again in 2 s');
    expect(seen()).not.toContain(pause(5));
  });
});

describe('StatusAlert retry: words that stay true as time passes', () => {
  /** The text left once the advice (a past fact: the pause asked for) is taken out. */
  const withoutAdvice = (text: string, seconds: number) => text.replace(pause(seconds), '');

  it('the twin names the time the retry is due, fixed while the visible figure ticks', async () => {
    vi.setSystemTime(TEN_32_10);
    render(<StatusAlert status={r503('30')} onRetry={vi.fn(pending)} autoRetry />);
    const twin = `Trying again at ${clock(new Date(2026, 2, 2, 10, 32, 40))} · Attempt 1 of 3`;
    expect(heard()).toContain(twin);
    expect(heard()).not.toMatch(/in \d+ s/); // the ticking figure is hidden from it
    expect(seen()).toContain('Trying again in 30 s · Attempt 1 of 3');
    // Announced once: what assistive technology reads never changes while the line ticks.
    await advance(5000, 100, () => expect(heard()).toContain(twin));
    expect(everything()).toContain(twin);
    expect(seen()).toContain('Trying again in 25 s · Attempt 1 of 3');
    expect(seen()).not.toContain('30 s');
  });

  it('after Cancel nothing, visible or visually hidden, claims a countdown figure', async () => {
    vi.setSystemTime(TEN_32_10);
    const onRetry = vi.fn(pending);
    render(<StatusAlert status={r503('3')} onRetry={onRetry} autoRetry />);
    expect(everything()).toMatch(/Trying again in 3 s/);
    await advance(1000);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Automatic retries stopped.')).toBeVisible();
    for (const after of [0, 60_000]) {
      await advance(after, 1000);
      const text = everything();
      // The one figure left is what the service asked for, said as a past fact.
      expect(screen.getByText(pause(3))).toBeVisible();
      expect(withoutAdvice(text, 3)).not.toMatch(/\d+\s*s\b/);
      expect(text).not.toMatch(/\d{1,2}:\d{2}/); // no due time either
      expect(text).not.toMatch(/Trying again/);
    }
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('without onRetry nothing counts, and the advice holds however long it stays', async () => {
    render(<StatusAlert status={r503('3')} />);
    expect(vi.getTimerCount()).toBe(0);
    const before = everything();
    expect(screen.getByText(pause(3))).toBeVisible();
    expect(withoutAdvice(before, 3)).not.toMatch(/\d+\s*s\b/);
    await advance(60_000, 1000);
    expect(everything()).toBe(before);
  });

  it('server-rendered, the advice says what the service asked for and nothing counts', () => {
    const html = renderToString(<StatusAlert status={r503('3')} onRetry={pending} autoRetry />);
    expect(html).toContain(pause(3));
    expect(html).not.toMatch(/Trying again/);
    const text = html.replace(/<[^>]*>/g, ' ');
    expect(withoutAdvice(text, 3)).not.toMatch(/\d+\s*s\b/);
  });

  it('says a one-second pause plainly', () => {
    render(<StatusAlert status={r503('1')} />);
    expect(screen.getByText('Try again after the 1 s pause the service asked for.')).toBeVisible();
  });
});
