// The retry store's upkeep per new request: `count` failing views shown in turn, each with its
// own requestKey or all with one, in Node (no window: no timers). The work per new key must not
// grow with the number of cycles the store remembers.
import { resolveRetryPolicy } from '../../src/core/retry';
import { RetryStore, type View } from '../../src/hooks/retry-store';
import { initialCycle } from '../../src/hooks/retry-cycle';

export function storeWork(count: number, distinct: boolean): number {
  const store = new RetryStore();
  const policy = resolveRetryPolicy(undefined, undefined);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const view: View = { auto: false, policy, code: 503 };
    const target = { own: `stream-${distinct ? i : 0}`, like: 'state 503' };
    store.connect(view, () => {});
    store.report(view, target, { input: { status: 503, i }, shown: 'failing', seen: initialCycle });
    store.disconnect(view);
  }
  return performance.now() - start;
}
