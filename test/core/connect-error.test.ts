import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseConnectError,
  readConnectError,
  toConnectError,
} from '../../src/core/connect-error';
import { isConnectError } from '../../src/core/guards';
import type { ConnectError } from '../../src/core/types';

const JSON_TYPE = { 'content-type': 'application/json' };
const res = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_TYPE, ...headers } });
const read = (status: number, body: unknown, headers?: Record<string, string>) =>
  readConnectError(res(status, body, headers));
const kind = 'connect-error';

/** A body served in chunks, recording how far it was pulled and whether it was cancelled. */
function chunked(chunks: string[], failAt?: number) {
  const seen = { pulled: 0, cancelled: false };
  const bytes = chunks.map((chunk) => new TextEncoder().encode(chunk));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === failAt) return controller.error(new Error('connection reset'));
      const next = bytes[seen.pulled++];
      next ? controller.enqueue(next) : controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

function expectPlain(value: ConnectError) {
  expect(isConnectError(value)).toBe(true);
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  expect(structuredClone(value)).toStrictEqual(value);
}

describe('readConnectError: CONNECT bodies', () => {
  it('reads the documented 400 body (no operation id in it)', async () => {
    const body = {
      Error: 'The request is not valid.',
      Reason: 'Exceeded the maximum return count of 2500000 events.',
      Resolution: 'Reduce query size and resubmit the request.',
    };
    const result = await readConnectError(res(400, body), { method: 'get' });
    const { Error: error, Reason: reason, Resolution: resolution } = body;
    expect(result).toStrictEqual({ kind, status: 400, method: 'GET', error, reason, resolution });
    expectPlain(result);
  });

  it('matches camelCase, takes the operation id from the header, accepts ReasonPhrase', async () => {
    const camel = { error: 'Not found.', reason: 'No stream "s1".', operationId: null };
    expect(await read(404, camel, { 'Operation-Id': 'op-404' })).toStrictEqual({
      ...{
        kind,
        status: 404,
        operationId: 'op-404',
        error: 'Not found.',
        reason: 'No stream "s1".',
      },
    });
    const headers = { 'operation-id': 'op-h', 'retry-after': ' 120 ', location: '/items/1' };
    expect(
      await read(503, { ReasonPhrase: 'Loading.', OperationId: 'op-b' }, headers),
    ).toMatchObject({
      reason: 'Loading.',
      operationId: 'op-b',
      retryAfter: '120',
      location: '/items/1',
    });
  });

  it('summarises a 207 with ChildErrors as an array', async () => {
    const result = await read(207, {
      Reason: 'Some streams were not created.',
      Data: [{ Id: 'ok1' }, { Id: 'ok2' }, { Id: 'ok3' }],
      ChildErrors: [
        { StreamId: 's1', StatusCode: 409, Reason: 'Exists with another type.' },
        { Id: 's2', statusCode: '409', reason: 'Exists too.' },
        { Name: 's3', Status: 400, Resolution: 'Fix the type id.' },
        { Error: 'No status here.' },
        'not an item',
      ],
    });
    const groups = [
      { status: 409, count: 2 },
      { status: 207, count: 1 },
      { status: 400, count: 1 },
    ];
    expect(result.partial).toMatchObject({ succeeded: 3, failed: 4, groups });
    expect(result.partial?.items.map((item) => item.id)).toEqual(['s1', 's2', 's3', undefined]);
    expect(result.partial?.items[1]).toStrictEqual({
      id: 's2',
      status: 409,
      reason: 'Exists too.',
    });
    expect(result.childErrors).toEqual(result.partial?.items);
    expectPlain(result);
  });

  it('reads ChildErrors keyed by item id, the key standing in for a missing Id', async () => {
    const result = await read(207, {
      Data: [],
      ChildErrors: {
        'asset-1': { StatusCode: 404, Reason: 'Unknown asset.' },
        'asset-2': { AssetId: 'real-id', StatusCode: 400, Reason: 'Bad metadata.' },
      },
    });
    expect(result.partial).toMatchObject({ succeeded: 0, failed: 2 });
    expect(result.partial?.items).toStrictEqual([
      { id: 'asset-1', status: 404, reason: 'Unknown asset.' },
      { id: 'real-id', status: 400, reason: 'Bad metadata.' },
    ]);
  });

  it('records the place in the request of items the service names only by place', async () => {
    const keyed = await read(207, {
      Data: [{ Id: 'ok1' }],
      ChildErrors: {
        '0': { StatusCode: 409, Reason: 'Exists.' },
        '2': { StatusCode: 400, StreamId: 'stream-c' },
      },
    });
    // Facts, not words: a 1-based position, and no bare "0" standing in for an id.
    expect(keyed.partial?.items).toStrictEqual([
      { position: 1, status: 409, reason: 'Exists.' },
      { id: 'stream-c', status: 400 },
    ]);
    expectPlain(keyed);
    const listed = await read(207, { ChildErrors: [{ StatusCode: 409 }, 'x', { Id: 'b' }, {}] });
    expect(listed.partial?.items).toStrictEqual([
      { position: 1, status: 409 },
      { id: 'b' },
      { position: 4 },
    ]);
    expect(normaliseConnectError(listed)).toStrictEqual(listed);
  });

  it('reads keys as places only when every key is a plain whole number within the request', async () => {
    const items = async (ChildErrors: Record<string, unknown>, Data?: unknown[]) =>
      (await read(207, { ChildErrors, ...(Data && { Data }) })).partial?.items;
    const one = { StatusCode: 400 };
    // Not all numbers, or not written plainly: the keys are ids.
    expect(await items({ '0': one, 'stream-a': one })).toStrictEqual([
      { id: '0', status: 400 },
      { id: 'stream-a', status: 400 },
    ]);
    expect(await items({ '007': one })).toStrictEqual([{ id: '007', status: 400 }]);
    expect(await items({ '-1': one })).toStrictEqual([{ id: '-1', status: 400 }]);
    expect(await items({ '1e3': one })).toStrictEqual([{ id: '1e3', status: 400 }]);
    // Beyond the request's size (1 worked + 1 failed): an id, not a place.
    expect(await items({ '5': one }, [{}])).toStrictEqual([{ id: '5', status: 400 }]);
    expect(await items({ '1': one }, [{}])).toStrictEqual([{ position: 2, status: 400 }]);
    // Size unknown: a plain whole number is taken for a place.
    expect(await items({ '41': one })).toStrictEqual([{ position: 42, status: 400 }]);
  });

  it('reads a 200 with Errors as a partial failure', async () => {
    const children = [
      { StreamId: 'a', StatusCode: 404 },
      { StreamId: 'b', StatusCode: 403 },
    ];
    const Errors = { OperationId: 'op-200', Reason: 'Two failed.', ChildErrors: children };
    const result = await read(200, { Results: [1, 2, 3, 4], Errors });
    expect(result).toMatchObject({ operationId: 'op-200', reason: 'Two failed.' });
    expect(result.partial).toMatchObject({ succeeded: 4, failed: 2 });
  });

  it('counts an Errors object without children as one failure, an empty one as none', () => {
    const one = toConnectError({ status: 200, body: { Results: [], Errors: { Reason: 'x' } } });
    const groups = [{ status: 200, count: 1 }];
    expect(one.partial).toStrictEqual({
      succeeded: 0,
      failed: 1,
      items: [{ reason: 'x' }],
      groups,
    });
    const none = toConnectError({ status: 200, body: { Results: [1], Errors: {} } });
    expect(none.partial).toBeUndefined();
  });

  it('reads problem+json', async () => {
    const problem = {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
    };
    const type = 'application/problem+json; charset=utf-8';
    const result = await read(403, { ...problem, status: 403 }, { 'content-type': type });
    expect(result.problem).toStrictEqual(problem);
    expect(result).toMatchObject({ error: problem.title, reason: problem.detail });
  });
});

describe('readConnectError: text, odd bodies and streams', () => {
  it('keeps a plain-text 500 and an HTML page as plain text', async () => {
    const headers = { 'content-type': 'text/plain' };
    const plain = new Response('  Internal error\r\n', {
      status: 500,
      statusText: 'Oops',
      headers,
    });
    const expected = { kind, status: 500, statusText: 'Oops', text: 'Internal error' };
    expect(await readConnectError(plain)).toStrictEqual(expected);
    const html = '<html><body><h1>502</h1><script>alert(1)</script></body></html>';
    const page = new Response(html, { status: 502, headers: { 'content-type': 'text/html' } });
    expect(await readConnectError(page)).toStrictEqual({ kind, status: 502, text: html });
  });

  it('treats invalid JSON, even with a JSON content type, as text', async () => {
    const body = '{"Reason": oops';
    const result = await readConnectError(new Response(body, { status: 400, headers: JSON_TYPE }));
    expect(result).toStrictEqual({ kind, status: 400, text: body });
  });

  it('still reports status and headers when the body was already read', async () => {
    const response = res(500, { Reason: 'x' }, { 'operation-id': 'op-used' });
    await response.text();
    const expected = { kind, status: 500, operationId: 'op-used' };
    expect(await readConnectError(response)).toStrictEqual(expected);
  });

  it('reads only the first 64 KiB of a big text body and cancels the rest', async () => {
    const { stream, seen } = chunked(['A'.repeat(40_000), 'B'.repeat(40_000), 'TAIL', 'MORE']);
    const result = await readConnectError(new Response(stream, { status: 500 }));
    expect(result.text?.startsWith('AAAA')).toBe(true);
    expect(result.text).not.toContain('TAIL');
    expect(result.text?.endsWith('…')).toBe(true);
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(4);
  });

  it('keeps the leading fields of a JSON body cut by the cap', async () => {
    const ChildErrors = Array.from({ length: 3000 }, (_, i) => ({
      StreamId: `s${i}`,
      StatusCode: 404,
    }));
    const body = { OperationId: 'op-big', Reason: 'Many failed.', Data: [1], ChildErrors };
    const cut = await readConnectError(res(207, body), { maxBytes: 8 * 1024 });
    expect(cut).toMatchObject({ operationId: 'op-big', reason: 'Many failed.' });
    // 8 KiB hold about 220 children of 37 bytes: only those were read.
    expect(cut.partial?.failed).toBeGreaterThan(10);
    expect(cut.partial?.failed).toBeLessThan(230);
    expect(cut.partial?.succeeded).toBeUndefined();
    expect(cut.partial?.items[0]).toStrictEqual({ id: 's0', status: 404 });
    const whole = await readConnectError(res(207, body), { maxBytes: 200_000 });
    expect(whole.partial).toMatchObject({ succeeded: 1, failed: 3000 });
    const raw = toConnectError({ status: 207, body: JSON.stringify(body) });
    expect(raw.partial?.failed).toBeGreaterThan(1000);
    expect(raw.partial?.failed).toBeLessThan(3000);
  });

  it('resolves with what arrived when the stream errors mid-way', async () => {
    const { stream } = chunked(['Gateway ', 'said something'], 1);
    const result = await readConnectError(new Response(stream, { status: 502 }));
    expect(result).toStrictEqual({ kind, status: 502, text: 'Gateway…', truncated: true });
  });

  it('never rejects on a junk "response"', async () => {
    const boom = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { get: boom }) as Response;
    expect(await readConnectError(hostile)).toStrictEqual({ kind, status: 0 });
    expect(await readConnectError(null as unknown as Response)).toStrictEqual({ kind, status: 0 });
  });
});

describe('hostile bodies', () => {
  it('does not let __proto__ pollute anything', () => {
    const body = JSON.parse(
      '{"__proto__":{"polluted":1},"Reason":"x","Parameters":{"__proto__":"p","constructor":"c","ok":"1"},"ChildErrors":{"__proto__":{"Reason":"y"}}}',
    );
    const result = toConnectError({ status: 400, body });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('polluted');
    expect(result.parameters).toStrictEqual({ ok: '1' });
    expect(result.childErrors).toStrictEqual([{ id: '__proto__', reason: 'y' }]);
    expectPlain(result);
  });

  it('coerces or ignores wrong types', () => {
    const body = { Reason: 42, Error: {}, Resolution: ['x'], ChildErrors: 'x', OperationId: true };
    expect(toConnectError({ status: 400, body })).toStrictEqual({
      kind,
      status: 400,
      reason: '42',
    });
  });

  it('keeps only primitive parameters, at most 50, folding the other maps in', () => {
    const Parameters = { id: 's1', count: 3, on: true, nested: { a: 1 }, none: null };
    const DynamicProperties = { id: 'Parameters wins', extra: 'e' };
    const body = { Parameters, DynamicProperties, EventId: 7 };
    const parameters = { id: 's1', count: '3', on: 'true', extra: 'e', EventId: '7' };
    expect(toConnectError({ status: 400, body }).parameters).toStrictEqual(parameters);
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`k${i}`, i]));
    const capped = toConnectError({ status: 400, body: { Parameters: many } }).parameters;
    expect(Object.keys(capped ?? {})).toHaveLength(50);
  });

  it('counts huge child lists but keeps 200 items, quickly', () => {
    const children = Array.from({ length: 50_000 }, (_, i) => ({ Id: `i${i}`, StatusCode: 404 }));
    const started = performance.now();
    const result = toConnectError({ status: 207, body: { ChildErrors: children } });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.partial?.failed).toBe(50_000);
    expect(result.partial?.items).toHaveLength(200);
    expect(result.childErrors).toHaveLength(200);
  });

  it('does not recurse into deep nesting', () => {
    let deep: unknown = { Reason: 'bottom' };
    for (let i = 0; i < 10_000; i++) deep = { ChildErrors: [deep] };
    const result = toConnectError({ status: 207, body: deep });
    expect(result.partial?.failed).toBe(1);
    expect(JSON.stringify(result)).not.toContain('bottom');
  });

  it('survives throwing getters and proxies', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const body = new Proxy({}, { ownKeys: boom });
    const headers = Object.defineProperty({}, 'operation-id', { get: boom, enumerable: true });
    expect(toConnectError({ status: 418, body, headers })).toStrictEqual({ kind, status: 418 });
  });
});

describe('toConnectError and isConnectError', () => {
  it('normalises status, method, url and plain header records', () => {
    const result = toConnectError({
      status: '409',
      statusText: 'Conflict',
      headers: { 'Operation-Id': 'op-1', 'Retry-After': 5 },
      method: 'patch',
      url: 'https://user:secret@example.com/api?x=1',
    });
    const url = 'https://example.com/api?x=1';
    expect(result).toStrictEqual({
      ...{ kind, status: 409, statusText: 'Conflict', method: 'PATCH', url },
      ...{ operationId: 'op-1', retryAfter: '5' },
    });
    for (const junk of [null, 'abc', 42.5, 99, 600, Number.NaN, {}]) {
      expect(toConnectError({ status: junk }).status).toBe(0);
    }
    expect(toConnectError({ status: 400, method: 'GET /x' }).method).toBeUndefined();
  });

  it('parses raw text as JSON only when it is JSON', () => {
    const text = (body: string, contentType?: string) =>
      toConnectError({ status: 400, body, contentType });
    expect(text(' {"Reason":"from text"} ').reason).toBe('from text');
    expect(text('"quoted"', 'application/json').text).toBe('quoted');
    expect(text('"quoted"').text).toBe('"quoted"');
    expect(text('[ERROR] disk full').text).toBe('[ERROR] disk full');
  });

  it('recognises only plain ConnectError objects', () => {
    expect(isConnectError({ kind, status: 404 })).toBe(true);
    expect(isConnectError(structuredClone({ kind, status: 0 }))).toBe(true);
    class Fake {
      kind = kind;
      status = 500;
    }
    const nos = [null, 404, { kind }, { kind: 'other', status: 1 }, [], new Error('x'), new Fake()];
    for (const no of nos) expect(isConnectError(no)).toBe(false);
  });
});

describe('properties', () => {
  const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
  const headerName = fc.oneof(token, fc.constantFrom('operation-id', 'retry-after', 'location'));
  const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/);
  const known = [
    'application/json',
    'application/problem+json',
    'text/plain',
    'text/html',
    'x+json',
  ];
  const contentType = fc.oneof(fc.constantFrom(...known), headerValue);
  const status = fc.integer({ min: 200, max: 599 }).filter((s) => ![204, 205, 304].includes(s));
  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
    fc.string(),
  );
  const headers = fc.dictionary(headerName, headerValue);

  it('readConnectError never rejects and always returns a plain ConnectError', async () => {
    const run = async (code: number, text: string, type: string, extra: Record<string, string>) => {
      const init = { status: code, headers: { ...extra, 'content-type': type } };
      const result = await readConnectError(new Response(text, init), { maxBytes: 512 });
      expect(result.status).toBe(code);
      expectPlain(result);
    };
    await fc.assert(fc.asyncProperty(status, body, contentType, headers, run), { numRuns: 300 });
  });

  it('toConnectError never throws and always returns a plain ConnectError', () => {
    const anyHeaders = fc.option(fc.dictionary(fc.string(), fc.anything()), { nil: undefined });
    const value = fc.oneof(fc.jsonValue(), fc.string(), fc.anything());
    const type = fc.option(contentType, { nil: undefined });
    const run = (code: unknown, body: unknown, h?: Record<string, unknown>, t?: string) =>
      expectPlain(toConnectError({ status: code, body, headers: h, contentType: t, url: body }));
    fc.assert(fc.property(fc.anything(), value, anyHeaders, type, run), { numRuns: 500 });
  });
});
