import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { en, StatusAlert } from '../../src';
import { renderOnServer, setUpHydration } from './hydrate';

setUpHydration();
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T14:00:00Z') });
  return () => vi.useRealTimers();
});

/** Server at `now`, browser `skewMs` later: as when the page is hydrated a moment after. */
function hydrateLater(status: unknown, skewMs: number) {
  const html = renderOnServer(<StatusAlert status={status} />);
  vi.setSystemTime(Date.now() + skewMs);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const complaints: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => complaints.push(args));
  act(() => {
    hydrateRoot(container, <StatusAlert status={status} />, {
      onRecoverableError: (error) => complaints.push(error),
    });
  });
  return { html, container, complaints };
}

describe('words that depend on the clock', () => {
  it('a Retry-After date hydrates without a mismatch, then names the exact wait', () => {
    const at = new Date(Date.now() + 20_000).toUTCString();
    const { html, container, complaints } = hydrateLater(
      { status: 503, headers: { 'Retry-After': at } },
      2000,
    );
    expect(complaints).toEqual([]);
    expect(html).toContain(en.states['503'].advice);
    // The moment the date names, which no clock running on can make untrue.
    const time = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(at));
    expect(container).toHaveTextContent(`Try again after ${time}.`);
  });

  it('a wait beyond an hour names the time of day only in the browser', () => {
    const at = new Date(Date.now() + 2 * 3600_000).toUTCString();
    const { html, container, complaints } = hydrateLater(
      { status: 503, headers: { 'Retry-After': at } },
      1000,
    );
    expect(complaints).toEqual([]);
    expect(html).not.toContain('Try again after');
    expect(container).toHaveTextContent(/Try again after \d{1,2}:\d{2}/);
  });
});
