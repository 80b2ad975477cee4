import { isObject, numberOf } from '../core/guards';
import type { StatusDescriptor } from '../core/types';
import { isDescriptor } from '../i18n/described';
import type { ConnectStatus } from './useConnectStatus';

// Controllers the hook made. Components take these as they are; anything else passed as
// `controller` is rebuilt from its readable parts, or ignored (see asController).
const made = new WeakSet<object>();

/** Marks a hook result as a real controller. */
export function markController<T extends ConnectStatus>(controller: T): T {
  made.add(controller);
  return controller;
}

const noop = () => {};
const flag = (value: unknown) => value === true;
const count = (value: unknown, fallback = 0) => Math.max(0, numberOf(value) ?? fallback);
const action = (value: unknown) => (typeof value === 'function' ? (value as () => void) : noop);
const OUTCOMES: readonly unknown[] = ['recovered', 'failed', 'cancelled'];

/**
 * The controller a component can render: the hook's own result, or one an app built around a
 * describeStatus descriptor (a retry loop of its own, a server-rendered countdown), copied with
 * every field checked: each read once (a getter may answer differently twice), and only the
 * fields its retry state has. An object without such a descriptor, or one that throws, gives
 * undefined: the component then renders from `status`, never throws. Never throws.
 */
export function asController(value: unknown): ConnectStatus | undefined {
  if (!isObject(value)) return undefined;
  if (made.has(value)) return value as ConnectStatus;
  try {
    const { descriptor, retryState } = value;
    if (!isDescriptor(descriptor)) return undefined;
    const common = {
      attempt: Math.floor(count(value.attempt)),
      descriptor: descriptor as StatusDescriptor,
      empty: flag(value.empty),
      maxAttempts: Math.floor(count(value.maxAttempts, 3)),
      canRetry: flag(value.canRetry),
      willAutoRetry: flag(value.willAutoRetry),
      retry: action(value.retry),
      cancel: action(value.cancel),
    };
    if (retryState === 'scheduled') {
      const retryInMs = count(value.retryInMs);
      return {
        ...common,
        retryState,
        retryInMs,
        waitingForConnection: flag(value.waitingForConnection),
        delayMs: count(value.delayMs, retryInMs),
        retryAt: count(value.retryAt, Date.now() + retryInMs),
      };
    }
    if (retryState === 'retrying' || retryState === 'exhausted') return { ...common, retryState };
    const { outcome } = value;
    return {
      ...common,
      retryState: 'idle',
      outcome: OUTCOMES.includes(outcome) ? (outcome as 'recovered') : 'none',
    };
  } catch {
    return undefined;
  }
}
