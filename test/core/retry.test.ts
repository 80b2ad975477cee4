import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusFacts } from '../../src/core/facts';
import {
  defaultRetryPolicy,
  isLongWait,
  isSafeToRepeat,
  parseRetryAfter,
  type RetryPolicy,
  resolveRetryPolicy,
  retryAfterFromHeaders,
  retryDelay,
} from '../../src/core/retry';

/** The longest wait a Retry-After may ask for: 100 years of 365.25 days, in ms. */
const MAX_RETRY_AFTER_MS = 3_155_760_000_000;

// One minute before the RFC 9110 example instant, so every example form means 60 s.
const EXAMPLE = Date.UTC(1994, 10, 6, 8, 49, 37);
const NOW = EXAMPLE - 60_000;
const ALMOST_ONE = 1 - Number.EPSILON;
const at = (r: number) => () => r;

describe('parseRetryAfter', () => {
  it('reads delay-seconds as milliseconds', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('007')).toBe(7000);
    expect(parseRetryAfter('  30 \t')).toBe(30_000);
    expect(parseRetryAfter(5)).toBe(5000);
    expect(Object.is(parseRetryAfter(-0), 0)).toBe(true);
  });

  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
    ['padded', '  Sun, 06 Nov 1994 08:49:37 GMT  '],
    ['lower case', 'sun, 06 nov 1994 08:49:37 GMT'],
  ])('reads the %s date form relative to now', (_, value) => {
    expect(parseRetryAfter(value, NOW)).toBe(60_000);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', EXAMPLE + 5000)).toBe(0);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', Date.UTC(2025, 0, 1))).toBe(0);
  });

  it('gives 0 at the exact instant and rounds a fractional now up', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', EXAMPLE)).toBe(0);
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:37 GMT', EXAMPLE - 0.5)).toBe(1);
  });

  it('reads a two-digit RFC 850 year as at most 50 years ahead', () => {
    const now2025 = Date.UTC(2025, 0, 1);
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now2025)).toBe(0); // 1994, not 2094
    const in2030 = Date.UTC(2030, 10, 6, 8, 49, 37);
    expect(parseRetryAfter('Wednesday, 06-Nov-30 08:49:37 GMT', now2025)).toBe(in2030 - now2025);
  });

  it('accepts a leap second and a year below 100 without mapping it to 19xx', () => {
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:60 GMT', NOW)).toBe(83_000);
    expect(parseRetryAfter('Mon, 01 Jan 0050 00:00:00 GMT', NOW)).toBe(0);
  });

  it('uses Date.now() when now is missing or junk', () => {
    const soon = new Date(Date.now() + 3_600_000).toUTCString();
    for (const now of [undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      const ms = parseRetryAfter(soon, now);
      expect(ms).toBeGreaterThan(3_590_000);
      expect(ms).toBeLessThanOrEqual(3_600_000);
    }
  });

  it.each([
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '-1',
    '1.5',
    '12abc',
    '',
    '   ',
    'tomorrow',
    '1e3',
    '0x10',
    '+5',
    '1 2',
    '٣',
    'Sun, 32 Nov 1994 08:49:37 GMT',
    'Sun, 31 Nov 1994 08:49:37 GMT',
    'Wed, 29 Feb 1995 08:49:37 GMT',
    'Sun, 06 Nov 1994 24:00:00 GMT',
    'Sun, 06 Nov 1994 08:60:00 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 08:49:37',
    'Sun, 06 Nov 1994 08:49:37 PST',
    'Sunday, 06-Nov-1994 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994 GMT',
    'Funday, 06 Nov 1994 08:49:37 GMT',
    '2024-01-01T00:00:00Z',
    null,
    undefined,
    {},
    [],
    ['5'],
    true,
    10n,
    () => 5,
  ])('rejects %s', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('clamps far waits to 100 years, in seconds or as a date', () => {
    const limit = MAX_RETRY_AFTER_MS / 1000;
    expect(parseRetryAfter(String(limit - 1))).toBe(MAX_RETRY_AFTER_MS - 1000);
    for (const far of [
      String(limit),
      '8639000000000',
      String(Math.floor(Number.MAX_SAFE_INTEGER / 1000) + 1),
      '9'.repeat(400),
      Number.MAX_SAFE_INTEGER,
      1e300,
    ]) {
      expect(parseRetryAfter(far, NOW)).toBe(MAX_RETRY_AFTER_MS);
    }
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(Number.isFinite(new Date(Date.now() + MAX_RETRY_AFTER_MS).getTime())).toBe(true);
  });

  it('treats a now no Date can hold as missing', () => {
    const soon = new Date(Date.now() + 60_000).toUTCString();
    for (const now of [1e300, -1e300, 8.64e15 + 1]) {
      const ms = parseRetryAfter(soon, now);
      expect(ms).toBeGreaterThan(58_000);
      expect(ms).toBeLessThanOrEqual(60_000);
    }
  });

  it('never throws and gives undefined or a non-negative integer (property)', () => {
    const ok = (r: number | undefined) => r === undefined || (Number.isSafeInteger(r) && r >= 0);
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.double()), (v, now) =>
        ok(parseRetryAfter(v, now ?? undefined)),
      ),
    );
    fc.assert(fc.property(fc.string(), (v) => ok(parseRetryAfter(v, NOW))));
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) =>
        ok(parseRetryAfter(d.toUTCString(), NOW)),
      ),
    );
  });

  it('reads back any IMF-fixdate it is given (property)', () => {
    const dates = fc.date({
      min: new Date(NOW),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (d) => {
        const whole = Math.floor(d.getTime() / 1000) * 1000;
        return parseRetryAfter(d.toUTCString(), NOW) === Math.min(whole - NOW, MAX_RETRY_AFTER_MS);
      }),
    );
  });
});

describe('retryAfterFromHeaders', () => {
  it('reads Headers objects case-insensitively', () => {
    expect(retryAfterFromHeaders(new Headers({ 'Retry-After': '120' }))).toBe(120_000);
    expect(
      retryAfterFromHeaders(new Headers({ 'retry-after': 'Sun, 06 Nov 1994 08:49:37 GMT' }), NOW),
    ).toBe(60_000);
  });

  it('reads plain objects with odd casing, numbers and arrays', () => {
    expect(retryAfterFromHeaders({ 'RETRY-after': '5' })).toBe(5000);
    expect(retryAfterFromHeaders({ 'Retry-After': 3 })).toBe(3000);
    expect(retryAfterFromHeaders({ 'retry-after': ['7', '9'] })).toBe(7000);
  });

  it('gives undefined when the header is missing or unusable', () => {
    expect(retryAfterFromHeaders(new Headers())).toBeUndefined();
    expect(retryAfterFromHeaders({ 'content-type': 'text/plain' })).toBeUndefined();
    expect(retryAfterFromHeaders({ 'retry-after': 'soon' })).toBeUndefined();
    expect(retryAfterFromHeaders({ 'retry-after': [] })).toBeUndefined();
    expect(retryAfterFromHeaders(null)).toBeUndefined();
    expect(retryAfterFromHeaders(undefined)).toBeUndefined();
  });
});

describe('isSafeToRepeat', () => {
  it.each([
    ['GET', undefined, true],
    ['get', undefined, true],
    [' Head ', undefined, true],
    ['OPTIONS', undefined, true],
    ['PUT', undefined, true],
    ['delete', undefined, true],
    ['TRACE', undefined, true],
    [undefined, undefined, true],
    ['', undefined, true],
    ['  ', undefined, true],
    ['POST', undefined, false],
    ['post', false, false],
    ['PATCH', undefined, false],
    ['CONNECT', undefined, false],
    ['PROPFIND', undefined, false],
    ['POST', true, true],
    ['PATCH', true, true],
    ['PROPFIND', true, true],
    ['GET', false, true],
    [undefined, false, true],
  ] as const)('%j with idempotent=%j → %j', (method, idempotent, expected) => {
    expect(isSafeToRepeat(method, idempotent)).toBe(expected);
  });
});

describe('retryDelay', () => {
  const p = defaultRetryPolicy;

  it('grows a full-jitter backoff up to the cap', () => {
    const policy = resolveRetryPolicy({ maxAttempts: 10 });
    const highs = [0, 1, 2, 3, 4, 5, 6].map((attempt) =>
      retryDelay({ attempt, code: 500 }, policy, at(ALMOST_ONE)),
    );
    expect(highs).toEqual([999, 1999, 3999, 7999, 15_999, 29_999, 29_999]);
    expect(retryDelay({ attempt: 6, code: 500 }, policy, at(1))).toBe(30_000);
    expect(retryDelay({ attempt: 2, code: 500 }, policy, at(0))).toBe(0);
  });

  it('gives 503 a quick first retry, then the same schedule as other codes', () => {
    expect(retryDelay({ attempt: 0, code: 503 }, p, at(0))).toBe(0);
    expect(retryDelay({ attempt: 0, code: 503 }, p, at(ALMOST_ONE))).toBe(249);
    expect(retryDelay({ attempt: 1, code: 503 }, p, at(ALMOST_ONE))).toBe(1999);
    expect(retryDelay({ attempt: 0, code: 500 }, p, at(ALMOST_ONE))).toBe(999);
    const noQuick = resolveRetryPolicy({ quickFirstRetry: [] });
    expect(retryDelay({ attempt: 0, code: 503 }, noQuick, at(ALMOST_ONE))).toBe(999);
  });

  it('honours Retry-After plus jitter, even above the backoff cap', () => {
    expect(retryDelay({ attempt: 0, code: 503, afterMs: 5000 }, p, at(0))).toBe(5000);
    expect(retryDelay({ attempt: 0, code: 503, afterMs: 5000 }, p, at(ALMOST_ONE))).toBe(5999);
    expect(retryDelay({ attempt: 2, code: 429, afterMs: 120_000 }, p, at(0.5))).toBe(120_500);
    expect(retryDelay({ attempt: 0, code: 429, afterMs: 0.2 }, p, at(0))).toBe(1);
  });

  it('schedules nothing beyond the long cap or the attempts', () => {
    expect(retryDelay({ attempt: 0, code: 503, afterMs: p.longCapMs }, p, at(0))).toBe(p.longCapMs);
    expect(
      retryDelay({ attempt: 0, code: 503, afterMs: p.longCapMs + 1 }, p, at(0)),
    ).toBeUndefined();
    expect(retryDelay({ attempt: 3, code: 500 }, p, at(0))).toBeUndefined();
    expect(
      retryDelay({ attempt: 0, code: 500 }, resolveRetryPolicy({ maxAttempts: 0 }), at(0)),
    ).toBeUndefined();
    expect(retryDelay({ attempt: -1, code: 500 }, p, at(0))).toBeUndefined();
    expect(retryDelay({ attempt: Number.NaN, code: 500 }, p, at(0))).toBeUndefined();
  });

  it('falls back to backoff for an unusable afterMs and clamps a broken random', () => {
    for (const afterMs of [Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      expect(retryDelay({ attempt: 1, code: 500, afterMs }, p, at(ALMOST_ONE))).toBe(1999);
    }
    expect(retryDelay({ attempt: 1, code: 500 }, p, at(7))).toBe(2000);
    expect(retryDelay({ attempt: 1, code: 500 }, p, at(-3))).toBe(0);
    expect(retryDelay({ attempt: 1, code: 500 }, p, at(Number.NaN))).toBe(0);
  });

  it('keeps every delay inside its bounds (property)', () => {
    const policies = fc.record({
      baseMs: fc.nat(100_000),
      capMs: fc.nat(100_000),
      maxAttempts: fc.integer({ min: 1, max: 100 }),
      longCapMs: fc.nat(10_000_000),
      jitterMs: fc.nat(10_000),
      quickFirstMs: fc.nat(5000),
      quickFirstRetry: fc.array(fc.integer({ min: 100, max: 599 }), { maxLength: 3 }),
    });
    const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(
        policies,
        fc.nat(),
        fc.integer({ min: 100, max: 599 }),
        random,
        fc.boolean(),
        fc.nat(),
        (raw, a, code, r, hasAfter, after) => {
          const policy = resolveRetryPolicy(raw);
          const attempt = a % policy.maxAttempts;
          const afterMs = hasAfter ? after % (policy.longCapMs + 1) : undefined;
          const d = retryDelay({ attempt, code, afterMs }, policy, at(r));
          expect(Number.isInteger(d)).toBe(true);
          if (afterMs === undefined) {
            expect(d).toBeGreaterThanOrEqual(0);
            expect(d).toBeLessThanOrEqual(policy.capMs);
          } else {
            expect(d).toBeGreaterThanOrEqual(afterMs);
            expect(d).toBeLessThanOrEqual(afterMs + policy.jitterMs);
          }
        },
      ),
    );
  });

  it('schedules nothing once the attempts are used up (property)', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(), fc.option(fc.nat(3_600_000)), (max, extra, afterMs) => {
        const policy = resolveRetryPolicy({ maxAttempts: max });
        const attempt = max + extra;
        return (
          retryDelay({ attempt, code: 503, afterMs: afterMs ?? undefined }, policy) === undefined
        );
      }),
    );
  });
});

describe('isLongWait', () => {
  it('is true only beyond the long cap, matching what retryDelay refuses', () => {
    expect(isLongWait(undefined)).toBe(false);
    expect(isLongWait(3_600_000)).toBe(false);
    expect(isLongWait(3_600_001)).toBe(true);
    expect(isLongWait(Number.NaN)).toBe(false);
    expect(isLongWait(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isLongWait(60_001, resolveRetryPolicy({ longCapMs: 60_000 }))).toBe(true);
    fc.assert(
      fc.property(
        fc.nat(10_000_000),
        (afterMs) =>
          isLongWait(afterMs) === (retryDelay({ attempt: 0, code: 503, afterMs }) === undefined),
      ),
    );
  });
});

describe('resolveRetryPolicy', () => {
  it('fills the defaults and keeps valid overrides', () => {
    expect(resolveRetryPolicy()).toEqual(defaultRetryPolicy);
    expect(defaultRetryPolicy).toEqual({
      baseMs: 1000,
      capMs: 30_000,
      maxAttempts: 3,
      longCapMs: 3_600_000,
      jitterMs: 1000,
      quickFirstRetry: [503],
      quickFirstMs: 250,
    });
    expect(
      resolveRetryPolicy({ baseMs: 500, maxAttempts: 10, quickFirstRetry: [503, 504] }),
    ).toMatchObject({
      baseMs: 500,
      capMs: 30_000,
      maxAttempts: 10,
      quickFirstRetry: [503, 504],
    });
    expect(Object.isFrozen(defaultRetryPolicy)).toBe(true);
  });

  it('replaces or clamps junk', () => {
    const junk = {
      baseMs: Number.NaN,
      capMs: -1,
      longCapMs: Number.POSITIVE_INFINITY,
      jitterMs: '5',
      quickFirstMs: 12.7,
    };
    expect(resolveRetryPolicy(junk as unknown as Partial<RetryPolicy>)).toMatchObject({
      baseMs: 1000,
      capMs: 30_000,
      longCapMs: 3_600_000,
      jitterMs: 1000,
      quickFirstMs: 12,
    });
    const cases: [unknown, number][] = [
      [2.9, 2],
      [-4, 0],
      [1e9, 100],
      [Number.POSITIVE_INFINITY, 100],
      [Number.NaN, 3],
      ['7', 3],
    ];
    for (const [maxAttempts, expected] of cases) {
      expect(resolveRetryPolicy({ maxAttempts } as Partial<RetryPolicy>).maxAttempts).toBe(
        expected,
      );
    }
    expect(resolveRetryPolicy({ capMs: 1e15 }).capMs).toBe(2 ** 31 - 1);
    expect(
      resolveRetryPolicy({ quickFirstRetry: [503, '504', Number.NaN, 1.5] as number[] })
        .quickFirstRetry,
    ).toEqual([503]);
    expect(
      resolveRetryPolicy({ quickFirstRetry: '503' as unknown as number[] }).quickFirstRetry,
    ).toEqual([503]);
  });

  it('always gives finite non-negative numbers, whatever it is fed (property)', () => {
    const field = fc.oneof(fc.anything(), fc.double(), fc.integer());
    const overrides = fc.oneof(
      fc.anything(),
      fc.record(
        {
          baseMs: field,
          capMs: field,
          maxAttempts: field,
          longCapMs: field,
          jitterMs: field,
          quickFirstMs: field,
          quickFirstRetry: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(overrides, (o) => {
        const policy = resolveRetryPolicy(o as Partial<RetryPolicy>);
        for (const [key, value] of Object.entries(policy)) {
          if (key === 'quickFirstRetry')
            expect((value as number[]).every(Number.isInteger)).toBe(true);
          else
            expect(
              Number.isFinite(value) && (value as number) >= 0 && Number.isInteger(value),
            ).toBe(true);
        }
        expect(policy.maxAttempts).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("a failure's Retry-After, as the retry store reads a rejection (statusFacts)", () => {
  const wait = (input: unknown, now?: number) => statusFacts(input, { now }).afterMs;

  it('reads ConnectErrors, Responses and { status, headers }', () => {
    expect(wait({ kind: 'connect-error', status: 503, retryAfter: '30' })).toBe(30_000);
    expect(wait({ kind: 'connect-error', status: 503 })).toBeUndefined();
    const headers = { 'Retry-After': '9' };
    expect(wait(new Response(null, { status: 503, headers }))).toBe(9000);
    expect(wait({ status: 429, headers: { 'RETRY-AFTER': 3 } })).toBe(3000);
    const date = { 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' };
    expect(wait(new Response(null, { status: 503, headers: date }), NOW)).toBe(60_000);
  });

  it('reads the response an axios or ky error carries, and a wrapped cause', () => {
    const axios = Object.assign(new Error('Request failed with status code 429'), {
      isAxiosError: true,
      config: { method: 'get' },
      response: { status: 429, headers: { 'retry-after': '7' }, data: {} },
    });
    expect(wait(axios)).toBe(7000);
    const ky = Object.assign(new Error('HTTPError'), {
      name: 'HTTPError',
      response: new Response(null, { status: 503, headers: { 'Retry-After': '11' } }),
    });
    expect(wait(ky)).toBe(11_000);
    expect(wait(new Error('save failed', { cause: ky }))).toBe(11_000);
  });

  it('gives undefined when nothing names a wait (a bare code is no header)', () => {
    for (const none of [null, undefined, '', 'soon', -1, 5, '12', {}, [], new Error('boom')]) {
      expect(wait(none)).toBeUndefined();
    }
  });
});
