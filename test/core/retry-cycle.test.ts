import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialCycle,
  nextTickMs,
  type RetryCycle,
  retryReducer,
} from '../../src/core/retry-cycle';

const scheduled = (attempt = 1, delayMs = 5000, now = 1000): RetryCycle =>
  retryReducer(initialCycle, { type: 'schedule', attempt, delayMs, wall: now });
const retrying = (attempt = 1): RetryCycle => ({ retryState: 'retrying', attempt });

describe('retryReducer', () => {
  it('starts idle with no attempts and no outcome', () => {
    expect(initialCycle).toEqual({ retryState: 'idle', attempt: 0, outcome: 'none' });
  });

  it('schedules with the whole wait as time left', () => {
    expect(scheduled(2, 5000, 1000)).toEqual({
      retryState: 'scheduled',
      attempt: 2,
      retryAt: 6000,
      delayMs: 5000,
      retryInMs: 5000,
      waitingForConnection: false,
    });
  });

  it('ticks the time left down, never below 0', () => {
    const state = scheduled(1, 5000, 1000);
    const tick = (leftMs: number, wall: number) => ({ type: 'tick' as const, leftMs, wall });
    expect(retryReducer(state, tick(4000, 2000))).toMatchObject({ retryInMs: 4000, retryAt: 6000 });
    expect(retryReducer(state, tick(-3000, 9000))).toMatchObject({ retryInMs: 0 });
    expect(retryReducer(retrying(), tick(3000, 2000))).toEqual(retrying());
  });

  it('moves the due time with the wall clock only when it jumped', () => {
    const state = scheduled(1, 5000, 1000); // due at 6000 by the wall clock
    // The clock and the wait agree to within a second: the due time stays, so it is named once.
    expect(retryReducer(state, { type: 'tick', leftMs: 4000, wall: 2600 })).toMatchObject({
      retryAt: 6000,
    });
    // The device's clock was set back two hours: the wait is as long as before, the time moves.
    const back = retryReducer(state, { type: 'tick', leftMs: 4000, wall: 2000 - 7_200_000 });
    expect(back).toMatchObject({ retryInMs: 4000, retryAt: 6000 - 7_200_000 });
  });

  it('marks a due retry as waiting for the connection, once', () => {
    const waiting = retryReducer(scheduled(), { type: 'offline' });
    expect(waiting).toMatchObject({
      retryState: 'scheduled',
      retryInMs: 0,
      waitingForConnection: true,
    });
    expect(retryReducer(waiting, { type: 'offline' })).toBe(waiting);
    expect(retryReducer(initialCycle, { type: 'offline' })).toBe(initialCycle);
  });

  it('starts a retry from any state and drops the countdown fields', () => {
    expect(retryReducer(scheduled(2), { type: 'start', attempt: 2 })).toEqual(retrying(2));
    expect(retryReducer(initialCycle, { type: 'start', attempt: 1 })).toEqual(retrying(1));
  });

  it('settles only a running retry', () => {
    expect(retryReducer(retrying(2), { type: 'succeed' })).toEqual({
      retryState: 'idle',
      attempt: 2,
      outcome: 'recovered',
    });
    expect(retryReducer(retrying(2), { type: 'fail', exhausted: false })).toEqual({
      retryState: 'idle',
      attempt: 2,
      outcome: 'failed',
    });
    expect(retryReducer(retrying(3), { type: 'fail', exhausted: true })).toEqual({
      retryState: 'exhausted',
      attempt: 3,
    });
    const s = scheduled();
    expect(retryReducer(s, { type: 'succeed' })).toBe(s);
    expect(retryReducer(s, { type: 'fail', exhausted: true })).toBe(s);
  });

  it('cancels only a scheduled retry, counting the retries actually made', () => {
    expect(retryReducer(scheduled(2), { type: 'cancel' })).toEqual({
      retryState: 'idle',
      attempt: 1,
      outcome: 'cancelled',
    });
    expect(retryReducer(retrying(), { type: 'cancel' })).toEqual(retrying());
  });

  it('resets to the initial cycle from anywhere', () => {
    expect(retryReducer(scheduled(3), { type: 'reset' })).toBe(initialCycle);
    expect(retryReducer({ retryState: 'exhausted', attempt: 3 }, { type: 'reset' })).toBe(
      initialCycle,
    );
  });
});

describe('nextTickMs', () => {
  it('waits to the next whole second of the countdown, or to the retry', () => {
    expect(nextTickMs(5000)).toBe(1000);
    expect(nextTickMs(5300)).toBe(300);
    expect(nextTickMs(999)).toBe(999);
    expect(nextTickMs(1)).toBe(1);
    expect(nextTickMs(0)).toBe(0);
  });

  it('never overshoots the retry and lands on a whole second or on 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (left) => {
        const wait = nextTickMs(left);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(Math.min(1000, left));
        expect((left - wait) % 1000).toBe(0);
        if (left > 0) expect(wait).toBeGreaterThan(0);
      }),
    );
  });
});
