import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The longest wait a Retry-After may ask for: 100 years of 365.25 days, in ms. */
const MAX_RETRY_AFTER_MS = 3_155_760_000_000;

import type { StatusDescriptor } from '../../src/core/types';
import { describeStatus } from '../../src/i18n/describe';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import type { Messages } from '../../src/i18n/messages';

// Local noon on Thursday 26 November 2026 (no daylight-saving change within weeks of it), so
// the expected words hold in any time zone the tests run in.
const now = new Date(2026, 10, 26, 12, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A 503 whose Retry-After is an HTTP-date `ms` from now. */
const after = (ms: number) => ({
  status: 503,
  headers: { 'Retry-After': new Date(now + ms).toUTCString() },
});
/** Newer ICU versions put a narrow no-break space before AM/PM. */
const spaced = (text: string) => text.replace(/\s/g, ' ');
const advice = (ms: number, messages: Messages = en) =>
  spaced(describeStatus(after(ms), { now, messages }).retry.advice);

function expectComplete(descriptor: StatusDescriptor) {
  for (const text of [
    descriptor.label,
    descriptor.title,
    descriptor.message,
    descriptor.retry.advice,
  ]) {
    expect(typeof text).toBe('string');
    expect(text.length).toBeGreaterThan(0);
  }
  expect(Number.isInteger(descriptor.code)).toBe(true);
  expect(typeof descriptor.retry.retryable).toBe('boolean');
}

describe('far Retry-After waits', () => {
  it('does not throw for Retry-After seconds past the range of a Date', () => {
    for (const seconds of ['8639000000000', '8640000000001', '9'.repeat(40), '9'.repeat(200)]) {
      const input = { status: 503, headers: { 'Retry-After': seconds } };
      const descriptor = describeStatus(input, { now });
      expect(descriptor.key).toBe('503');
      expect(descriptor.retry.afterMs).toBe(MAX_RETRY_AFTER_MS);
      expect(descriptor.retry.notBefore).toBe(now + MAX_RETRY_AFTER_MS);
      // 100 years (of 365.25 days) ahead: the date, with its year.
      expect(spaced(descriptor.retry.advice)).toMatch(/^Try again after Nov 2\d, 2126, /);
    }
    // A header longer than the 200 characters a ConnectError keeps is cut, so it names no wait.
    const cut = describeStatus({ status: 503, headers: { 'Retry-After': '9'.repeat(400) } });
    expect(cut.retry).toStrictEqual({ retryable: true, advice: en.states['503'].advice });
  });

  it('names the time on the same day, the weekday within six days, else the date', () => {
    expect(advice(2 * HOUR)).toBe('Try again after 2:00 PM.');
    expect(advice(DAY)).toBe('Try again after Fri 12:00 PM.');
    expect(advice(6 * DAY)).toBe('Try again after Wed 12:00 PM.');
    // A week ahead is Thursday again: the date says which one.
    expect(advice(7 * DAY)).toBe('Try again after Dec 3, 12:00 PM.');
    expect(advice(40 * DAY)).toBe('Try again after Jan 5, 2027, 12:00 PM.');
  });

  it('does the same in German', () => {
    expect(advice(2 * HOUR, de)).toBe('Versuchen Sie es ab 14:00 erneut.');
    expect(advice(DAY, de)).toBe('Versuchen Sie es ab Fr., 12:00 erneut.');
    expect(advice(7 * DAY, de)).toBe('Versuchen Sie es ab 3. Dez., 12:00 erneut.');
    expect(advice(40 * DAY, de)).toBe('Versuchen Sie es ab 5. Jan. 2027, 12:00 erneut.');
  });

  it('counts calendar days, not 24-hour periods', () => {
    // 23:30 → 11:30 the next day is 12 hours later but another day.
    const late = new Date(2026, 10, 26, 23, 30).getTime();
    const next = { status: 503, headers: { 'Retry-After': String(12 * 3600) } };
    const descriptor = describeStatus(next, { now: late, longCapMs: HOUR });
    expect(spaced(descriptor.retry.advice)).toBe('Try again after Fri 11:30 AM.');
  });

  it('reads a POSIX locale name as the tag it names', () => {
    const messages = { ...de, locale: 'de_DE.UTF-8' } as unknown as Messages;
    expect(advice(2 * HOUR, messages)).toBe('Versuchen Sie es ab 14:00 erneut.');
  });

  it('formats with English when Intl rejects the locale', () => {
    for (const locale of ['en_US.x_y', '', 'x', 42, null]) {
      const messages = { ...de, locale } as unknown as Messages;
      expect(advice(2 * HOUR, messages)).toBe('Versuchen Sie es ab 2:00 PM erneut.');
      const short = { status: 503, headers: { 'Retry-After': '1234' } };
      expect(describeStatus(short, { now, messages, longCapMs: DAY }).retry.advice).toBe(
        'Der Dienst hat um 1,234 s Pause gebeten. Versuchen Sie es danach erneut.',
      );
    }
  });

  it('treats a now option no Date can hold as the clock', () => {
    for (const odd of [8.64e15, -8.64e15, 1e300, -1e300, Number.MAX_VALUE]) {
      const descriptor = describeStatus(
        { status: 503, headers: { 'Retry-After': String(MAX_RETRY_AFTER_MS / 1000) } },
        { now: odd },
      );
      expect(descriptor.key).toBe('503');
      expectComplete(descriptor);
    }
  });

  it('keeps the state advice when the instant cannot be named', () => {
    // The last representable instant plus the longest wait is no Date.
    const edge = 8.64e15;
    const input = { status: 503, headers: { 'Retry-After': '8639000000000' } };
    const descriptor = describeStatus(input, { now: edge });
    expect(descriptor.retry).toMatchObject({
      retryable: true,
      afterMs: MAX_RETRY_AFTER_MS,
      advice: en.states['503'].advice,
    });
  });

  it('never throws and always describes a far wait (property)', () => {
    const locale = fc.oneof(
      fc.constantFrom('en', 'de', 'en-US', 'en_US', 'de_DE.UTF-8', '', 'x', 'zz'),
      fc.string(),
    );
    const wait = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toUTCString())),
      fc.string(),
    );
    const clock = fc.oneof(
      fc.double(),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(wait, clock, locale, fc.boolean(), (value, at, tag, timeless) => {
        const messages = { ...en, locale: tag };
        const input = { status: 503, headers: { 'Retry-After': value } };
        const descriptor = describeStatus(input, { now: at, messages, timeless });
        expect(descriptor.key).toBe('503');
        expectComplete(descriptor);
        const { afterMs, notBefore } = descriptor.retry;
        if (afterMs !== undefined) {
          expect(Number.isSafeInteger(afterMs) && afterMs <= MAX_RETRY_AFTER_MS).toBe(true);
        }
        if (notBefore !== undefined) expect(Number.isFinite(notBefore)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('describeStatus is total', () => {
  it('falls back to English word by word for a forged catalog', () => {
    const forged = {
      locale: 'de',
      states: { '404': { label: 7, title: 'Nicht gefunden', message: null, advice: '  ' } },
      ui: { tryAfter: 3 },
    } as unknown as Messages;
    const descriptor = describeStatus(404, { messages: forged });
    expect(descriptor).toMatchObject({
      key: '404',
      label: en.states['404'].label,
      title: 'Nicht gefunden',
      message: en.states['404'].message,
    });
    expect(descriptor.retry.advice).toBe(en.states['404'].advice);
    // A state the catalog lacks, and the UI template it lacks, come from English.
    const far = describeStatus(after(2 * HOUR), { now, messages: forged });
    expect(far.title).toBe(en.states['503'].title);
    expect(spaced(far.retry.advice)).toBe('Try again after 14:00.');
  });

  it('survives catalogs that throw, and options that are not objects', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { get: boom, ownKeys: boom }) as Messages;
    expect(describeStatus(503, { messages: hostile }).title).toBe(en.states['503'].title);
    const statesThrow = Object.defineProperty({ locale: 'en' }, 'states', { get: boom });
    expect(describeStatus(401, { messages: statesThrow as Messages }).key).toBe('401');
    for (const options of [null, 42, 'x', [], () => 1]) {
      const descriptor = describeStatus(404, options as never);
      expect(descriptor).toMatchObject({ key: '404', title: en.states['404'].title });
    }
    expect(describeStatus(404, { messages: 'de' as unknown as Messages }).title).toBe(
      en.states['404'].title,
    );
  });

  it('gives the English unknown state when anything else goes wrong', () => {
    const options = Object.defineProperty({}, 'now', {
      get() {
        throw new Error('clock broke');
      },
    });
    expect(describeStatus(503, options)).toStrictEqual({
      key: 'unknown',
      code: 0,
      label: en.states.unknown.label,
      title: en.states.unknown.title,
      message: en.states.unknown.message,
      severity: 'error',
      nextStep: 'contact-support',
      retry: { retryable: false, advice: en.states.unknown.advice },
    });
  });

  it('never throws for any options (property)', () => {
    const catalog = fc.oneof(
      fc.anything(),
      fc.record({
        locale: fc.anything(),
        states: fc.dictionary(fc.constantFrom('503', '404', 'unknown', 'x'), fc.anything()),
        ui: fc.dictionary(fc.constantFrom('tryAfter', 'waitSeconds'), fc.anything()),
      }),
    );
    const options = fc.record(
      {
        messages: catalog,
        now: fc.oneof(fc.double(), fc.anything()),
        longCapMs: fc.oneof(fc.double(), fc.anything()),
        method: fc.anything(),
        timeless: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.constantFrom(503, 404, 429, 200),
      fc.record({
        status: fc.constantFrom(503, 429),
        headers: fc.record({ 'retry-after': fc.oneof(fc.nat().map(String), fc.string()) }),
      }),
    );
    fc.assert(
      fc.property(input, options, (value, opts) =>
        expectComplete(describeStatus(value, opts as never)),
      ),
      { numRuns: 500 },
    );
  });
});
