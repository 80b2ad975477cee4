import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRequestFailure } from '../../src/core/request-failure';
import { statusState } from '../../src/core/state';
import { anything, forgedConnectError, statusInput } from '../components/fuzz-arbitraries';

/*
 * isRequestFailure decides what ConnectErrorBoundary shows and what it passes on: true for what
 * the components read as an HTTP status, no response, a timeout or an abort; false for anything
 * else. It must never throw (a boundary calls it on whatever a child threw), and it must agree
 * with the state the components show (statusState), with one documented exception: a TypeError
 * whose message only looks like a network failure (`… (reading 'connection')`).
 */

/** The messages fetch rejects with when no response arrived, runtime by runtime. */
const FETCH_FAILURES = [
  'Failed to fetch', // Chromium, Edge
  'NetworkError when attempting to fetch resource.', // Firefox
  'Load failed', // Safari
  'fetch failed', // Node (undici)
  'Network request failed', // React Native, whatwg-fetch
  'NetworkError',
  'error sending request for url (https://connect.example.com/api): connection refused', // Deno
  'The Internet connection appears to be offline.', // older Safari
  'The network connection was lost.',
];

/** Programming errors with the words classify's network test looks for. */
const LOOKALIKES = [
  "Cannot read properties of undefined (reading 'connection')",
  "Cannot read properties of null (reading 'fetchQuery')",
  "undefined is not an object (evaluating 'navigator.connection.effectiveType')",
  'queryClient.fetchQuery is not a function',
  "Failed to execute 'fetch' on 'Window': Invalid name",
  'Failed to parse URL from /api/streams',
  'this.loadNetwork is not a function',
  'network.map is not a function',
  "Failed to fetch dynamically imported module: https://app.example.com/assets/Streams.js'", // a chunk
];

const LOOSE = /fetch|network|load failed|connection/i;
const KNOWN = new Set(FETCH_FAILURES.map((message) => message.toLowerCase()));

const trap = () => {
  throw new Error('trap');
};
// Traps on every named property; symbols pass, so fast-check can still inspect the value.
const trapNames = (target: object, key: string | symbol) =>
  typeof key === 'symbol' ? Reflect.get(target, key) : trap();
const trapHas = (target: object, key: string | symbol) =>
  typeof key === 'symbol' ? Reflect.has(target, key) : trap();

/** Values a boundary may catch that try to break whoever reads them. */
const hostile = fc.constantFrom<unknown>(
  new Proxy({}, { get: trapNames, has: trapHas, ownKeys: trap }),
  new Proxy(new TypeError('Failed to fetch'), { get: trapNames }),
  Object.defineProperty(new TypeError('Load failed'), 'message', { get: trap }),
  Object.defineProperty(new TypeError('x'), 'name', { get: trap }),
  Object.defineProperty(new Error('wrapped'), 'cause', { get: trap }),
  Object.defineProperty({}, 'status', { get: trap, enumerable: true }),
  Object.defineProperty({ status: 503 }, 'headers', { get: trap }),
  Object.create(null),
  { __proto__: { name: 'TypeError', message: 'Failed to fetch' } },
  Symbol('thrown'),
  () => 503,
  10n,
);

const text = fc.oneof(
  fc.constantFrom(...FETCH_FAILURES, ...LOOKALIKES),
  fc.constantFrom(...FETCH_FAILURES).map((known) => `  ${known.toUpperCase()}\n`),
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 10 }).map((around) => `${around} connection ${around}`),
);
const message = fc.oneof({ arbitrary: text, weight: 4 }, { arbitrary: anything, weight: 1 });
const name = fc.oneof(
  fc.constantFrom(
    'TypeError',
    'Error',
    'AbortError',
    'TimeoutError',
    'CanceledError',
    'AxiosError',
    'HTTPError',
  ),
  anything,
);
const code = fc.oneof(
  fc.constantFrom('ERR_NETWORK', 'ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED', 'ERR_BAD_REQUEST'),
  anything,
);
const status = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constantFrom('503', ' 404 ', 'x'));

/** A thrown value as clients make them: Error instances and plain objects, wrapped in causes. */
const thrown: fc.Arbitrary<unknown> = fc.letrec<{ error: unknown }>((tie) => ({
  error: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(hostile, statusInput, forgedConnectError),
    text.map((words) => new TypeError(words)),
    fc.record(
      {
        name,
        message,
        code,
        status,
        statusCode: status,
        response: fc.oneof(
          fc.record({ status, data: anything }, { requiredKeys: [] }),
          status.map((value) =>
            typeof value === 'number' && value >= 200 && value <= 599
              ? new Response(null, { status: value })
              : value,
          ),
          anything,
        ),
        cause: tie('error'),
      },
      { requiredKeys: ['name', 'message'] },
    ),
    fc
      .tuple(fc.constantFrom(Error, TypeError, RangeError), text, tie('error'))
      .map(([Kind, words, cause]) => new Kind(words, { cause })),
  ),
})).error;

const nameOf = (value: unknown): unknown => {
  try {
    return (value as { name?: unknown }).name;
  } catch {
    return undefined;
  }
};
const messageOf = (value: unknown): unknown => {
  try {
    return (value as { message?: unknown }).message;
  } catch {
    return undefined;
  }
};
const causeOf = (value: unknown): unknown => {
  try {
    return (value as { cause?: unknown }).cause;
  } catch {
    return undefined;
  }
};

/** Somewhere in the chain (as classify walks it): a TypeError with a lookalike message. */
function hasLookalike(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 3) return false;
  const text = messageOf(value);
  if (nameOf(value) === 'TypeError' && typeof text === 'string' && LOOSE.test(text)) {
    if (!KNOWN.has(text.trim().toLowerCase()) && !/^error sending request/i.test(text.trim())) {
      return true;
    }
  }
  return hasLookalike(causeOf(value), depth + 1);
}

describe('isRequestFailure', () => {
  it('never throws, for anything a child may throw (property, 3,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(thrown, anything, fc.anything()), (value) => {
        expect(typeof isRequestFailure(value)).toBe('boolean');
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws for a revoked proxy or one whose every trap throws', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const everyTrap = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
    );
    expect(isRequestFailure(revoked.proxy)).toBe(false);
    expect(isRequestFailure(everyTrap)).toBe(false);
    expect(isRequestFailure(new Error('wrapped', { cause: revoked.proxy }))).toBe(false);
  });

  it('agrees with the state the components show, except for lookalike TypeErrors (property, 3,000 runs)', () => {
    const seen = { failures: 0, others: 0, lookalikes: 0 };
    fc.assert(
      fc.property(thrown, (value) => {
        const failure = isRequestFailure(value);
        const shown = statusState(value).key;
        if (failure === (shown !== 'unknown')) {
          seen[failure ? 'failures' : 'others']++;
          return;
        }
        // The one documented difference: the components read it as offline, the boundary
        // passes it on, because only a message that looks like a network failure says so.
        seen.lookalikes++;
        expect({ failure, shown }).toEqual({ failure: false, shown: 'offline' });
        expect(hasLookalike(value)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    // Meaningful only if every kind came up often.
    expect(seen.failures).toBeGreaterThan(500);
    expect(seen.others).toBeGreaterThan(300);
    expect(seen.lookalikes).toBeGreaterThan(30);
  });

  it.each(FETCH_FAILURES)('knows fetch’s own failure: TypeError("%s")', (text) => {
    expect(isRequestFailure(new TypeError(text))).toBe(true);
    expect(statusState(new TypeError(text)).key).toBe('offline');
  });

  it.each(LOOKALIKES)('passes on the programming error TypeError("%s")', (text) => {
    expect(isRequestFailure(new TypeError(text))).toBe(false);
    // Wrapped, it is still the programming error that decides.
    expect(isRequestFailure(new Error('Render failed', { cause: new TypeError(text) }))).toBe(
      false,
    );
  });

  it('reads what fetch, AbortSignal, the clients, routers and CONNECT throw', () => {
    const failures: unknown[] = [
      new Response(null, { status: 503 }),
      new Response(null, { status: 200 }), // a Response thrown is a request's outcome, whatever it says
      { kind: 'connect-error', status: 404, headers: {} },
      { status: 500 },
      { status: 404, statusText: 'Not Found', internal: true, data: 'No route' }, // a router's error response
      503,
      '503',
      0, // no response
      new DOMException('The operation was aborted.', 'AbortError'),
      new DOMException('signal timed out', 'TimeoutError'),
      Object.assign(new Error('Network Error'), { name: 'AxiosError', code: 'ERR_NETWORK' }),
      Object.assign(new Error('timeout of 10000ms exceeded'), { code: 'ECONNABORTED' }),
      Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' }),
      Object.assign(new Error('Request failed'), { response: { status: 409, data: {} } }),
      Object.assign(new Error('HTTPError'), { response: new Response(null, { status: 401 }) }),
      Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }), // ky
      new Error('Could not load streams', { cause: new TypeError('Failed to fetch') }),
      new Error('boom', { cause: new TypeError('NetworkError') }),
      // A status beats a message.
      Object.assign(new TypeError("Cannot read properties of undefined (reading 'connection')"), {
        status: 503,
      }),
    ];
    for (const value of failures)
      expect({ value, failure: isRequestFailure(value) }).toEqual({
        value,
        failure: true,
      });
  });

  it('passes on everything else', () => {
    const others: unknown[] = [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      new RangeError('Maximum call stack size exceeded'),
      new Error('Something broke'),
      new SyntaxError('Unexpected token < in JSON at position 0'),
      'Something broke',
      { status: 'failed' },
      { status: 999 },
      -1,
      600,
      null,
      undefined,
      Promise.resolve(),
      Symbol('x'),
    ];
    for (const value of others)
      expect({ value, failure: isRequestFailure(value) }).toEqual({
        value,
        failure: false,
      });
  });
});
