import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type ConnectStatus, describeStatus, StatusBadge } from '../../src';
import '../../src/styles.css';

/*
 * A badge in a table cell counts down every second: its width must not change with each tick,
 * or the whole column reflows. Laid out by Chromium with the shipped CSS, at each size, in both
 * directions. The controllers are hand-built (an app's own retry loop may do the same).
 */

const scheduled = (retryInMs: number): ConnectStatus => ({
  descriptor: describeStatus(503),
  retryState: 'scheduled',
  attempt: 1,
  maxAttempts: 3,
  retryInMs,
  delayMs: 99_000,
  retryAt: Date.now() + retryInMs,
  waitingForConnection: false,
  canRetry: true,
  willAutoRetry: true,
  retry: () => {},
  cancel: () => {},
});

const TICKS = [1000, 5000, 9000, 10_000, 42_000, 99_000];

describe.each(['sm', 'md', 'lg'] as const)('a counting %s badge', (size) => {
  it.each(['ltr', 'rtl'])('keeps its width from 99 s down to 1 s (%s)', (dir) => {
    render(
      <div dir={dir}>
        {TICKS.map((ms) => (
          <div key={ms}>
            <StatusBadge controller={scheduled(ms)} size={size} data-testid={`at ${ms}`} />
          </div>
        ))}
      </div>,
    );
    const widths = TICKS.map((ms) => screen.getByTestId(`at ${ms}`).getBoundingClientRect().width);
    expect(new Set(widths).size, widths.join(', ')).toBe(1);
    // And it shows the seconds: the width is not held by an empty box.
    expect(screen.getByTestId('at 9000')).toHaveTextContent('↻ 9 s');
    expect(screen.getByTestId('at 99000')).toHaveTextContent('↻ 99 s');
  });
});
