import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConnectError, toConnectError } from '../../src/core/connect-error';
import { parseJsonText } from '../../src/core/text';

const kind = 'connect-error';
const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * A body that sends `first` (if any), then `next()` for every further pull: `'stall'` leaves the
 * pull pending for ever (headers arrived, the body never does). Records pulls and cancellation.
 */
function body(first: string[], next: () => Uint8Array | 'stall') {
  const seen = { pulled: 0, cancelled: false };
  const queue = first.map(bytes);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulled++;
        const chunk = queue.shift() ?? next();
        if (chunk === 'stall') return new Promise<void>(() => undefined);
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

const JSON_TYPE = { 'content-type': 'application/json' };

afterEach(() => {
  vi.useRealTimers();
});

describe('readConnectError: bodies that never end', () => {
  it('gives up on a stream of empty chunks, keeping what arrived', async () => {
    const { stream, seen } = body(['Gateway busy'], () => new Uint8Array(0));
    const started = performance.now();
    const result = await readConnectError(new Response(stream, { status: 502 }));
    const elapsed = performance.now() - started;
    expect(result).toStrictEqual({ kind, status: 502, text: 'Gateway busy…', truncated: true });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(1002);
    expect(elapsed).toBeLessThan(1000);
  });

  it('gives up on empty chunks between tiny ones too', async () => {
    let n = 0;
    const { stream, seen } = body([], () => (n++ % 2 === 0 ? new Uint8Array(0) : bytes('x')));
    const result = await readConnectError(new Response(stream, { status: 500 }));
    expect(result.truncated).toBe(true);
    expect(result.text).toBe(`${'x'.repeat(999)}…`);
    expect(seen.cancelled).toBe(true);
  });

  it('ends a body that stalls after its headers when the read time is up', async () => {
    vi.useFakeTimers();
    const { stream, seen } = body(['{"OperationId":"op-1","Reason":"Slow'], () => 'stall');
    let settled = false;
    const pending = readConnectError(new Response(stream, { status: 504, headers: JSON_TYPE }));
    pending.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toStrictEqual({
      kind,
      status: 504,
      operationId: 'op-1',
      reason: 'Slow…',
      truncated: true,
    });
    expect(seen.cancelled).toBe(true);
  });

  it('settles a body that never sends a byte, with status and headers', async () => {
    vi.useFakeTimers();
    const { stream } = body([], () => 'stall');
    const headers = { 'operation-id': 'op-2', 'retry-after': '30' };
    const pending = readConnectError(new Response(stream, { status: 503, headers }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(await pending).toStrictEqual({
      kind,
      status: 503,
      operationId: 'op-2',
      retryAfter: '30',
      truncated: true,
    });
  });

  it('takes timeoutMs, clamped; Infinity turns the bound off', async () => {
    vi.useFakeTimers();
    const stalled = () => new Response(body(['partial'], () => 'stall').stream, { status: 500 });
    const quick = readConnectError(stalled(), { timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(await quick).toMatchObject({ text: 'partial…', truncated: true });

    let settled = false;
    readConnectError(stalled(), { timeoutMs: Number.POSITIVE_INFINITY }).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(settled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);

    // Junk falls back to the default; a value past setTimeout's range is clamped, not "at once".
    for (const timeoutMs of [-1, Number.NaN, '10' as unknown as number]) {
      let done = false;
      readConnectError(stalled(), { timeoutMs }).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(2999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    }
    let later = false;
    readConnectError(stalled(), { timeoutMs: 2 ** 40 }).then(() => {
      later = true;
    });
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(later).toBe(false);
  });

  it('leaves no timer behind once a body is read', async () => {
    vi.useFakeTimers();
    const result = await readConnectError(new Response('{"Reason":"x"}', { status: 400 }));
    expect(result).toStrictEqual({ kind, status: 400, reason: 'x' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('marks a body cut by the size cap, and only then', async () => {
    const big = new Response('A'.repeat(70_000), { status: 500 });
    expect(await readConnectError(big)).toMatchObject({ truncated: true });
    const small = await readConnectError(new Response('A'.repeat(100), { status: 500 }));
    expect(small).not.toHaveProperty('truncated');
    expect(toConnectError({ status: 500, body: 'B'.repeat(70_000) }).truncated).toBe(true);
    expect(toConnectError({ status: 500, body: 'B' })).not.toHaveProperty('truncated');
    // partial.truncated keeps its meaning: the count is a lower bound.
    const children = Array.from({ length: 500 }, (_, i) => ({ Id: `s${i}`, StatusCode: 404 }));
    const bulk = JSON.stringify({ ChildErrors: children });
    const cut = await readConnectError(new Response(bulk, { status: 207 }), { maxBytes: 2048 });
    expect(cut).toMatchObject({ truncated: true, partial: { truncated: true } });
  });
});

describe('readConnectError: JSON cut by the cap', () => {
  it('keeps the leading members however deep what follows is', async () => {
    const deep = `{"Reason":"r", "Deep": ${'['.repeat(100_000)}`;
    const result = await readConnectError(new Response(deep, { status: 400 }));
    expect(result).toStrictEqual({ kind, status: 400, reason: 'r', truncated: true });
    expect(parseJsonText(`{"Reason":"r","Deep":${'['.repeat(65)}1`, true)).toEqual({
      Reason: 'r',
    });
  });

  it('shows a 10 MB Reason cut, never the raw JSON', async () => {
    const huge = `{"Reason":"${'z'.repeat(10 * 1024 * 1024)}","Resolution":"later"}`;
    const result = await readConnectError(new Response(huge, { status: 400 }));
    expect(result).toStrictEqual({
      kind,
      status: 400,
      reason: `${'z'.repeat(4000)}…`,
      truncated: true,
    });
    const small = await readConnectError(new Response(huge, { status: 400 }), { maxBytes: 20 });
    expect(small.reason).toBe('zzzzzzzzz…');
    expect(small.text).toBeUndefined();
  });

  it('closes a string value the cut fell into, dropping a broken escape', () => {
    const cut = (text: string) => parseJsonText(text, true);
    expect(cut('{"Reason":"ab\\')).toEqual({ Reason: 'ab…' });
    expect(cut('{"Reason":"ab\\u00')).toEqual({ Reason: 'ab…' });
    expect(cut('{"Reason":"ab\\u0041')).toEqual({ Reason: 'abA…' });
    expect(cut('{"Reason":"ab\\uD83D')).toEqual({ Reason: 'ab…' });
    expect(cut('{"Reason":"ab\\uD83D\\uDE00')).toEqual({ Reason: 'ab😀…' });
    expect(cut('{"Reason":"a\\"b\\\\')).toEqual({ Reason: 'a"b\\…' });
    expect(cut('{"a":{"b":"cd')).toEqual({ a: { b: 'cd…' } });
    expect(cut('{"a":["x",{"k":"v')).toEqual({ a: ['x', { k: 'v…' }] });
    expect(cut('["a","bc')).toEqual(['a', 'bc…']);
    expect(cut('{"Reason":"done"')).toEqual({ Reason: 'done' });
  });

  it('falls back to the last complete member when the cut is in a key or a number', () => {
    const cut = (text: string) => parseJsonText(text, true);
    expect(cut('{"Reason":"r","Reso')).toEqual({ Reason: 'r' });
    expect(cut('{"Reason":"r","Count":12')).toEqual({ Reason: 'r' });
    expect(cut('{"Reason":"r","Ok":tr')).toEqual({ Reason: 'r' });
    expect(cut('{"Rea')).toBeUndefined();
    expect(cut('{"a":{"Rea')).toBeUndefined();
    // A string with a raw line break is no JSON; the cut point before it still is.
    expect(cut('{"Reason":"r","Text":"a\nb')).toEqual({ Reason: 'r' });
  });

  it('reads any cut string value as its beginning with … (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(text, fc.nat(), (reason, at) => {
        const json = JSON.stringify({ Reason: reason, More: 1 });
        const start = '{"Reason":"'.length;
        const end = json.indexOf(',"More"');
        const cutAt = start + (at % (end - start + 1));
        const parsed = parseJsonText(json.slice(0, cutAt), true) as { Reason?: string };
        const read = parsed?.Reason;
        expect(typeof read).toBe('string');
        if (cutAt === end) expect(read).toBe(reason);
        else {
          expect(read?.endsWith('…')).toBe(true);
          expect(reason.startsWith(read?.slice(0, -1) ?? '\u0000')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a complete first member before any nesting (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 5000 }), (r, depth) => {
        const text = `{"Reason":${JSON.stringify(r)},"Deep":${'['.repeat(depth)}`;
        expect(parseJsonText(text, true)).toEqual({ Reason: r });
      }),
      { numRuns: 200 },
    );
  });

  it('never rejects and always settles for streams of any shape (property)', async () => {
    const chunk = fc.oneof(
      fc.constant(new Uint8Array(0)),
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ maxLength: 40 }).map(bytes),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(chunk, { maxLength: 20 }),
        fc.constantFrom('end', 'empty', 'error'),
        fc.integer({ min: 0, max: 200 }),
        async (chunks, tail, maxBytes) => {
          const queue = chunks.slice();
          const stream = new ReadableStream<Uint8Array>({
            pull(controller) {
              const next = queue.shift();
              if (next) return controller.enqueue(next);
              if (tail === 'end') controller.close();
              else if (tail === 'empty') controller.enqueue(new Uint8Array(0));
              else controller.error(new Error('reset'));
            },
          });
          const result = await readConnectError(new Response(stream, { status: 500 }), {
            maxBytes,
          });
          expect(result.status).toBe(500);
          if (tail !== 'end') expect(result.truncated).toBe(true);
          expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});
