import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { formatMessage, formatNumber, type PluralForms, pluralOf } from '../../src/i18n/format';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { type Messages, mergeMessages, resolveMessages } from '../../src/i18n/messages';
import { messagesInput, overridesInput, own } from '../components/fuzz-arbitraries';
import { isPluralForms, leaves } from '../support/leaves';

const englishPaths = [...leaves(en).keys()].sort();

/**
 * Complete: the keys of English exactly, every word a non-blank string (a message with a count:
 * the form any count picks), a locale Intl takes.
 */
function expectComplete(catalog: Messages): void {
  const own = leaves(catalog);
  expect([...own.keys()].sort()).toEqual(englishPaths);
  for (const [path, leaf] of own) {
    const texts = isPluralForms(leaf)
      ? [0, 1, 2, 5, 1e6].map((count) => pluralOf(leaf as PluralForms, count, catalog.locale))
      : [leaf];
    for (const text of texts) {
      expect(typeof text, path).toBe('string');
      expect(String(text).trim(), path).not.toBe('');
    }
  }
  expect(Intl.getCanonicalLocales(catalog.locale)).toEqual([catalog.locale]);
  expect(() => new Intl.NumberFormat(catalog.locale)).not.toThrow();
  expect(() => new Intl.DateTimeFormat(catalog.locale)).not.toThrow();
}

/** 1,500 failed items: a count that shows the locale's digit grouping. */
const many = {
  status: 207,
  body: { Errors: Array.from({ length: 1500 }, (_, i) => ({ Id: `i${i}`, Status: 500 })) },
};

describe('locales Intl would choke on', () => {
  it.each([
    ['en_US', 'en-US'],
    ['de_DE.UTF-8', 'de-DE'],
    ['EN-gb', 'en-GB'],
    ['sr_RS@latin', 'sr-RS'],
    ['', undefined],
    ['x', undefined],
    ['C.UTF-8', undefined],
    ['\u202Ede', undefined],
    [42, undefined],
    [null, undefined],
    [['de'], undefined],
    ['de-DE-x-'.repeat(50), undefined],
  ])('reads %j as %j', (given, expected) => {
    // The catalog keeps the tag Intl formats with, and English's where there is none.
    expect(resolveMessages({ locale: given }).locale).toBe(expected ?? 'en');
  });

  it.each(['en_US', 'de_DE.UTF-8', '', 'x', 42, null])(
    'a provider with locale %j renders, in words and numbers',
    (locale) => {
      const ui = (
        <ConnectStatusProvider overrides={{ locale } as never}>
          <StatusBadge status={many} />
          <StatusAlert status={many} />
        </ConnectStatusProvider>
      );
      expect(() => renderToString(ui)).not.toThrow();
      render(ui);
      // POSIX German formats German numbers; everything unusable falls back to English.
      const count = locale === 'de_DE.UTF-8' ? '1.500' : '1,500';
      expect(screen.getAllByText(`${count} failed`)).toHaveLength(2);
    },
  );

  it('falls back to the catalog’s own locale, then to English', () => {
    expect(resolveMessages(de, { locale: 'x' }).locale).toBe('de');
    expect(resolveMessages({ ...de, locale: 'x' }, { locale: 'nope!' }).locale).toBe('en');
    expect(resolveMessages({ ...de, locale: 'x' }).states['404']).toEqual(de.states['404']);
  });
});

describe('catalogs that are not catalogs', () => {
  it.each([null, undefined, {}, 'de', 42, [], () => de])(
    'messages=%j: English, complete',
    (messages) => {
      const catalog = resolveMessages(messages);
      expect(catalog).toBe(en);
      render(
        <ConnectStatusProvider messages={messages as never}>
          <StatusBadge status={404} />
        </ConnectStatusProvider>,
      );
      expect(screen.getByText(en.states['404'].label)).toBeVisible();
    },
  );

  it('a word missing, blank or not a string falls back to the catalog’s, then English', () => {
    const broken = structuredClone(de) as unknown as Record<string, Record<string, unknown>>;
    (broken.states as Record<string, Record<string, unknown>>)['404'] = {
      label: 42,
      title: '   ',
      message: ['x'],
    };
    delete broken.ui?.copy;
    const catalog = resolveMessages(broken, {
      states: { '404': { label: '', advice: { text: 'no' } } },
      ui: { retry: null, dismiss: 'Schließen' },
    });
    expectComplete(catalog);
    expect(catalog.locale).toBe('de');
    expect(catalog.states['404']).toEqual({ ...en.states['404'] });
    expect(catalog.states['503']).toEqual(de.states['503']);
    expect(catalog.ui.copy).toBe(en.ui.copy);
    expect(catalog.ui.retry).toBe(de.ui.retry);
    expect(catalog.ui.dismiss).toBe('Schließen');
  });

  it('overrides of any shape: arrays, numbers, `__proto__` keys, throwing getters', () => {
    const hostile = [
      [],
      42,
      'de',
      { states: [] },
      { states: { '404': [] }, ui: 'x' },
      own([
        ['__proto__', { polluted: true }],
        ['states', own([['__proto__', { label: 'x' }]])],
      ]),
      JSON.parse('{"ui":{"__proto__":{"retry":"polluted"}},"__proto__":{"polluted":1}}'),
      {
        get states(): unknown {
          throw new Error('getter');
        },
      },
      new Proxy(
        {},
        {
          get() {
            throw new Error('proxy');
          },
        },
      ),
    ];
    for (const overrides of hostile) {
      const catalog = resolveMessages(de, overrides);
      expectComplete(catalog);
      expect(catalog.states).toEqual(de.states);
      expect(catalog.ui).toEqual(de.ui);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('a proxy or a getter that throws in place of the catalog reads as English', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('proxy');
        },
      },
    );
    expectComplete(resolveMessages(trap));
    expect(resolveMessages(trap).states).toEqual(en.states);
  });

  it('is cached per (messages, overrides) pair, and keeps a complete catalog as it is', () => {
    const overrides = { ui: { retry: 'Nochmal' } };
    expect(resolveMessages(de, overrides)).toBe(resolveMessages(de, overrides));
    expect(resolveMessages(de, { ...overrides })).not.toBe(resolveMessages(de, overrides));
    expect(resolveMessages(de)).toBe(de);
    expect(resolveMessages(en)).toBe(en);
    expect(mergeMessages(de, overrides).ui.retry).toBe('Nochmal');
    const copy = structuredClone(de);
    expect(resolveMessages(copy)).toBe(copy);
  });

  it('makes any messages and overrides complete (2,000 random pairs)', () => {
    fc.assert(
      fc.property(messagesInput, overridesInput, (messages, overrides) => {
        expectComplete(resolveMessages(messages, overrides));
      }),
      { numRuns: 2_000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, 60_000);
});

describe('formatNumber, and formatMessage, which is total', () => {
  it('formats numbers in the catalog’s locale', () => {
    // The locale always comes from a complete catalog, where only a tag Intl takes is kept:
    // an unusable one never gets here (see 'locales Intl would choke on').
    expect(formatNumber(1500, 'de')).toBe('1.500');
    expect(formatNumber(1500, 'en')).toBe('1,500');
  });

  it('gives "" for a template that is not a string and keeps placeholders it cannot fill', () => {
    for (const template of [undefined, null, 42, {}, ['{a}'], Symbol('t')]) {
      expect(formatMessage(template as never, { a: 1 })).toBe('');
    }
    expect(formatMessage('{a} and {b}', null as never)).toBe('{a} and {b}');
    const throwing = {
      toString() {
        throw new Error('toString');
      },
    };
    expect(formatMessage('{a}: {b}', { a: throwing, b: 2 } as never)).toBe('{a}: 2');
    expect(formatMessage('{__proto__}', own([['__proto__', 'x']]) as never)).toBe('x');
    expect(formatMessage('{constructor}', {})).toBe('{constructor}');
  });

  it('gives a message with a count in its `other` form, never a blank', () => {
    expect(formatMessage(en.ui.exhausted, { max: 3 })).toBe(
      'Still not working after 3 tries. Check the service status, or contact support.',
    );
    // The form for a count is picked first (Intl.PluralRules): here English's `one`.
    const forms = en.ui.exhausted as PluralForms;
    expect(formatMessage(pluralOf(forms, 1, 'en'), { max: 1 })).toMatch(/after 1 try\./);
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('proxy');
        },
      },
    );
    expect(formatMessage(trap as never, {})).toBe('');
  });
});
