import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { StatusPage } from '../../src/components/StatusPage';
import { readConnectError } from '../../src/core/connect-error';

/** Markup a server could send hoping it gets interpreted. */
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data=x></object><embed src=x>',
  '<a href="javascript:alert(1)">click</a>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  markup,
  fc.constant('x'.repeat(9000)),
);
const anyValue = fc.oneof(text, fc.jsonValue({ maxDepth: 3 }));

/** Field names CONNECT uses, in the casings services send, plus keys that pollute prototypes. */
const field = fc.constantFrom(
  'OperationId',
  'operationId',
  'Error',
  'error',
  'Reason',
  'reason',
  'ReasonPhrase',
  'Resolution',
  'Parameters',
  'AdditionalParameters',
  'EventId',
  'ChildErrors',
  'childErrors',
  'Errors',
  'Data',
  'Results',
  'StatusCode',
  'Id',
  'title',
  'detail',
  'type',
  'instance',
  '__proto__',
  'constructor',
  'prototype',
);
/** The documented fields, each present or not, over any other fields with any values. */
const shaped = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc
    .tuple(fc.dictionary(field, anyValue, { maxKeys: 4 }), fc.record(fields, { requiredKeys: [] }))
    .map(([noise, known]) => ({ ...noise, ...known }));
const core = { OperationId: anyValue, Error: text, Reason: text, Resolution: text };
const child = shaped({
  ...core,
  Id: anyValue,
  StatusCode: fc.oneof(fc.integer({ min: 0, max: 999 }), anyValue),
});
const children = fc.oneof(
  fc.array(child, { maxLength: 12 }),
  fc.dictionary(fc.string(), child, { maxKeys: 8 }),
  anyValue,
);
const connectBody = shaped({
  ...core,
  reason: text,
  ChildErrors: children,
  Errors: fc.oneof(shaped({ ...core, ChildErrors: children }), fc.array(child, { maxLength: 4 })),
  Data: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 20 }), anyValue),
  Parameters: fc.dictionary(fc.string(), anyValue, { maxKeys: 4 }),
  title: text,
  detail: text,
});

/** What goes on the wire: JSON of a CONNECT-ish or random value, or raw text of any kind. */
const body = fc.oneof(
  { arbitrary: connectBody.map((value) => JSON.stringify(value)), weight: 5 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: text, weight: 2 },
  {
    // A JSON body cut off mid-way, as the size cap leaves it.
    arbitrary: fc.constant(
      `{"Reason":"${'<img src=x onerror=alert(1)>'.repeat(20)}","ChildErrors":[{"Id":"a"`,
    ),
    weight: 1,
  },
);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'text/json',
    'text/plain',
    'text/html',
    'application/vnd.api+json',
    '',
  ),
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
);
const headerName = fc.oneof(
  fc.constantFrom('Operation-Id', 'operation-id', 'Retry-After', 'Location', 'X-Request-Id'),
  fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/),
);
const headerValue = fc.oneof(
  markup,
  fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,80}[\x21-\x7e])?$/),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 5 });
// 204, 205 and 304 may not carry a body; everything else from 200 to 599 can.
const status = fc.integer({ min: 200, max: 599 }).filter((n) => ![204, 205, 304].includes(n));

/** Elements that would mean server text became markup (the components render none of them). */
const DANGEROUS = 'script,img,iframe,object,embed,svg,a,[onerror],[onload],[href]';
/** Cleaned server text is at most 4000 characters plus "…"; no text node may carry more. */
const MAX_TEXT_NODE = 4100;

function longestTextNode(root: HTMLElement): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let longest = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    longest = Math.max(longest, node.nodeValue?.length ?? 0);
  }
  return longest;
}

describe('hostile responses', () => {
  it('read and rendered: never throw, never become markup, stay bounded and serializable', async () => {
    await fc.assert(
      fc.asyncProperty(status, body, contentType, headers, async (code, raw, type, record) => {
        const init = new Headers(record);
        if (type) init.set('Content-Type', type);
        const result = await readConnectError(new Response(raw, { status: code, headers: init }), {
          method: 'POST',
        });

        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
        expect(structuredClone(result)).toStrictEqual(result);

        const { container } = render(
          <>
            <StatusAlert status={result} />
            <StatusBadge status={result} />
            <StatusPage status={result} />
          </>,
        );
        expect(container.querySelector('.rcs-alert')).not.toBeNull();
        expect(container.querySelector('.rcs-badge')).not.toBeNull();
        expect(container.querySelector('.rcs-page h1')?.textContent?.trim()).toBeTruthy();
        expect(container.querySelectorAll(DANGEROUS)).toHaveLength(0);
        expect(longestTextNode(container)).toBeLessThanOrEqual(MAX_TEXT_NODE);
        cleanup();
      }),
      { numRuns: 100 },
    );
    // `__proto__` keys in bodies and headers were data, never a prototype.
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toHaveLength(0);
    // About 3 s on a busy 2-core machine: jsdom renders each of the 100 cases.
  }, 30_000);
});
