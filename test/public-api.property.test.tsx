import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as api from '../src';

/*
 * Every public function, for any value in any argument, returns (or resolves) and never throws:
 * the README promises it, and apps call these with whatever a server, a cache or untyped
 * JavaScript handed them.
 */

const trap = () => {
  throw new Error('trap');
};
// Traps on every named property; symbols pass, so fast-check can still inspect the value.
const trapNames = (target: object, key: string | symbol) =>
  typeof key === 'symbol' ? Reflect.get(target, key) : trap();
const trapHas = (target: object, key: string | symbol) =>
  typeof key === 'symbol' ? Reflect.has(target, key) : trap();
/** Values that break naive code: traps, throwing getters, odd numbers and types. */
const hostile = fc.constantFrom<unknown>(
  new Proxy({}, { get: trapNames, ownKeys: trap, has: trapHas }),
  Object.defineProperty({}, 'status', { get: trap, enumerable: true }),
  Object.defineProperty({ kind: 'connect-error', status: 503 }, 'reason', { get: trap }),
  Object.create(null),
  { __proto__: { status: 503 } },
  JSON.parse('{"__proto__": {"polluted": true}, "status": 503}'),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  2 ** 53,
  10n,
  Symbol('s'),
  () => 503,
  new Date(Number.NaN),
  new Response(null, { status: 503, headers: { 'Retry-After': '8639000000000' } }),
);
const value = fc.oneof(fc.anything({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), hostile);
const args = fc.array(value, { maxLength: 4 });

const sync = Object.entries(api).filter(
  ([name, fn]) =>
    typeof fn === 'function' &&
    !['readConnectError', 'useConnectStatus', 'useMessages', 'ConnectStatusProvider'].includes(
      name,
    ) &&
    !/^[A-Z]/.test(name),
);

function Probe({ input, opts }: { input: unknown; opts: unknown }) {
  const status = api.useConnectStatus(input, opts as api.UseConnectStatusOptions);
  return createElement('p', null, status.descriptor.title);
}

describe('every public function, with anything as arguments', () => {
  it.each(sync)('%s never throws (property, 2,000 runs)', (_name, fn) => {
    fc.assert(
      fc.property(args, (given) => {
        expect(() => (fn as (...a: unknown[]) => unknown)(...given)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('readConnectError never rejects (property, 2,000 runs)', async () => {
    const response = fc.oneof(
      value,
      fc
        .tuple(fc.integer({ min: 200, max: 599 }), fc.string())
        .map(
          ([status, body]) =>
            new Response([204, 205, 304].includes(status) ? null : body, { status }),
        ),
    );
    await fc.assert(
      fc.asyncProperty(response, value, async (res, options) => {
        const read = await api.readConnectError(res as Response, options as never);
        expect(read.kind).toBe('connect-error');
      }),
      { numRuns: 2000 },
    );
  });

  it('useConnectStatus renders any input with any options (property, 2,000 runs)', () => {
    const options = fc.oneof(
      value,
      fc.record(
        {
          onRetry: value,
          autoRetry: value,
          maxAttempts: value,
          method: value,
          idempotent: value,
          policy: value,
          requestKey: value,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(value, options, (input, opts) => {
        const { result, unmount } = renderHook(() =>
          api.useConnectStatus(input, opts as api.UseConnectStatusOptions),
        );
        expect(result.current.descriptor.title.trim()).not.toBe('');
        unmount();
        expect(renderToString(createElement(Probe, { input, opts }))).toMatch(/<p>.+<\/p>/);
      }),
      { numRuns: 2000 },
    );
  });
});
