/**
 * Values an app or a server could hand the components, for the property tests: JSON of any shape
 * plus what JSON cannot say (functions, symbols, NaN, Infinity, own `__proto__` keys) and text
 * chosen to hurt (huge, markup, bidi controls).
 */
import fc from 'fast-check';
import { version } from 'react';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';

/**
 * React 18 itself throws on a `ref` that is not null, an object or a function when it is given
 * outside a component render (it takes it for a legacy string ref with no owner), before any
 * component code runs; React 19 hands any ref to the component, which checks it. Tests give
 * such refs only where React lets them through.
 */
export const reactPassesAnyRef = Number(version.split('.')[0]) >= 19;

/** Whether React lets this ref value reach a component at all (see reactPassesAnyRef). */
export const refReachesComponent = (ref: unknown) =>
  reactPassesAnyRef || ref == null || typeof ref === 'object' || typeof ref === 'function';

/** An object with exactly these own keys, `__proto__` included (assignment would set the prototype). */
export function own(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export const markup = fc.constantFrom(
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '"><svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<style>*{display:none}</style><link rel=stylesheet href=x>',
);

/** Bidi controls and right-to-left text, alone and around our kind of words. */
export const bidi = fc.constantFrom(
  'evil\u202E',
  '\u202Efdp.exe',
  'evil\u202Efdp.exe',
  '\u2066\u2067\u2068',
  '\u202B\u202A\u202C',
  '\u200F\u200E\u061C',
  'שגיאה',
  'خطأ 409',
  '\u202E(409)',
);

const protoBag = fc.constantFrom(
  own([['__proto__', { polluted: true }]]),
  own([
    ['__proto__', own([['toString', 'x']])],
    ['constructor', { prototype: { polluted: true } }],
  ]),
  JSON.parse('{"__proto__":{"polluted":true},"label":"x"}') as unknown,
);

/** Values no JSON holds. */
export const hostileValue = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    -999,
    1e21,
    Number.MAX_VALUE,
    2 ** 53 + 2,
    0.5,
    '',
    '   ',
    '\n\t',
    'x'.repeat(100_000),
    `${'word '.repeat(2000)}end`,
    () => undefined,
    () => {
      throw new Error('called');
    },
    Symbol('hostile'),
    Object.create(null),
    [],
    [[[[[]]]]],
    new Date(0),
  ),
  markup,
  bidi,
  protoBag,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Anything at all: JSON of any shape or one of the hostile values. */
export const anything = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
  { arbitrary: hostileValue, weight: 2 },
);

/** Text a server might send: mostly strings, some of them hostile. */
export const serverText = fc.oneof(
  fc.string({ maxLength: 40 }),
  markup,
  bidi,
  fc.constant('x'.repeat(9_000)),
  anything,
);

/** A number that should be a count or a status, or anything else. */
export const numberish = fc.oneof(
  fc.integer({ min: 100, max: 599 }),
  fc.nat({ max: 5_000 }),
  anything,
);

/** A 1-based place in the request, as a real body gives it or as an app could forge it. */
export const position = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }),
  fc.constantFrom(0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, '3', Number.NaN),
  anything,
);

export const child = fc.record(
  {
    id: serverText,
    position,
    status: numberish,
    error: serverText,
    reason: serverText,
    resolution: serverText,
    operationId: serverText,
    parameters: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 8 }), serverText, { maxKeys: 3 }),
      anything,
    ),
  },
  { requiredKeys: [] },
);

export const partial = fc.oneof(
  {
    arbitrary: fc.record(
      {
        succeeded: numberish,
        failed: fc.oneof(fc.integer({ min: 1, max: 3_000 }), anything),
        items: fc.oneof(fc.array(fc.oneof(child, anything), { maxLength: 9 }), anything),
        groups: fc.oneof(
          fc.array(fc.oneof(fc.record({ status: numberish, count: numberish }), anything), {
            maxLength: 4,
          }),
          anything,
        ),
        truncated: anything,
      },
      { requiredKeys: [] },
    ),
    weight: 3,
  },
  { arbitrary: anything, weight: 1 },
);

/**
 * A ConnectError as an app could forge it: `kind` and a status, then any value in every field.
 * Mostly a real status, so the object is read as a ConnectError rather than as an object with a
 * `status`; sometimes anything, so that path is fuzzed too.
 */
export const forgedConnectError = fc
  .record(
    {
      status: fc.oneof(
        { arbitrary: fc.integer({ min: 100, max: 599 }), weight: 6 },
        { arbitrary: fc.constantFrom(0, -1, 99, 600, 1e9, 200.5), weight: 1 },
        { arbitrary: anything, weight: 1 },
      ),
      statusText: serverText,
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'patch', ' put '), anything),
      url: serverText,
      operationId: serverText,
      error: serverText,
      reason: serverText,
      resolution: serverText,
      parameters: fc.oneof(
        fc.dictionary(fc.string({ maxLength: 8 }), serverText, { maxKeys: 3 }),
        anything,
      ),
      childErrors: fc.oneof(fc.array(fc.oneof(child, anything), { maxLength: 6 }), anything),
      partial,
      problem: fc.oneof(
        fc.record(
          { type: serverText, title: serverText, detail: serverText, instance: serverText },
          { requiredKeys: [] },
        ),
        anything,
      ),
      retryAfter: fc.oneof(
        fc.constantFrom('30', '0', '7200', '99999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', '-1'),
        anything,
      ),
      location: serverText,
      text: serverText,
    },
    { requiredKeys: ['status'] },
  )
  .map((fields) => ({ kind: 'connect-error', ...fields }));

/** What an app passes as `status`: codes, errors, ConnectErrors (forged too), anything. */
export const statusInput = fc.oneof(
  fc.integer({ min: 100, max: 599 }),
  fc.constantFrom(0, '503', ' 404 ', null, undefined, Number.NaN),
  fc.constant(new TypeError('Failed to fetch')),
  fc.constant({ status: 503, headers: { 'Retry-After': '30' } }),
  forgedConnectError,
  anything,
);

/** Locales as apps write them, right and wrong. */
export const localeInput = fc.oneof(
  fc.constantFrom(
    'en',
    'de',
    'en-GB',
    'EN-gb',
    'zh-Hant-TW',
    'ar-EG',
    'he',
    'en_US',
    'de_DE.UTF-8',
    'C.UTF-8',
    '',
    'x',
    'en-u-nu-arab',
    'i-klingon',
    '\u202Ede',
    'de-DE-x-'.repeat(50),
    42,
    null,
    ['de'],
  ),
  fc.string({ maxLength: 12 }),
  anything,
);

const stateKeys = Object.keys(en.states);
const uiKeys = Object.keys(en.ui);
const fields = ['label', 'title', 'message', 'advice'];

const stateWords = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...fields, '__proto__', 'nope'), serverText), { maxLength: 4 })
    .map(own),
  anything,
);

/** Overrides shaped like MessageOverrides, with anything at every level and `__proto__` keys. */
export const overridesInput = fc.oneof(
  {
    arbitrary: fc
      .array(
        fc.oneof(
          fc.tuple(fc.constant('locale'), localeInput),
          fc.tuple(
            fc.constant('states'),
            fc.oneof(
              fc
                .array(
                  fc.tuple(fc.constantFrom(...stateKeys, '__proto__', 'constructor'), stateWords),
                  { maxLength: 5 },
                )
                .map(own),
              anything,
            ),
          ),
          fc.tuple(
            fc.constant('ui'),
            fc.oneof(
              fc
                .array(
                  fc.tuple(
                    fc.constantFrom(...uiKeys, '__proto__'),
                    fc.oneof(serverText, fc.constant({ error: 42, info: 'Info' })),
                  ),
                  { maxLength: 6 },
                )
                .map(own),
              anything,
            ),
          ),
          fc.tuple(fc.constantFrom('__proto__', 'extra'), anything),
        ),
        { maxLength: 4 },
      )
      .map(own),
    weight: 3,
  },
  { arbitrary: anything, weight: 1 },
);

/** A path into a catalog, for mutating one leaf or branch of a real one. */
const catalogPath = fc.oneof(
  fc.constant(['locale']),
  fc.constant(['states']),
  fc.constant(['ui']),
  fc.tuple(fc.constant('states'), fc.constantFrom(...stateKeys)),
  fc.tuple(fc.constant('states'), fc.constantFrom(...stateKeys), fc.constantFrom(...fields)),
  fc.tuple(fc.constant('ui'), fc.constantFrom(...uiKeys)),
  fc.tuple(fc.constant('ui'), fc.constant('severity'), fc.constantFrom('error', 'warning', 'info')),
);

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    const next = (node as Record<string, unknown>)[key];
    if (typeof next !== 'object' || next === null) return;
    node = next;
  }
  const last = path[path.length - 1] as string;
  Object.defineProperty(node, last, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** What an app passes as `messages`: a real catalog, one with leaves broken, or anything. */
export const messagesInput = fc.oneof(
  fc.constantFrom(en, de, null, undefined, {}, 'de', [], 42),
  fc
    .tuple(
      fc.constantFrom(en, de),
      fc.array(fc.tuple(catalogPath, fc.oneof(anything, localeInput)), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([base, changes]) => {
      const copy = structuredClone(base) as unknown as Record<string, unknown>;
      for (const [path, value] of changes) setAt(copy, path, value);
      return copy;
    }),
  anything,
);
