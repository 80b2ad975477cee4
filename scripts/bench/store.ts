// The retry store's upkeep per new request: `count` failing views shown in turn, each with its
// own requestKey or all with one, in Node (no window: no timers). The work per new key must not
// grow with the number of cycles the store remembers.
import { resolveRetryPolicy } from '../../src/core/retry';
import { initialCycle } from '../../src/core/retry-cycle';
import { RetryStore, type View } from '../../src/hooks/retry-store';

export function storeWork(count: number, distinct: boolean): number {
  const store = new RetryStore();
  const policy = resolveRetryPolicy(undefined, undefined);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const view: View = { auto: false, policy, code: 503 };
    const target = { own: `key stream-${distinct ? i : 0}`, like: '' };
    store.connect(view, () => {});
    store.report(view, target, { status: 503, i }, 'failing', initialCycle, {});
    store.disconnect(view);
  }
  return performance.now() - start;
}
