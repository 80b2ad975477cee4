import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import type { ConnectStatus } from '../../src/hooks/useConnectStatus';
import { describeStatus } from '../../src/i18n/describe';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { es } from '../../src/i18n/locales/es';
import { fr } from '../../src/i18n/locales/fr';
import { ja } from '../../src/i18n/locales/ja';
import { type Messages, resolveMessages } from '../../src/i18n/messages';
import { retryLine } from '../../src/i18n/words';
import { Providers } from '../readme/snippets/own-words';

/*
 * A message with a count ("after 1 try", "after 3 tries") in the form the reader's language
 * uses for that count, as Intl.PluralRules picks it: in our catalogs and in an app's own.
 */

const exhausted = (attempt: number) =>
  ({ retryState: 'exhausted', attempt, maxAttempts: attempt }) as const;

/** The line an alert shows once `attempt` retries ran out, in `messages`. */
const lineAfter = (attempt: number, messages: Messages) => retryLine(exhausted(attempt), messages);

describe('the retries ran out, in the form the count asks for', () => {
  it.each([
    ['en', en, 1, 'Still not working after 1 try.'],
    ['en', en, 3, 'Still not working after 3 tries.'],
    ['de', de, 1, 'Nach 1 Versuch klappt es noch immer nicht.'],
    ['de', de, 3, 'Nach 3 Versuchen klappt es noch immer nicht.'],
    ['fr', fr, 1, 'Toujours en échec après 1 tentative.'],
    ['fr', fr, 3, 'Toujours en échec après 3 tentatives.'],
    ['es', es, 1, 'Sigue sin funcionar tras 1 intento.'],
    ['es', es, 3, 'Sigue sin funcionar tras 3 intentos.'],
    ['ja', ja, 1, '1 回試しても解決しません。'],
    ['ja', ja, 3, '3 回試しても解決しません。'],
  ])('%s after %i', (_name, messages, attempt, start) => {
    expect(lineAfter(attempt, messages).startsWith(start)).toBe(true);
  });

  it('an alert whose one retry failed says "1 try", in the provider’s language too', () => {
    const controller = {
      ...exhausted(1),
      descriptor: describeStatus(503),
      canRetry: true,
      retry: () => {},
    } as unknown as ConnectStatus;
    const { rerender } = render(<StatusAlert controller={controller} />);
    expect(screen.getByRole('status')).toHaveTextContent('Still not working after 1 try.');
    rerender(
      <ConnectStatusProvider messages={de}>
        <StatusAlert
          controller={{ ...controller, descriptor: describeStatus(503, { messages: de }) }}
        />
      </ConnectStatusProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nach 1 Versuch klappt es noch immer nicht.',
    );
  });
});

describe('a message with a count in an app’s own catalog', () => {
  it('the guide’s overrides: German, with forms of the app’s own', () => {
    const controller = (attempt: number) =>
      ({
        ...exhausted(attempt),
        descriptor: describeStatus(503, { messages: de }),
      }) as unknown as ConnectStatus;
    const { rerender } = render(
      <Providers>
        <StatusAlert controller={controller(1)} />
      </Providers>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nach einem Versuch geht es noch immer');
    rerender(
      <Providers>
        <StatusAlert controller={controller(3)} />
      </Providers>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nach 3 Versuchen geht es noch immer');
  });

  it('keeps forms English has none of, and picks them by the language’s rules (Polish)', () => {
    const pl = resolveMessages({
      locale: 'pl',
      ui: {
        exhausted: {
          one: 'Nadal nie działa po {max} próbie.',
          few: 'Nadal nie działa po {max} próbach (few).',
          many: 'Nadal nie działa po {max} próbach (many).',
          other: 'Nadal nie działa po {max} próby.',
        },
      },
    });
    expect(lineAfter(1, pl)).toBe('Nadal nie działa po 1 próbie.');
    expect(lineAfter(2, pl)).toBe('Nadal nie działa po 2 próbach (few).');
    expect(lineAfter(5, pl)).toBe('Nadal nie działa po 5 próbach (many).');
  });

  it('takes one text for every count as it is (a catalog written before plural forms)', () => {
    const catalog = resolveMessages(de, { ui: { exhausted: 'Nach {max} Versuchen: Pech.' } });
    expect(lineAfter(1, catalog)).toBe('Nach 1 Versuchen: Pech.');
    expect(lineAfter(3, catalog)).toBe('Nach 3 Versuchen: Pech.');
  });

  it('takes the forms whole: one it lacks reads as its own `other`, never as another catalog’s', () => {
    const catalog = resolveMessages(en, { ui: { exhausted: { other: 'Gave up after {max}.' } } });
    expect(lineAfter(1, catalog)).toBe('Gave up after 1.');
    // A form that is no text reads as `other` too.
    const junk = resolveMessages(en, {
      ui: { exhausted: { one: 42, other: 'Gave up after {max}.' } },
    });
    expect(lineAfter(1, junk)).toBe('Gave up after 1.');
    // Forms without a text `other` are no message: the catalog's own stands.
    const none = resolveMessages(de, { ui: { exhausted: { one: 'Einmal.' } } });
    expect(lineAfter(1, none)).toBe(lineAfter(1, de));
  });

  it('whatever an app gives, the line is text for any count (property)', () => {
    const form = fc.oneof(fc.string(), fc.anything());
    const given = fc.oneof(
      fc.anything(),
      fc.record(
        { zero: form, one: form, two: form, few: form, many: form, other: form },
        { requiredKeys: [] },
      ),
    );
    const locale = fc.constantFrom('en', 'de', 'fr', 'pl', 'ar', 'ja', 'x-junk', '');
    fc.assert(
      fc.property(given, locale, fc.integer({ min: 0, max: 100 }), (exhaustedGiven, tag, count) => {
        const catalog = resolveMessages({ locale: tag, ui: { exhausted: exhaustedGiven } });
        const line = lineAfter(count, catalog);
        expect(typeof line).toBe('string');
        expect(line.trim()).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});
