import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRetryPolicy } from '../../src/core/retry';
import { initialCycle } from '../../src/core/retry-cycle';
import { RetryStore, type View } from '../../src/hooks/retry-store';

/*
 * The store's upkeep: a dashboard that shows many failing requests in turn (each its own
 * requestKey, each remembered for the quiet period) must not make every new one pay for all the
 * cycles remembered. Counted as the cycles the store looks at, not timed (npm run bench times
 * it: 10,000 distinct keys against one key 10,000 times).
 */

afterEach(() => {
  vi.restoreAllMocks();
});

/** How many times the store checks a cycle while `count` failing views are shown in turn. */
function cyclesLookedAt(count: number, distinct: boolean): number {
  const looks = vi.spyOn(RetryStore.prototype as unknown as { isOver: () => boolean }, 'isOver');
  const store = new RetryStore();
  const policy = resolveRetryPolicy(undefined, undefined);
  for (let i = 0; i < count; i++) {
    const view: View = { auto: false, policy, code: 503 };
    const target = { own: `key stream-${distinct ? i : 0}`, like: '' };
    store.connect(view, () => {});
    store.report(view, target, { status: 503 }, 'failing', initialCycle, {});
    store.disconnect(view);
  }
  // All still remembered: none is quiet yet.
  expect((store as unknown as { named: Map<string, unknown> }).named.size).toBe(
    distinct ? count : 1,
  );
  const calls = looks.mock.calls.length;
  looks.mockRestore();
  return calls;
}

describe('retry store upkeep', () => {
  it('the work per new key does not grow with the number of cycles remembered', () => {
    const perKey = (count: number) => cyclesLookedAt(count, true) / count;
    // Amortised: a sweep of ended cycles runs each time the store doubles, not on every key, so
    // each new key costs the same few looks however many are remembered (was: all of them).
    for (const count of [1_000, 10_000, 20_000]) expect(perKey(count)).toBeLessThanOrEqual(3);
    // Against one key shown 10,000 times.
    expect(cyclesLookedAt(10_000, true)).toBeLessThanOrEqual(4 * cyclesLookedAt(10_000, false));
  });
});
