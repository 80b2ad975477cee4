import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import type { ConnectError } from '../../src/core/types';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import type { Messages } from '../../src/i18n/messages';
import { withFakeClockAndNoJitter } from '../support/fake-clock';

// The service's own words: shown as they came, in no locale of ours.
const server = { operationId: 'op-7f3a9c', reason: 'ERR_NODE_CAPACITY node-4', ids: 'abcdefg' };

const items = [...server.ids].map((id, index) => ({
  id: `item-${id}`,
  status: index % 2 ? 500 : 503,
}));
/**
 * A 503 with Retry-After, an operation id, a reason and 1,234 of 2,000 items failed, one of them
 * known only by its place in the request.
 */
const failure: ConnectError = {
  kind: 'connect-error',
  status: 503,
  retryAfter: '30',
  operationId: server.operationId,
  reason: server.reason,
  partial: {
    succeeded: 766,
    failed: 1234,
    items: [...items, { status: 503 }, { position: 1234, status: 500 }],
    groups: [
      { status: 503, count: 1000 },
      { status: 500, count: 234 },
    ],
  },
};

function Alert({ messages }: { messages: Messages }) {
  return (
    <ConnectStatusProvider messages={messages}>
      <StatusAlert
        status={failure}
        onRetry={() => new Promise(() => {})}
        autoRetry
        onDismiss={() => {}}
      />
    </ConnectStatusProvider>
  );
}

/** Every piece of text a person can see or hear: text nodes, hidden twins, and aria-labels. */
function words(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.push(node.textContent ?? '');
  }
  for (const labelled of root.querySelectorAll('[aria-label]')) {
    found.push(labelled.getAttribute('aria-label') ?? '');
  }
  const serverText = new Set([server.operationId, server.reason, ...items.map((item) => item.id)]);
  // Numbers, codes and punctuation are not words to translate.
  return found
    .map((text) => text.trim())
    .filter((text) => /\p{L}{2}/u.test(text) && !serverText.has(text));
}

withFakeClockAndNoJitter();

describe('switching the locale', () => {
  it('changes every visible string of an alert with a countdown, details and a partial summary', () => {
    const { container, rerender } = render(<Alert messages={en} />);
    const english = words(container);
    // The English alert shows all the parts, so the comparison below covers each of them.
    for (const part of [
      'Service temporarily unavailable',
      'Retry now',
      'Cancel',
      'Dismiss',
      'Details from the service',
      '1,234 of 2,000 failed',
      '1,000 with code 503',
      'Show 4 more',
      'Item',
      'Item 1,234',
    ]) {
      expect(english).toContain(part);
    }
    expect(english.some((text) => text.startsWith('Trying again in 30 s'))).toBe(true);
    // The countdown's twin for screen readers names the time the retry is due.
    expect(english.some((text) => text.startsWith('Trying again at '))).toBe(true);

    rerender(<Alert messages={de} />);
    const german = words(container).join('\n');
    for (const text of english) expect(german).not.toContain(text);
    // …and the German is really there, with German number formatting.
    for (const part of [
      'Warnung',
      'Dienst vorübergehend nicht verfügbar',
      'Neuer Versuch in 30 s · Versuch 1 von 3',
      'Angaben des Dienstes',
      '1.234 von 2.000 fehlgeschlagen',
      '1.000 mit Code 503',
      '4 weitere anzeigen',
      'Eintrag',
      'Eintrag 1.234',
      'Neuer Versuch um ',
    ]) {
      expect(german).toContain(part);
    }
    expect(screen.getByRole('button', { name: 'Jetzt versuchen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeVisible();
  });
});
