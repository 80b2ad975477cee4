import { type RetryPolicy, retryAfterOf, retryDelay } from '../core/retry';
import {
  initialCycle,
  nextTickMs,
  type RetryAction,
  type RetryCycle,
  retryReducer,
} from './retry-cycle';
import { type EventSubject, emit, type StatusEvent, type StatusListener } from './status-events';

/*
 * Retry cycles outside React, one per request (see requestKeyOf). A cycle outlives the components
 * that show it: a `null` in between, a remount (TanStack Query clears `error` while it refetches a
 * query that never had data) or an `autoRetry` flip resumes the same count instead of starting at
 * attempt 1 again, so an always-failing service gets at most 1 + maxAttempts requests.
 *
 * It ends on success, on a person's retry after exhaustion (a fresh budget), or after a quiet
 * period with no failure and no one showing it. Timers and the `online` listener run only while
 * someone shows the cycle, one timer per cycle; React reads it through useSyncExternalStore.
 */

/** One hook instance showing a cycle: what it can do, read when the cycle acts. */
export interface Member {
  /** Repeats the request; a function or absent. */
  onRetry?: () => unknown;
  /** This member wants retries without a click (opted in, retryable, safe to repeat). */
  auto: boolean;
  policy: RetryPolicy;
  /** The status code and Retry-After (ms) of the failure this member shows. */
  code: number;
  afterMs?: number;
  /** The (key, input) this member last reported, so a re-render or StrictMode's second mount is
   * not taken for a new failure. */
  reported?: { key: string; input: unknown; failing: boolean };
  /** Who hears this member's status events (its own onStatus, its providers'), and what about. */
  listeners?: readonly StatusListener[];
  subject?: EventSubject;
}

interface Cycle {
  state: RetryCycle;
  members: Map<Member, () => void>;
  /** Views that no longer show the failure but wait to say that its retry worked (see watch). */
  watchers: Set<() => void>;
  policy: RetryPolicy;
  /** Whether the last members wanted auto-retry, for a retry that fails while none is mounted. */
  auto: boolean;
  /** The latest failure: its code picks the 503 quick first retry, its Retry-After the wait. */
  code: number;
  afterMs?: number;
  /** The failure last seen, so the same object shown again is not a new failure. */
  lastInput: unknown;
  /** Epoch ms of the last failure, retry start or scheduled retry: the quiet period runs from it. */
  activeAt: number;
  /** The attempt in flight; a stale promise (an older ticket) steers nothing. */
  ticket: number;
  /** The retry in flight returned no promise: the next input for this request settles it. */
  awaitingInput: boolean;
  timer?: ReturnType<typeof setTimeout>;
  online?: () => void;
  /** A failure shown while the retry's promise ran (see report). */
  failedMeanwhile?: { afterMs?: number };
  /** A view kept showing the failure over CONFIRM_MS after the retry resolved (see report). */
  doubted?: boolean;
  /** When a retry's promise last resolved (see justRecovered). */
  recoveredAt?: number;
  /** The scheduled state the timer or listener belongs to. */
  waitsFor?: RetryCycle;
  /** The last members' listeners, for events while none is mounted (a retry still running). */
  listeners: readonly StatusListener[];
  /** The failure the events are about: the latest one shown. */
  subject?: EventSubject;
  /** The state last told as `shown`: a retry's new failure object of that state is not news. */
  toldKey?: string;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** A rejection's Retry-After (a Response, an HTTP error); a bare number is no header. */
const waitOf = (reason: unknown) =>
  typeof reason === 'object' && reason !== null ? retryAfterOf(reason) : undefined;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * A failure shown this soon after onRetry resolved is that retry's failure. Long enough for the
 * app's render to follow its promise (React and query libraries batch a task or two later);
 * short next to any real request that would have to fail again.
 */
const CONFIRM_MS = 1000;

/** How long a cycle nobody shows is remembered after its last failure: twice the backoff cap. */
const quietMs = (policy: RetryPolicy) => Math.max(2 * policy.capMs, 5000);

export class RetryStore {
  private cycles = new Map<string, Cycle>();

  /** The cycle's state for a render: stable between changes, the start state when none or over. */
  read(key: string): RetryCycle {
    const cycle = this.cycles.get(key);
    return cycle && !this.isOver(cycle) ? cycle.state : initialCycle;
  }

  /** A member starts showing the cycle; returns its leave function (useSyncExternalStore style). */
  join(key: string, member: Member, notify: () => void): () => void {
    const cycle = this.cycleFor(key, member);
    cycle.members.set(member, notify);
    this.sync(cycle);
    return () => {
      if (cycle.members.get(member) !== notify) return;
      cycle.members.delete(member);
      // Still shown well after its retry resolved: the failure never went away.
      if (this.sinceResolved(cycle) > CONFIRM_MS) cycle.doubted = true;
      if (cycle.members.size === 0) cycle.auto = member.auto;
      this.sync(cycle);
    };
  }

  /**
   * Follows a cycle without showing it: no timers run for a watcher, and it never retries. An
   * alert whose failure the app cleared (`setError(null)` once the reload worked) watches the
   * cycle it showed, so it can still say "Back to normal" once the retry's promise resolves.
   */
  watch(key: string, notify: () => void): () => void {
    const cycle = this.cycles.get(key);
    if (!cycle) return () => {};
    cycle.watchers.add(notify);
    return () => {
      cycle.watchers.delete(notify);
    };
  }

  /**
   * What a member shows after a commit. A failure it has not reported yet may settle a promise-less
   * retry (the same request failed again); a success ends the cycle. Then the schedule follows the
   * members' wishes: started when one wants auto-retry, withdrawn when none does.
   */
  report(key: string, member: Member, input: unknown, failing: boolean): void {
    const before = member.reported;
    member.reported = { key, input, failing };
    // Shown anew: this member showed nothing, a success or another request before.
    const returning = before?.key !== key || !before.failing;
    if (!failing) {
      if (returning || before.input !== input) this.succeed(key);
      return;
    }
    const cycle = this.cycleFor(key, member);
    cycle.policy = member.policy;
    cycle.listeners = member.listeners ?? cycle.listeners;
    // The same object again (another view, a remount) is not news; a primitive can only be told
    // apart by the member having shown something else in between.
    const seen = typeof input === 'object' && input !== null && input === cycle.lastInput;
    if ((returning || before.input !== input) && !seen) {
      cycle.lastInput = input;
      cycle.code = member.code;
      cycle.afterMs = member.afterMs;
      cycle.subject = member.subject ?? cycle.subject;
      if (cycle.subject && cycle.subject.key !== cycle.toldKey) {
        cycle.toldKey = cycle.subject.key;
        this.tell(cycle, { type: 'shown' }, member.listeners);
      }
      cycle.activeAt = Math.max(cycle.activeAt, Date.now());
      const { state } = cycle;
      if (state.retryState === 'retrying' && cycle.awaitingInput) {
        this.settle(cycle, cycle.ticket, false, member.afterMs);
      } else if (state.retryState === 'retrying') {
        // A new failure shown while the retry's promise runs: if the promise then resolves
        // anyway (a load that catches its own error), this failure is the retry's outcome.
        cycle.failedMeanwhile = { afterMs: member.afterMs };
      } else if (this.justRecovered(cycle)) {
        // onRetry resolved, yet the request failed: a load that catches its own error, or
        // TanStack's refetch() without throwOnError. The failure is that retry's outcome.
        this.unrecover(cycle, member.afterMs);
      } else if (returning && state.retryState === 'idle' && state.outcome === 'recovered') {
        // Failing again after a success is a new episode with a fresh budget. Only a failure
        // shown anew counts: an input rebuilt on each render is still the old, stale one. And
        // only after a success someone saw: where a view kept showing the failure well after
        // the retry resolved (a bare 503 the app set again, which React does not render anew),
        // or still shows it, that retry failed, and the count goes on.
        if (cycle.doubted || (cycle.members.size > 1 && this.sinceResolved(cycle) > CONFIRM_MS)) {
          this.unrecover(cycle, member.afterMs);
        } else this.set(cycle, { type: 'reset' });
      }
    }
    this.planNext(cycle);
    this.sync(cycle);
  }

  /** A person's retry: now, skipping a countdown; after exhaustion or recovery, from attempt 1. */
  retry(key: string): void {
    const cycle = this.cycles.get(key);
    if (!cycle) return;
    const { state } = cycle;
    if (state.retryState === 'retrying') return;
    const fresh =
      state.retryState === 'exhausted' ||
      (state.retryState === 'idle' && state.outcome === 'recovered');
    this.run(
      cycle,
      state.retryState === 'scheduled' ? state.attempt : fresh ? 1 : state.attempt + 1,
    );
  }

  /** Stops a scheduled retry (WCAG 2.2.1); nothing more is scheduled until the next failure. */
  cancel(key: string): void {
    const cycle = this.cycles.get(key);
    if (cycle?.state.retryState !== 'scheduled') return;
    this.set(cycle, { type: 'cancel' });
    cycle.activeAt = Date.now();
    this.sync(cycle);
  }

  /** Forgets every cycle and stops its timer: a clean slate, as for a new page or a test. */
  clear(): void {
    for (const cycle of this.cycles.values()) this.stop(cycle);
    this.cycles.clear();
  }

  private isOver(cycle: Cycle): boolean {
    if (cycle.members.size > 0) return false;
    // A recovery someone is watching stays, so "Back to normal" holds until their next status.
    const { state } = cycle;
    if (cycle.watchers.size > 0 && state.retryState === 'idle' && state.outcome === 'recovered') {
      return false;
    }
    if (cycle.state.retryState === 'retrying' && !cycle.awaitingInput) return false;
    return Date.now() - cycle.activeAt > quietMs(cycle.policy);
  }

  private cycleFor(key: string, member: Member): Cycle {
    const existing = this.cycles.get(key);
    if (existing && !this.isOver(existing)) return existing;
    if (existing) this.stop(existing);
    // Cycles nobody shows any more are dropped once over, so the map stays small.
    for (const [other, cycle] of this.cycles) if (this.isOver(cycle)) this.cycles.delete(other);
    const cycle: Cycle = {
      state: initialCycle,
      members: new Map(),
      watchers: new Set(),
      policy: member.policy,
      auto: member.auto,
      code: member.code,
      afterMs: member.afterMs,
      lastInput: undefined,
      activeAt: Date.now(),
      ticket: 0,
      awaitingInput: false,
      listeners: member.listeners ?? [],
      subject: member.subject,
    };
    this.cycles.set(key, cycle);
    return cycle;
  }

  private succeed(key: string): void {
    const cycle = this.cycles.get(key);
    if (!cycle) return;
    const was = cycle.state;
    if (was.retryState === 'retrying') {
      cycle.failedMeanwhile = undefined; // the success shown outweighs a failure shown before it
      this.settle(cycle, cycle.ticket, true);
    }
    // A success shown is no tentative one, nor in doubt.
    cycle.recoveredAt = undefined;
    cycle.doubted = false;
    if (was.retryState === 'retrying') return;
    // The request works again (the app fetched it itself): nothing is left to retry.
    cycle.state = { retryState: 'idle', attempt: was.attempt, outcome: 'recovered' };
    if (was.retryState !== 'idle' || was.outcome !== 'recovered') {
      this.tell(cycle, { type: 'recovered', attempt: was.attempt || undefined });
    }
    cycle.toldKey = undefined;
    if (cycle.state.attempt === 0) this.cycles.delete(key);
    this.changed(cycle);
  }

  /** A resolved retry whose request is shown failing within a moment did not really succeed. */
  private justRecovered(cycle: Cycle): boolean {
    return this.sinceResolved(cycle) <= CONFIRM_MS;
  }

  /** Ms since the retry's promise resolved, while that is all the cycle knows; else NaN, which
   * every comparison finds false. */
  private sinceResolved(cycle: Cycle): number {
    const { state, recoveredAt } = cycle;
    return state.retryState === 'idle' && state.outcome === 'recovered' && recoveredAt !== undefined
      ? Date.now() - recoveredAt
      : Number.NaN;
  }

  /** A retry taken for a success turns out failed: its outcome, not a new try (no `retried`). */
  private unrecover(cycle: Cycle, afterMs: number | undefined): void {
    this.set(cycle, { type: 'start', attempt: cycle.state.attempt }, true);
    this.settle(cycle, cycle.ticket, false, afterMs);
  }

  private wantsAuto(cycle: Cycle): boolean {
    if (cycle.members.size === 0) return cycle.auto;
    for (const member of cycle.members.keys()) if (member.auto) return true;
    return false;
  }

  /** Schedules the next attempt when someone wants auto-retry and the cycle is between tries. */
  private planNext(cycle: Cycle): void {
    const { state } = cycle;
    const auto = this.wantsAuto(cycle);
    if (state.retryState === 'scheduled' && !auto && cycle.members.size > 0) {
      // No one wants retries on their own any more: the countdown is withdrawn, not cancelled,
      // so opting in again resumes the count where it was.
      const made = state.attempt - 1;
      cycle.state = { retryState: 'idle', attempt: made, outcome: made > 0 ? 'failed' : 'none' };
      this.changed(cycle);
      return;
    }
    if (!auto || state.retryState !== 'idle') return;
    if (state.outcome !== 'none' && state.outcome !== 'failed') return;
    if (state.attempt < cycle.policy.maxAttempts) {
      this.schedule(cycle, state.attempt + 1, cycle.afterMs);
    }
  }

  private schedule(cycle: Cycle, attempt: number, afterMs: number | undefined): boolean {
    const args = { attempt: attempt - 1, code: cycle.code, afterMs };
    const delayMs = retryDelay(args, cycle.policy);
    if (delayMs === undefined) return false;
    const now = Date.now();
    this.set(cycle, { type: 'schedule', attempt, delayMs, now });
    cycle.activeAt = now + delayMs;
    return true;
  }

  /** Calls every member's onRetry once for this attempt; one attempt runs at a time. */
  private run(cycle: Cycle, attempt: number): void {
    if (cycle.state.retryState === 'retrying') return;
    const calls = new Set<() => unknown>();
    for (const member of cycle.members.keys()) {
      if (typeof member.onRetry === 'function') calls.add(member.onRetry);
    }
    if (calls.size === 0) return;
    cycle.ticket += 1;
    const ticket = cycle.ticket;
    cycle.awaitingInput = false;
    cycle.failedMeanwhile = undefined;
    cycle.activeAt = Date.now();
    this.set(cycle, { type: 'start', attempt });
    this.sync(cycle);
    const pending: PromiseLike<unknown>[] = [];
    for (const call of calls) {
      let result: unknown;
      try {
        result = call();
      } catch (error) {
        this.settle(cycle, ticket, false, waitOf(error));
        return;
      }
      if (isThenable(result)) pending.push(result);
    }
    // Without a promise, the next input for this request tells how the retry went.
    if (pending.length === 0) {
      cycle.awaitingInput = true;
      return;
    }
    Promise.all(pending).then(
      () => this.settle(cycle, ticket, true),
      (reason: unknown) => this.settle(cycle, ticket, false, waitOf(reason)),
    );
  }

  /** `afterMs`: the Retry-After of the failure, which sets the next wait. */
  private settle(cycle: Cycle, ticket: number, ok: boolean, afterMs?: number): void {
    const { state } = cycle;
    if (ticket !== cycle.ticket || state.retryState !== 'retrying') return;
    cycle.awaitingInput = false;
    cycle.doubted = false;
    cycle.activeAt = Date.now();
    const failed = cycle.failedMeanwhile;
    cycle.failedMeanwhile = undefined;
    if (ok && !failed) {
      this.set(cycle, { type: 'succeed' });
      cycle.recoveredAt = cycle.activeAt;
      this.sync(cycle);
      return;
    }
    this.settleFailed(cycle, state.attempt, ok ? failed?.afterMs : afterMs);
  }

  private settleFailed(cycle: Cycle, made: number, afterMs: number | undefined): void {
    const auto = this.wantsAuto(cycle);
    if (!(auto && made < cycle.policy.maxAttempts && this.schedule(cycle, made + 1, afterMs))) {
      this.set(cycle, { type: 'fail', exhausted: made >= cycle.policy.maxAttempts || auto });
    }
    this.sync(cycle);
  }

  /** `quiet`: a correction of the state, not something that happened (no event). */
  private set(cycle: Cycle, action: RetryAction, quiet = false): void {
    const next = retryReducer(cycle.state, action);
    if (next === cycle.state) return;
    cycle.state = next;
    if (!quiet) this.eventFor(cycle, action, next);
    this.changed(cycle);
  }

  /** The event a change of state makes, if any: ticks, resets and offline pauses make none. */
  private eventFor(cycle: Cycle, action: RetryAction, next: RetryCycle): void {
    const { attempt } = next;
    switch (action.type) {
      case 'schedule':
        this.tell(cycle, { type: 'scheduled', attempt, delayMs: action.delayMs });
        return;
      case 'start':
        this.tell(cycle, { type: 'retried', attempt });
        return;
      case 'succeed':
        cycle.toldKey = undefined; // failing again after this is news
        this.tell(cycle, { type: 'recovered', attempt });
        return;
      case 'fail':
        if (next.retryState === 'exhausted') this.tell(cycle, { type: 'exhausted', attempt });
        return;
      case 'cancel':
        // The retry that was scheduled, and now will not run.
        this.tell(cycle, { type: 'cancelled', attempt: attempt + 1 });
        return;
    }
  }

  /**
   * Tells the cycle's listeners: every member's, else the last ones known. After the commit's
   * effects (a microtask), so every view of one commit has joined and each listener hears the
   * event once, whichever view reported it first. In order.
   */
  private tell(
    cycle: Cycle,
    what: Pick<StatusEvent, 'type' | 'attempt' | 'delayMs'>,
    also: readonly StatusListener[] = [],
  ): void {
    if (!cycle.subject) return;
    const event: StatusEvent = { ...what, ...cycle.subject };
    for (const name of ['attempt', 'delayMs', 'operationId', 'method', 'url'] as const) {
      if (event[name] === undefined) delete event[name];
    }
    if (this.told.push(() => this.emitNow(cycle, event, also)) > 1) return;
    queueMicrotask(() => {
      const told = this.told;
      this.told = [];
      for (const send of told) send();
    });
  }

  private told: (() => void)[] = [];

  private emitNow(cycle: Cycle, event: StatusEvent, also: readonly StatusListener[]): void {
    const listeners: StatusListener[] = [...also];
    for (const member of cycle.members.keys()) listeners.push(...(member.listeners ?? []));
    if (cycle.members.size === 0) listeners.push(...cycle.listeners);
    emit(listeners, event);
  }

  private changed(cycle: Cycle): void {
    for (const notify of cycle.members.values()) notify();
    for (const notify of cycle.watchers) notify();
  }

  private stop(cycle: Cycle): void {
    if (cycle.timer !== undefined) clearTimeout(cycle.timer);
    if (cycle.online) window.removeEventListener('online', cycle.online);
    cycle.timer = undefined;
    cycle.online = undefined;
    cycle.waitsFor = undefined;
  }

  /**
   * Timers follow the state: one timer to the next whole second or to the retry, whichever is
   * first, or an `online` listener while the device is offline; none while no one shows the cycle.
   * A timer already waiting for this very state is kept, so re-renders do not restart it.
   */
  private sync(cycle: Cycle): void {
    const { state } = cycle;
    const wanted =
      state.retryState === 'scheduled' &&
      cycle.members.size > 0 &&
      typeof window !== 'undefined' &&
      this.wantsAuto(cycle);
    if (wanted && cycle.waitsFor === state) return;
    this.stop(cycle);
    if (state.retryState !== 'scheduled' || cycle.members.size === 0) return;
    if (typeof window === 'undefined') return;
    if (!wanted) {
      this.planNext(cycle);
      return;
    }
    cycle.waitsFor = state;
    const attempt = state.attempt;
    if (state.waitingForConnection) {
      cycle.online = () => this.run(cycle, attempt);
      window.addEventListener('online', cycle.online);
      return;
    }
    const tick = () => {
      cycle.timer = undefined;
      cycle.waitsFor = undefined;
      if (cycle.state !== state) return;
      const now = Date.now();
      if (state.retryAt > now) this.set(cycle, { type: 'tick', now });
      else if (isOffline()) this.set(cycle, { type: 'offline' });
      else return this.run(cycle, attempt);
      this.sync(cycle);
    };
    cycle.timer = setTimeout(tick, nextTickMs(Math.max(0, state.retryAt - Date.now())));
  }
}

/** The store every hook uses unless a ConnectStatusProvider brings its own. */
export const defaultRetryStore = new RetryStore();
