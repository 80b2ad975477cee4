import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { describeStatus } from '../../src/i18n/describe';
import { formatMessage } from '../../src/i18n/format';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { mergeMessages } from '../../src/i18n/messages';

describe('ConnectStatusProvider', () => {
  it('speaks English without a provider', () => {
    render(<StatusBadge status={503} />);
    expect(screen.getByText('Unavailable')).toBeVisible();
  });

  it('switches every component below it to another locale', () => {
    render(
      <ConnectStatusProvider messages={de}>
        <StatusBadge status={404} />
        <StatusAlert status={401} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByText('Nicht gefunden')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Fehler: Ihre Sitzung ist abgelaufen');
  });

  it('overrides one state’s words, keeping the rest of that state and locale', () => {
    render(
      <ConnectStatusProvider
        messages={de}
        overrides={{ states: { '503': { title: 'Wartungsfenster bis 18 Uhr' } } }}
      >
        <StatusAlert status={503} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByText('Wartungsfenster bis 18 Uhr')).toBeVisible();
    expect(screen.getByText(de.states['503'].message)).toBeVisible();
  });

  it('overrides a UI string, such as a button label', () => {
    render(
      <ConnectStatusProvider overrides={{ ui: { retry: 'Reload the list' } }}>
        <StatusAlert status={500} onRetry={() => {}} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByRole('button', { name: 'Reload the list' })).toBeVisible();
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{failed} of {total} failed', { failed: 3, total: 5 })).toBe(
      '3 of 5 failed',
    );
    expect(formatMessage('Code {code}', {})).toBe('Code {code}');
  });

  it('merges partial overrides into a complete catalog and ignores unknown states', () => {
    const merged = mergeMessages(en, {
      locale: 'en-GB',
      states: { '404': { label: 'Missing' }, nope: { label: 'x' } } as never,
    });
    expect(merged.locale).toBe('en-GB');
    expect(merged.states['404']).toEqual({ ...en.states['404'], label: 'Missing' });
    expect(merged.states).not.toHaveProperty('nope');
    expect(mergeMessages(en)).toBe(en);
  });
});

describe('numbers and times follow the locale (Intl)', () => {
  // Local noon, so a wait of two hours stays on the same day wherever the test runs.
  const now = new Date(2026, 0, 15, 12, 0).getTime();
  const longWait = { status: 503, headers: { 'Retry-After': '7200' } };

  it('names a long wait as a time of day in each locale’s own format', () => {
    expect(describeStatus(longWait, { now, messages: en }).retry.advice).toMatch(
      /^Try again after 2:00\sPM\.$/u,
    );
    expect(describeStatus(longWait, { now, messages: de }).retry.advice).toBe(
      'Versuchen Sie es ab 14:00 erneut.',
    );
  });

  it('formats counts with the locale’s digit grouping', () => {
    const body = { Errors: Array.from({ length: 1500 }, (_, i) => ({ Id: `i${i}`, Status: 500 })) };
    const input = { status: 207, body };
    render(
      <ConnectStatusProvider messages={de}>
        <StatusBadge status={input} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByText('1.500 fehlgeschlagen')).toBeVisible();
  });
});
