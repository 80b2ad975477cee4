import fc from 'fast-check';
import { UNSAFE_ErrorResponseImpl as ErrorResponseImpl } from 'react-router';
import { describe, expect, it } from 'vitest';
import { toConnectError } from '../../src/core/connect-error';
import type { StatusDescriptor } from '../../src/core/types';
import { describeStatus } from '../../src/i18n/describe';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';

const now = Date.UTC(2026, 10, 26, 12, 0, 0);

function expectComplete(descriptor: StatusDescriptor) {
  expect(Number.isInteger(descriptor.code)).toBe(true);
  expect(en.states[descriptor.key]).toBeDefined();
  for (const text of [
    descriptor.title,
    descriptor.message,
    descriptor.label,
    descriptor.retry.advice,
  ]) {
    expect(typeof text).toBe('string');
    expect(text.trim().length).toBeGreaterThan(0);
  }
  expect(['success', 'info', 'warning', 'error']).toContain(descriptor.severity);
  expect(typeof descriptor.retry.retryable).toBe('boolean');
}

describe('describeStatus', () => {
  it('reads numbers and numeric strings', () => {
    expect(describeStatus(404)).toMatchObject({
      key: '404',
      code: 404,
      title: "Couldn't find this item",
    });
    expect(describeStatus(' 503 ')).toMatchObject({ key: '503', code: 503, severity: 'warning' });
    expect(describeStatus(201)).toMatchObject({ severity: 'success', label: 'Created' });
  });

  it('falls back by class, and to a clear unknown state for junk', () => {
    expect(describeStatus(418)).toMatchObject({ key: '4xx', code: 418, severity: 'error' });
    for (const junk of [
      null,
      undefined,
      Number.NaN,
      'abc',
      '12.5',
      1e9,
      {},
      [],
      Symbol('x'),
      () => 1,
    ]) {
      const descriptor = describeStatus(junk);
      expect(descriptor.key).toBe('unknown');
      expect(descriptor.title).toBe('Something went wrong');
    }
  });

  it('reads a fetch Response with its Retry-After', () => {
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '12' } });
    const descriptor = describeStatus(response, { now });
    expect(descriptor).toMatchObject({ key: '503', retry: { retryable: true, afterMs: 12_000 } });
    // What the service asked for, which stays true when no countdown runs or after Cancel.
    expect(descriptor.retry.advice).toBe('Try again after the 12 s pause the service asked for.');
  });

  it('says a one-second pause in the same words', () => {
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '1' } });
    expect(describeStatus(response, { now }).retry.advice).toBe(
      'Try again after the 1 s pause the service asked for.',
    );
    expect(describeStatus(response, { now, messages: de }).retry.advice).toBe(
      'Der Dienst hat um 1 s Pause gebeten. Versuchen Sie es danach erneut.',
    );
  });

  it('names the moment a Retry-After date names, to the second, rather than a figure that ages', () => {
    const at = new Date(now + 20_000);
    const response = new Response(null, {
      status: 503,
      headers: { 'Retry-After': at.toUTCString() },
    });
    const time = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(Math.floor(at.getTime() / 1000) * 1000));
    const descriptor = describeStatus(response, { now });
    expect(descriptor.retry.advice).toBe(`Try again after ${time}.`);
    expect(descriptor.retry.notBefore).toBeUndefined();
  });

  it('turns a wait beyond the long cap into a time of day', () => {
    const at = new Date(now + 2 * 3600_000).toUTCString();
    const descriptor = describeStatus({ status: 503, headers: { 'retry-after': at } }, { now });
    expect(descriptor.retry.notBefore).toBe(now + 2 * 3600_000);
    expect(descriptor.retry.advice).toMatch(/^Try again after \d{1,2}:\d{2}( [AP]M)?\.$/);
  });

  it('ignores Retry-After where retrying cannot help', () => {
    const descriptor = describeStatus({ status: 400, headers: { 'Retry-After': '5' } }, { now });
    expect(descriptor.retry).toEqual({ retryable: false, advice: en.states['400'].advice });
  });

  it('knows the errors fetch, AbortSignal, axios and ky throw', () => {
    expect(describeStatus(new TypeError('Failed to fetch')).key).toBe('offline');
    expect(describeStatus(new DOMException('aborted', 'AbortError')).key).toBe('aborted');
    expect(describeStatus(new DOMException('signal timed out', 'TimeoutError')).key).toBe(
      'timeout',
    );
    const axios = Object.assign(new Error('Request failed with status code 409'), {
      isAxiosError: true,
      config: { method: 'post' },
      response: {
        status: 409,
        headers: {},
        data: { Reason: 'Type exists with another definition.' },
      },
    });
    expect(describeStatus(axios)).toMatchObject({ key: '409', method: 'POST' });
    expect(describeStatus(Object.assign(new Error('timeout'), { code: 'ECONNABORTED' })).key).toBe(
      'timeout',
    );
    const ky = Object.assign(new Error('HTTPError'), {
      name: 'HTTPError',
      response: new Response(null, { status: 401 }),
      request: { method: 'GET' },
    });
    expect(describeStatus(ky)).toMatchObject({ key: '401', method: 'GET', nextStep: 'sign-in' });
    expect(describeStatus(new Error('boom', { cause: new TypeError('NetworkError') })).key).toBe(
      'offline',
    );
  });

  it("reads a router's error response (React Router's ErrorResponse) as a response", () => {
    const body = { OperationId: 'op-404', Error: 'Not found.', Reason: 'No stream pump-9.' };
    // throw data(body, { status: 404 }): the parsed body in `data`.
    expect(describeStatus(new ErrorResponseImpl(404, undefined, body))).toMatchObject({
      key: '404',
      details: { operationId: 'op-404', reason: 'No stream pump-9.' },
    });
    // A thrown Response that was not application/json (problem+json, text): its text in `data`.
    expect(
      describeStatus(new ErrorResponseImpl(403, 'Forbidden', JSON.stringify(body))),
    ).toMatchObject({ key: '403', details: { operationId: 'op-404' } });
    // No body at all: the status is enough.
    const empty = describeStatus(new ErrorResponseImpl(503, 'Service Unavailable', ''));
    expect(empty).toMatchObject({ key: '503', retry: { retryable: true } });
    expect(empty.details).toBeUndefined();
    // Its own 404 for a URL no route matches: its message for developers is no server's words.
    const noRoute = new ErrorResponseImpl(404, 'Not Found', new Error('No route matches'), true);
    expect(noRoute.data).toBe('Error: No route matches');
    expect(describeStatus(noRoute)).toMatchObject({ key: '404', nextStep: 'check-address' });
    expect(describeStatus(noRoute).details).toBeUndefined();
    // throw data(connectError, { status }): the ConnectError inside, its Retry-After included.
    const connect = toConnectError({ status: 503, headers: { 'Retry-After': '5' }, body });
    const wrapped = describeStatus(new ErrorResponseImpl(503, undefined, connect), { now });
    expect(wrapped).toMatchObject({ key: '503', retry: { afterMs: 5000 } });
    expect(wrapped.details).toMatchObject({ operationId: 'op-404' });
  });

  it('does not mistake a programming error for a network failure', () => {
    expect(
      describeStatus(new TypeError("Cannot read properties of undefined (reading 'x')")).key,
    ).toBe('unknown');
  });

  it('carries the server details of a CONNECT body', () => {
    const descriptor = describeStatus({
      status: 400,
      body: {
        Error: 'The request is not valid.',
        Reason: 'Exceeded the maximum return count of 2500000 events.',
        Resolution: 'Reduce query size and resubmit the request.',
        OperationId: 'op-123',
      },
    });
    expect(descriptor.details).toEqual({
      error: 'The request is not valid.',
      reason: 'Exceeded the maximum return count of 2500000 events.',
      resolution: 'Reduce query size and resubmit the request.',
      operationId: 'op-123',
    });
  });

  it('treats a 200 listing failed items as a partial failure', () => {
    const descriptor = describeStatus({
      status: 200,
      body: {
        Results: [1, 2],
        Errors: { Reason: 'Some failed', ChildErrors: [{ StatusCode: 404, Id: 's1' }] },
      },
    });
    expect(descriptor).toMatchObject({ key: '207', code: 200, severity: 'warning' });
    expect(descriptor.partial).toMatchObject({ failed: 1, succeeded: 2 });
  });

  it('survives hostile objects', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(describeStatus(throwing).key).toBe('unknown');
    const getter = Object.defineProperty({}, 'status', {
      get: () => {
        throw new Error('x');
      },
    });
    expect(describeStatus(getter).key).toBe('unknown');
    expect(describeStatus(404, { now: Number.NaN, method: 42 as unknown as string }).key).toBe(
      '404',
    );
  });

  it('returns a complete descriptor for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.integer({ min: -1000, max: 1000 }),
          fc.record({ status: fc.anything(), headers: fc.anything(), body: fc.anything() }),
          fc.record({ status: fc.integer({ min: 100, max: 599 }), body: fc.jsonValue() }),
        ),
        (input) => expectComplete(describeStatus(input, { now })),
      ),
      { numRuns: 500 },
    );
  });
});
