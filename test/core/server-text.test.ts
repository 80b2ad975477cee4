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

const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F'];
const HAS_BIDI = /[\u202A-\u202E\u2066-\u2069\u061C]/;
const HAS_INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/;

/** Strings rich in the characters that matter here, mixed with any others. */
const sneaky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...BIDI, ...INVISIBLE, 'a', 'Z', '-', ' ', '\n', '…', 'א', '😀'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 80,
});

describe('server text cannot disguise itself', () => {
  it('strips the bidi embedding, override and isolate controls from all text', () => {
    // "Trojan Source": an override makes "exe.txt" read as "txt.exe".
    expect(cleanText('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
    expect(cleanText(`${BIDI.join('')}Reason${BIDI.join('')}`)).toBe('Reason');
    expect(cleanText('\u2067\u2069')).toBeUndefined();
    // Marks and invisibles are left in prose: they can be right in Arabic or Hebrew text.
    expect(cleanText('a\u200Fb\u00ADc')).toBe('a\u200Fb\u00ADc');
  });

  it('also strips invisible characters from ids', () => {
    expect(cleanId(`\u200Bop-${INVISIBLE.join('')}123\u202E`)).toBe('op-123');
    expect(cleanId(' \uFEFF ')).toBeUndefined();
    expect(cleanId('x'.repeat(300))).toBe(`${'x'.repeat(200)}…`);
    expect(cleanId(42)).toBe('42');
  });

  it('cleans ids from the body, the header, child errors and parameter keys', async () => {
    const body = {
      OperationId: 'op\u200B-1',
      Reason: 'r\u202Ea',
      Parameters: { 'stream\u200DId': 'v\u2066al' },
      ChildErrors: { 'asset\u00AD-1': { StatusCode: 404, OperationId: '\uFEFFop-c' } },
    };
    const fromBody = toConnectError({ status: 207, body });
    expect(fromBody).toMatchObject({
      operationId: 'op-1',
      reason: 'ra',
      parameters: { streamId: 'val' },
      childErrors: [{ id: 'asset-1', operationId: 'op-c', status: 404 }],
    });
    // Headers carry Latin-1 only: of the invisibles just the soft hyphen fits in a Response.
    const response = new Response(null, { status: 500, headers: { 'operation-id': 'op\u00AD-h' } });
    expect((await readConnectError(response)).operationId).toBe('op-h');
    const headers = { 'operation-id': '\u200Eop-h\u200F' };
    expect(describeStatus({ status: 500, headers }).details?.operationId).toBe('op-h');
    const forged = normaliseConnectError({
      kind: 'connect-error',
      status: 207,
      operationId: 'op\u2060x',
      childErrors: [{ id: 'c\u200B1', parameters: { 'k\u200Cy': 'v' } }],
    });
    expect(idsOf(forged)).toEqual(['opx', 'c1', 'ky']);
  });

  it('no cleaned text ever holds a bidi control (property)', () => {
    fc.assert(
      fc.property(
        sneaky,
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        (s, max) => {
          const out = cleanText(s, max);
          if (out !== undefined) expect(HAS_BIDI.test(out)).toBe(false);
          const id = cleanId(s, max);
          if (id !== undefined) expect(HAS_BIDI.test(id) || HAS_INVISIBLE.test(id)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('no id from a body, a header or a forged error holds an invisible (property)', () => {
    const child = fc.record({
      Id: sneaky,
      StatusCode: fc.constant(404),
      OperationId: sneaky,
      Parameters: fc.dictionary(sneaky, sneaky, { maxKeys: 3 }),
    });
    const body = fc.record({
      OperationId: sneaky,
      Reason: sneaky,
      Parameters: fc.dictionary(sneaky, sneaky, { maxKeys: 4 }),
      ChildErrors: fc.oneof(
        fc.array(child, { maxLength: 4 }),
        fc.dictionary(sneaky, child, { maxKeys: 3 }),
      ),
    });
    fc.assert(
      fc.property(body, sneaky, (value, header) => {
        const headers = { 'operation-id': header };
        for (const error of [
          toConnectError({ status: 207, body: value, headers }),
          toConnectError({ status: 207, body: JSON.stringify(value), headers }),
          toConnectError({ status: 400, headers }),
          normaliseConnectError({
            kind: 'connect-error',
            status: 207,
            operationId: value.OperationId,
            parameters: value.Parameters,
            childErrors: [{ id: header, operationId: header, parameters: value.Parameters }],
          }),
        ]) {
          for (const id of idsOf(error)) {
            expect(HAS_INVISIBLE.test(id) || HAS_BIDI.test(id)).toBe(false);
          }
          const text = JSON.stringify(error);
          expect(HAS_BIDI.test(text)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
