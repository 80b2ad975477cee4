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
const count = (value: unknown, fallback = 0) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : fallback;
const action = (value: unknown) => (typeof value === 'function' ? (value as () => void) : noop);
const OUTCOMES = ['none', 'recovered', 'failed', 'cancelled'] as const;

/**
 * The controller a component can render: the hook's own result, or one an app built around a
 * describeStatus descriptor (a retry loop of its own, a server-rendered countdown), copied with
 * every field checked. A forged or half-made object gives undefined: the component then renders
 * from `status`, never throws. Never throws.
 */
export function asController(value: unknown): ConnectStatus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (made.has(value)) return value as ConnectStatus;
  try {
    const given = value as Record<string, unknown>;
    const { descriptor, retryState } = given;
    if (!isDescriptor(descriptor)) return undefined;
    const attempt = Math.floor(count(given.attempt));
    const common = {
      descriptor: descriptor as StatusDescriptor,
      empty: given.empty === true,
      maxAttempts: Math.floor(count(given.maxAttempts, 3)),
      canRetry: given.canRetry === true,
      willAutoRetry: given.willAutoRetry === true,
      retry: action(given.retry),
      cancel: action(given.cancel),
      attempt,
    };
    switch (retryState) {
      case 'scheduled': {
        const retryInMs = count(given.retryInMs);
        const waitingForConnection = given.waitingForConnection === true;
        const delayMs = count(given.delayMs, retryInMs);
        const retryAt = count(given.retryAt, Date.now() + retryInMs);
        return { ...common, retryState, retryInMs, delayMs, retryAt, waitingForConnection };
      }
      case 'retrying':
      case 'exhausted':
        return { ...common, retryState };
      default: {
        const outcome = OUTCOMES.find((name) => name === given.outcome) ?? 'none';
        return { ...common, retryState: 'idle', outcome };
      }
    }
  } catch {
    return undefined;
  }
}
