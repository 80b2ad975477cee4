import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseConnectError,
  readConnectError,
  toConnectError,
} from '../../src/core/connect-error';
import { cleanId, cleanText } from '../../src/core/text';
import { describeStatus } from '../../src/i18n/describe';
import { idsOf } from '../support/ids-of';

/*
 * Ids stay on one line wherever they go: shown, copied, sent in status events, which end up in
 * line-based logs. An operation id like "op-1\r\nERROR payment failed" must not forge a line.
 */

/** CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const BREAKS = ['\r', '\n', '\u0085', '\u2028', '\u2029'];
const HAS_BREAK = /[\r\n\u0085\u2028\u2029]/;
const FORGED = 'op-1\r\nERROR payment failed';
const ONE_LINE = 'op-1 ERROR payment failed';

/** Strings rich in line breaks, mixed with spaces, controls, invisibles and any others. */
const broken = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...BREAKS, '\r\n', ' ', '\t', '\u0000', '\u200B', '\u202E', 'a', '-', '😀'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

describe('cleanId keeps an id on one line', () => {
  it('turns each run of line breaks into one space', () => {
    expect(cleanId(FORGED)).toBe(ONE_LINE);
    for (const br of ['\r', '\n', '\u2028', '\u2029']) expect(cleanId(`op-1${br}x`)).toBe('op-1 x');
    // NEL is a C1 control, removed from all server text as before.
    expect(cleanId('op-1\u0085x')).toBe('op-1x');
    expect(cleanId('a\r\n\r\n\u2028\u0085\u2029b')).toBe('a b');
    // A control between two breaks does not keep them apart; other whitespace stays as sent.
    expect(cleanId('a\n\u0000\u200B\nb')).toBe('a b');
    expect(cleanId('a \n\tb')).toBe('a  \tb');
    expect(cleanId('a\rb\nc')).toBe('a b c');
    // At either end a break is trimmed away like any whitespace.
    expect(cleanId('\r\n\u0085op-2\u2029\n')).toBe('op-2');
    expect(cleanId('\n\u2028\u0085')).toBeUndefined();
  });

  it('still strips controls, bidi and invisible characters, and keeps the cap', () => {
    expect(cleanId('op\u0000-\u001B[31m1\u202E\u200B')).toBe('op-[31m1');
    expect(cleanId(`${'x'.repeat(199)}\r\n${'y'.repeat(50)}`)).toBe(`${'x'.repeat(199)}…`);
  });

  it('leaves server prose its lines', () => {
    expect(cleanText('Line one.\r\nLine two.\rThree.')).toBe('Line one.\nLine two.\nThree.');
  });

  it('no cleaned id ever holds a line break (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), broken),
        fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
        (s, max) => {
          const id = cleanId(s, max);
          if (id !== undefined) expect(HAS_BREAK.test(id)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('every way an id reaches a ConnectError and a descriptor', () => {
  const body = {
    OperationId: FORGED,
    Parameters: { 'stream\nId': 'v' },
    ChildErrors: [
      { Id: 's-1\r\nERROR x', StatusCode: 409, OperationId: 'op-c\u2028y' },
      { StreamId: 's-2\u2029z', StatusCode: 400 },
    ],
  };

  it('from a parsed body, a JSON text body and a Response', async () => {
    const expected = [ONE_LINE, 'stream Id', 's-1 ERROR x', 'op-c y', 's-2 z'];
    const parsed = toConnectError({ status: 207, body });
    // childErrors and partial.items hold the same children.
    expect(new Set(idsOf(parsed))).toEqual(new Set(expected));
    const text = toConnectError({ status: 207, body: JSON.stringify(body) });
    expect(new Set(idsOf(text))).toEqual(new Set(expected));
    const response = new Response(JSON.stringify(body), {
      status: 207,
      headers: { 'content-type': 'application/json' },
    });
    expect(new Set(idsOf(await readConnectError(response)))).toEqual(new Set(expected));
  });

  it('from the Errors envelope, a keyed child list and the Operation-Id header', () => {
    const wrapped = toConnectError({ status: 400, body: { Errors: { OperationId: FORGED } } });
    expect(wrapped.operationId).toBe(ONE_LINE);
    const keyed = toConnectError({
      status: 207,
      body: { ChildErrors: { 'asset\r\n1': { StatusCode: 404 } } },
    });
    expect(keyed.childErrors?.[0]?.id).toBe('asset 1');
    const header = toConnectError({ status: 500, headers: { 'operation-id': FORGED } });
    expect(header.operationId).toBe(ONE_LINE);
  });

  it('from a ConnectError-shaped object (a cache, a worker)', () => {
    const forged = normaliseConnectError({
      kind: 'connect-error',
      status: 207,
      operationId: FORGED,
      childErrors: [{ id: 'c\n1', operationId: 'o\u2029p', parameters: { 'k\rey': 'v' } }],
      partial: { failed: 1, items: [{ id: 'p\u00851', status: 400 }] },
    });
    expect(idsOf(forged)).toEqual([ONE_LINE, 'c 1', 'o p', 'k ey', 'p1']);
  });

  it('describeStatus hands them on: details.operationId and the failed items', () => {
    const descriptor = describeStatus({ status: 207, body });
    expect(descriptor.details?.operationId).toBe(ONE_LINE);
    expect(descriptor.partial?.items.map((item) => item.id)).toEqual(['s-1 ERROR x', 's-2 z']);
    const fromHeader = describeStatus({ status: 503, headers: { 'operation-id': FORGED } });
    expect(fromHeader.details?.operationId).toBe(ONE_LINE);
  });

  it('no id from a body, a header or a forged error holds a line break (property)', () => {
    const child = fc.record({ Id: broken, StatusCode: fc.constant(404), OperationId: broken });
    const value = fc.record({
      OperationId: broken,
      Parameters: fc.dictionary(broken, fc.string(), { maxKeys: 3 }),
      ChildErrors: fc.oneof(
        fc.array(child, { maxLength: 3 }),
        fc.dictionary(broken, child, { maxKeys: 3 }),
      ),
    });
    fc.assert(
      fc.property(value, broken, (raw, header) => {
        const headers = { 'operation-id': header };
        for (const error of [
          toConnectError({ status: 207, body: raw, headers }),
          toConnectError({ status: 207, body: JSON.stringify(raw), headers }),
          toConnectError({ status: 500, headers }),
          normaliseConnectError({
            kind: 'connect-error',
            status: 207,
            operationId: raw.OperationId,
            childErrors: [{ id: header, operationId: header, parameters: raw.Parameters }],
          }),
        ]) {
          for (const id of idsOf(error)) expect(HAS_BREAK.test(id)).toBe(false);
          const shown = describeStatus(error).details?.operationId;
          if (shown !== undefined) expect(HAS_BREAK.test(shown)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
