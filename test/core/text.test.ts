import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, parseJsonText } from '../../src/core/text';

describe('cleanText', () => {
  it('keeps strings, stringifies finite numbers, drops everything else', () => {
    expect(cleanText('  Reduce query size.  ')).toBe('Reduce query size.');
    expect(cleanText(42)).toBe('42');
    for (const junk of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true]) {
      expect(cleanText(junk)).toBeUndefined();
    }
    expect(cleanText('')).toBeUndefined();
    expect(cleanText(' \n\t ')).toBeUndefined();
  });

  it('removes control characters but keeps newlines, tabs and inner whitespace runs', () => {
    expect(cleanText('a\u0000b\u001bc\u007fd\u0085e')).toBe('abcde');
    expect(cleanText('line 1\r\nline 2\rline 3\n\tindented   gap')).toBe(
      'line 1\nline 2\nline 3\n\tindented   gap',
    );
    expect(cleanText('\u0000\u0001')).toBeUndefined();
  });

  it('cuts at max with an ellipsis, never inside a surrogate pair', () => {
    expect(cleanText('abcdef', 3)).toBe('abc…');
    expect(cleanText('abc', 3)).toBe('abc');
    expect(cleanText('ab😀cd', 3)).toBe('ab…');
    expect(cleanText('ab   cd', 4)).toBe('ab…');
    expect(cleanText('x'.repeat(5000))).toBe(`${'x'.repeat(4000)}…`);
  });

  it('replaces unpaired surrogates and treats an odd max sensibly', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(cleanText('abc', 0)).toBe('a…');
    expect(cleanText('abc', Number.NaN)).toBe('abc');
    expect(cleanText('😀', 1)).toBe('…');
  });

  it('stays bounded on huge input', () => {
    const huge = `${' '.repeat(1_000_000)}start${'\u0000'.repeat(1_000_000)}end`;
    const out = cleanText(huge, 100);
    expect(out).toBe('start…');
  });

  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\uD83D', '\uDE00', '😀', '\u0000', '\r', '\n', ' ', '\t', '…'),
  );

  it('never exceeds max + 1, never returns "" and never leaves lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 300 }),
        fc.option(fc.integer({ min: -3, max: 120 }), { nil: undefined }),
        (input, max) => {
          const out = cleanText(input, max);
          if (out === undefined) return;
          expect(out).not.toBe('');
          expect(out.length).toBeLessThanOrEqual(Math.max(1, max ?? 4000) + 1);
          expect(/\p{Cs}/u.test(out)).toBe(false);
          expect(out).toBe(out.trim());
        },
      ),
    );
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, max) => {
        cleanText(value, max as number);
      }),
    );
  });
});

describe('parseJsonText', () => {
  it('parses JSON and returns undefined for anything else', () => {
    expect(parseJsonText('{"a":[1,2]}', false)).toEqual({ a: [1, 2] });
    expect(parseJsonText('"text"', false)).toBe('text');
    expect(parseJsonText('{"a":', false)).toBeUndefined();
    expect(parseJsonText('<html>', true)).toBeUndefined();
  });

  it('keeps the complete leading members of a cut body', () => {
    const cut = '{"Reason":"x, \\"y\\" ]}","ChildErrors":[{"Id":"a"},{"Id":"b"},{"Id":"c",';
    expect(parseJsonText(cut, true)).toEqual({
      Reason: 'x, "y" ]}',
      ChildErrors: [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }],
    });
    expect(parseJsonText(`${cut}"Stat`, true)).toEqual(parseJsonText(cut, true));
    expect(parseJsonText(`${cut}"Status":40`, true)).toEqual(parseJsonText(cut, true));
    expect(parseJsonText('{"a":{"b":1}', true)).toEqual({ a: { b: 1 } });
    expect(parseJsonText('{"Reason":"never ends', true)).toEqual({ Reason: 'never ends…' });
  });

  it('gives up on absurd nesting instead of working hard', () => {
    expect(parseJsonText(`${'['.repeat(100_000)}1,`, true)).toBeUndefined();
  });

  it('never throws on cut prefixes of real JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, at) => {
        const text = JSON.stringify(value);
        parseJsonText(text.slice(0, at % (text.length + 1)), true);
      }),
    );
  });
});
