/**
 * The retry cycle as a pure state machine. Each state carries exactly the fields that make
 * sense in it, so impossible combinations (a countdown while retrying) cannot be written.
 * `attempt` is always 1-based: the retry scheduled, running, or the last one made.
 * Fields that several states share are documented once, on the first (the props reference in
 * docs/props.md reads them from there).
 */
export type RetryCycle =
  | {
      /**
       * Where the retry cycle is: `idle` (no retry pending), `scheduled` (a countdown runs),
       * `retrying` (`onRetry` runs) or `exhausted` (the retries ran out).
       */
      retryState: 'idle';
      /** The retry scheduled, running or last made, counting from 1; 0 before the first. */
      attempt: number;
      /** How the last retry ended: `recovered`, `failed`, `cancelled`, or `none` yet. */
      outcome: 'none' | 'recovered' | 'failed' | 'cancelled';
    }
  | {
      retryState: 'scheduled';
      attempt: number;
      /**
       * When the retry runs, in milliseconds since the epoch (as `Date.now()`): for naming the
       * time of day. The wait itself runs on a monotonic clock, so when the device's clock is
       * set back or forward this moves with it (and the time is named again).
       */
      retryAt: number;
      /** The whole wait, as scheduled, in milliseconds. */
      delayMs: number;
      /** The time left before the retry, in milliseconds, updated once a second. */
      retryInMs: number;
      /**
       * True while the device is offline: the retry waits for the connection instead of using
       * up an attempt, and `retryInMs` stays 0.
       */
      waitingForConnection: boolean;
    }
  | { retryState: 'retrying'; attempt: number }
  | { retryState: 'exhausted'; attempt: number };

export type RetryAction =
  | { type: 'reset' }
  | { type: 'schedule'; attempt: number; delayMs: number; wall: number }
  | { type: 'tick'; leftMs: number; wall: number }
  | { type: 'offline' }
  | { type: 'start'; attempt: number }
  | { type: 'succeed' }
  | { type: 'fail'; exhausted: boolean }
  | { type: 'cancel' };

export const initialCycle: RetryCycle = { retryState: 'idle', attempt: 0, outcome: 'none' };

export function retryReducer(state: RetryCycle, action: RetryAction): RetryCycle {
  switch (action.type) {
    case 'reset':
      return initialCycle;
    case 'schedule':
      return {
        retryState: 'scheduled',
        attempt: action.attempt,
        retryAt: action.wall + action.delayMs,
        delayMs: action.delayMs,
        retryInMs: action.delayMs,
        waitingForConnection: false,
      };
    case 'tick': {
      if (state.retryState !== 'scheduled') return state;
      const retryInMs = Math.max(0, action.leftMs);
      // The due time follows the wall clock only when it jumped (over a second off), so a live
      // region names it once per wait, and again after the device's clock was changed.
      const at = action.wall + retryInMs;
      const retryAt = Math.abs(at - state.retryAt) > 1000 ? at : state.retryAt;
      return { ...state, retryInMs, retryAt };
    }
    case 'offline':
      if (state.retryState !== 'scheduled' || state.waitingForConnection) return state;
      // The retry is due: the countdown reads 0 while it waits, not the last whole second.
      return { ...state, retryInMs: 0, waitingForConnection: true };
    case 'start':
      return { retryState: 'retrying', attempt: action.attempt };
    case 'succeed':
      if (state.retryState !== 'retrying') return state;
      return { retryState: 'idle', attempt: state.attempt, outcome: 'recovered' };
    case 'fail':
      if (state.retryState !== 'retrying') return state;
      return action.exhausted
        ? { retryState: 'exhausted', attempt: state.attempt }
        : { retryState: 'idle', attempt: state.attempt, outcome: 'failed' };
    case 'cancel':
      if (state.retryState !== 'scheduled') return state;
      // The scheduled retry never ran, so the count stays at the retries actually made.
      return { retryState: 'idle', attempt: state.attempt - 1, outcome: 'cancelled' };
  }
}

/**
 * How long until the next render-worthy moment: the next whole second of the countdown, or
 * the retry itself, whichever is first. One timer, and one commit per second at most.
 */
export function nextTickMs(retryInMs: number): number {
  // On a whole second, the next one (or the retry, when less than a second is left).
  return retryInMs % 1000 || Math.min(1000, retryInMs);
}
