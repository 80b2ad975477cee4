import { statusFacts } from '../core/facts';
import { compact } from '../core/guards';
import { type RetryPolicy, retryDelay } from '../core/retry';
import {
  initialCycle,
  nextTickMs,
  type RetryAction,
  type RetryCycle,
  retryReducer,
} from '../core/retry-cycle';
import { type EventSubject, emit, type StatusEvent, type StatusListener } from './status-events';

/*
 * Retry cycles outside React. Which request a failure belongs to is known, never guessed from
 * what it carries (docs/retries.md, "How a retry cycle knows its request"):
 * 1. a mounted view keeps one cycle while it shows failures, whatever URL, query or kind of
 *    failure they carry, until it shows a success, a person starts over, or its requestKey changes;
 * 2. views share a cycle when the app shows they are one request: the same requestKey, one
 *    controller, the very same failure object, or the same onRetry function;
 * 3. a view that starts showing a failure also takes over a cycle that no mounted view holds
 *    when it carries the same method and URL path (the query ignored);
 * 4. the store learns what a view shows and wants after its commit, never during render;
 * 5. a retry's outcome is what its view shows once the promise settled, rendered in a
 *    transition so that it comes with any update the app started before (React Router renders
 *    a navigation as one): a failure still shown is a failed try, whatever the promise said; no
 *    status, a success, or its views gone once it resolved means it worked.
 * So an always-failing service gets at most 1 + maxAttempts requests per cycle however the app
 * wires its alert, and two unrelated requests never share one budget.
 *
 * A cycle ends on a success, on a person's retry after exhaustion (a fresh budget), or after a
 * quiet period with no failure and no view showing it. Waits run on a monotonic clock; timers
 * and the `online` listener run only while a view shows the cycle, one timer per cycle.
 */

/** One hook instance. Its options are written after each commit (never during render). */
export interface View {
  onRetry?: () => unknown;
  /** This view wants retries without a click (opted in, retryable, safe to repeat). */
  auto: boolean;
  policy: RetryPolicy;
  /** The status code and Retry-After (ms) of the failure this view shows. */
  code: number;
  afterMs?: number;
  /** Who hears this view's status events (its own onStatus, its providers'), and what about. */
  listeners?: readonly StatusListener[];
  subject?: EventSubject;
  /** Re-renders the view; set while it is mounted. */
  notify?: () => void;
  /** The cycle this view holds (shows, or showed before its `null`). */
  cycle?: Cycle;
  /** It shows that cycle's failure now (else it holds it with no status). */
  shows?: boolean;
  /** What the view last reported, so a re-render or StrictMode's second mount is not news. */
  reported?: { cycle: Cycle; input: unknown; failing: boolean };
}

/** Which request a view shows, as far as the app tells: read in render, pure. */
export interface Target {
  /** The app's requestKey as the store names it: `key ` and the key as a string. */
  own?: string;
  /** Method and URL path, empty without a URL: for taking over an orphan (see likeOf). */
  like: string;
  /** The view's onRetry: views that repeat their failure with one function show one request. */
  onRetry?: () => unknown;
}

/** What a view shows after a commit. */
export type Shown = 'failing' | 'working' | 'empty';

interface Cycle {
  state: RetryCycle;
  /** The app's key, when it gave one. */
  own?: string;
  like: string;
  /** The views that hold this cycle (one or two, as a rule: a list is lighter than a Map). */
  views: View[];
  policy: RetryPolicy;
  /** Whether the last views wanted auto-retry, for a retry that fails while none is mounted. */
  auto: boolean;
  /** The latest failure: its code picks the 503 quick first retry, its Retry-After the wait. */
  code: number;
  afterMs?: number;
  /** The failure last seen, so the same object shown again is not a new failure. */
  lastInput?: unknown;
  /** Monotonic ms of the last failure, retry or scheduled retry: the quiet period runs from it. */
  activeAt: number;
  /** When the scheduled retry is due, monotonic ms. */
  dueAt: number;
  /** The attempt in flight; a stale promise (an older ticket) steers nothing. */
  ticket: number;
  /**
   * Where the outcome of the retry in flight comes from, once its promise is out of the way:
   * `input`, it returned none, so the next failure shown (or a success) settles it; `view`, its
   * promise resolved, so what a view shows after that commit settles it (see report).
   */
  outcomeFrom?: 'input' | 'view';
  /** Set while the views are to judge the retry whose promise resolved: they render it in a
   * transition, and judge in the commit that has it (see report). */
  resolution?: object;
  timer?: ReturnType<typeof setTimeout>;
  online?: () => void;
  /** A failure was shown while the retry's promise ran (see report). */
  failedMeanwhile?: boolean;
  /** The scheduled state the timer or listener belongs to. */
  waitsFor?: RetryCycle;
  /** The last views' listeners, for events while none is mounted (a retry still running). */
  listeners: readonly StatusListener[];
  /** The failure the events are about: the latest one shown. */
  subject?: EventSubject;
  /** The state last told as `shown`: a retry's new failure object of that state is not news. */
  toldKey?: string;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** A rejection's Retry-After (a Response, a ConnectError, an HTTP client's error), read as
 * describeStatus reads it. */
const waitOf = (reason: unknown) => statusFacts(reason).afterMs;

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * A monotonic clock: a device clock set back or forward neither stalls nor rushes a retry.
 * Every browser, Node, Deno, Bun and worker runtime has one.
 */
const now = () => performance.now();

/** How long a cycle nobody shows is remembered after its last failure: twice the backoff cap. */
const quietMs = (policy: RetryPolicy) => Math.max(2 * policy.capMs, 5000);

/** Whether the view holds the cycle, or may take it back: no one holds it. */
const heldBy = (view: View, cycle: Cycle) => cycle.views.includes(view) || !cycle.views.length;

const showsFailure = (view: View) => view.shows;

/** Whether the state is a retry that worked, as far as anyone saw. */
const isRecovered = (state: RetryCycle) =>
  state.retryState === 'idle' && state.outcome === 'recovered';

export class RetryStore {
  /** Cycles by the app's requestKey (`key …`), and those no mounted view holds by method and URL
   * path (`GET https://…`, the latest of each). */
  private named = new Map<string, Cycle>();
  /** The size at which the next sweep of ended cycles runs (amortised: each doubles it). */
  private sweepAt = 64;
  /** Each failure object's and each onRetry's cycle: views that show the very same failure, or
   * repeat it with the same function, show one request. */
  private signs = new WeakMap<object, Cycle>();

  /**
   * The cycle's state for a view's render, without changing anything: the one it holds, else
   * the one it would take when it reports `shown` after the commit.
   */
  read(view: View, target: Target, input: unknown, shown: Shown): RetryCycle {
    const cycle = shown === 'working' ? undefined : this.find(view, target, input, shown);
    return cycle && !this.isOver(cycle) ? cycle.state : initialCycle;
  }

  /**
   * A view's cycle: its key's; the one it holds; showing a failure, the cycle of that very
   * failure object (another view shows it), or an orphan it may take over.
   */
  private find(view: View, target: Target, input: unknown, shown: Shown): Cycle | undefined {
    if (target.own) return this.named.get(target.own);
    // The view's own cycle, or back after StrictMode's second mount: unless another took it.
    const held = view.cycle;
    if (held && !held.own && !this.isOver(held) && heldBy(view, held)) return held;
    if (shown !== 'failing') return undefined;
    for (const sign of [input, target.onRetry]) {
      // A WeakMap finds nothing for a primitive (a bare 503): it never holds one.
      const cycle = this.signs.get(sign as object);
      if (cycle && !cycle.own && !this.isOver(cycle)) return cycle;
    }
    const orphan = this.named.get(target.like);
    return orphan && !orphan.views.length && !this.isOver(orphan) ? orphan : undefined;
  }

  /** A view is mounted: `notify` re-renders it. */
  connect(view: View, notify: () => void): void {
    view.notify = notify;
    if (view.cycle && heldBy(view, view.cycle)) this.hold(view, view.cycle, false);
  }

  /** A view unmounts. It keeps its pointer, for StrictMode's second mount. */
  disconnect(view: View): void {
    view.notify = undefined;
    const cycle = view.cycle;
    if (!cycle) return;
    this.release(view, cycle);
    // The retry resolved and no view shows its failure any more (an alert shown only while there
    // is an error, an error route that gave way to its page): it worked. Judged after the
    // commit, when StrictMode has mounted its views again.
    queueMicrotask(() => {
      if (cycle.resolution && !cycle.views.some(showsFailure)) this.succeed(cycle);
    });
  }

  private hold(view: View, cycle: Cycle, shows: boolean): void {
    if (view.cycle && view.cycle !== cycle) this.release(view, view.cycle);
    view.cycle = cycle;
    if (!cycle.views.includes(view)) cycle.views.push(view);
    view.shows = shows;
    if (this.named.get(cycle.like) === cycle) this.named.delete(cycle.like);
  }

  private release(view: View, cycle: Cycle): void {
    const at = cycle.views.indexOf(view);
    if (at < 0) return;
    cycle.views.splice(at, 1);
    if (!cycle.views.length) {
      cycle.auto = view.auto;
      if (!cycle.own && cycle.like) {
        this.named.set(cycle.like, cycle);
        this.sweepSoon();
      }
    }
    sync(cycle);
  }

  /**
   * What a view shows after a commit. A failure may settle a retry (it failed), a success ends
   * the cycle, no status keeps it (and tells that a resolved retry worked). Then the schedule
   * follows the views' wishes: started when one wants auto-retry, withdrawn when none does.
   * `seen` is the state the view rendered, `heard` the resolution its render had. A verdict on a
   * resolved retry comes only from a commit that had it: an urgent render React slips in before
   * the app's transition still shows the failure the transition replaces.
   * Returns the resolution the view is to render in a transition, while a verdict is due.
   */
  report(
    view: View,
    target: Target,
    input: unknown,
    shown: Shown,
    seen: RetryCycle,
    heard: object,
  ): object | undefined {
    const before = view.reported;
    const found = this.find(view, target, input, shown);
    if (shown === 'working') {
      view.reported = view.cycle = undefined;
      if (!found) return;
      this.release(view, found);
      if (before?.cycle !== found || before.input !== input) this.succeed(found);
      return;
    }
    const failing = shown === 'failing';
    const cycle = failing && (!found || this.isOver(found)) ? this.create(target, view) : found;
    if (!cycle) return;
    this.hold(view, cycle, failing);
    view.reported = { cycle, input, failing };
    const verdict = heard === cycle.resolution;
    // No failure shown after the retry resolved (or a moment later): it worked.
    if (!failing && verdict) this.succeed(cycle);
    if (failing) this.failing(view, target, cycle, input, before, verdict);
    sync(cycle);
    // It took over a cycle, or the cycle changed between its render and its commit.
    if (seen !== cycle.state) view.notify?.();
    return cycle.resolution;
  }

  /** A failure a view shows after its commit: news or not, and what it says of a retry. */
  private failing(
    view: View,
    target: Target,
    cycle: Cycle,
    input: unknown,
    before: View['reported'],
    verdict: boolean,
  ): void {
    if (target.onRetry && !cycle.own) this.signs.set(target.onRetry, cycle);
    cycle.policy = view.policy;
    cycle.listeners = view.listeners ?? cycle.listeners;
    // Shown anew: this view showed nothing, a success or another cycle before.
    const returning = before?.cycle !== cycle || !before.failing;
    // The same object again (another view, a remount) is not news; a primitive can only be told
    // apart by the view having shown something else in between.
    const object = typeof input === 'object' && input !== null;
    const news = (returning || before.input !== input) && !(object && input === cycle.lastInput);
    const { state } = cycle;
    if (news) {
      cycle.lastInput = input;
      if (object) this.signs.set(input, cycle);
      cycle.code = view.code;
      cycle.afterMs = view.afterMs;
      cycle.subject = view.subject ?? cycle.subject;
      if (cycle.subject && cycle.subject.key !== cycle.toldKey) {
        cycle.toldKey = cycle.subject.key;
        tell(cycle, { type: 'shown' }, view.listeners);
      }
      cycle.activeAt = Math.max(cycle.activeAt, now());
      if (state.retryState === 'retrying' && !cycle.outcomeFrom) {
        // A failure shown while the retry's promise runs: if the promise then resolves anyway
        // (a load that catches its own error), this failure is the retry's outcome.
        cycle.failedMeanwhile = true;
      } else if (returning && isRecovered(state)) {
        // Failing again after a success someone saw: a new episode, with a fresh budget.
        set(cycle, { type: 'reset' });
      }
    }
    // A failure shown after the retry resolved, or a new one after a retry without a promise:
    // it failed. The same failure still shown after a resolved retry may be the app's update
    // still to come in the next task (TanStack Query notifies its views a timeout later): it
    // failed unless a view shows none by then.
    if (verdict || (news && cycle.outcomeFrom === 'input')) {
      const { ticket } = cycle;
      const failed = () => settle(cycle, ticket, false, cycle.afterMs);
      // (A success or a new try in between leaves nothing for it to settle.)
      if (news) failed();
      else setTimeout(failed);
    }
    planNext(cycle);
  }

  /** A person's retry: now, skipping a countdown; after exhaustion or recovery, from attempt 1. */
  retry(view: View): void {
    const cycle = view.cycle;
    if (!cycle) return;
    const { state } = cycle;
    // (While one runs, run does nothing.)
    const fresh = state.retryState === 'exhausted' || isRecovered(state);
    run(cycle, state.retryState === 'scheduled' ? state.attempt : fresh ? 1 : state.attempt + 1);
  }

  /** Stops a scheduled retry (WCAG 2.2.1); nothing more is scheduled until the next failure. */
  cancel(view: View): void {
    const cycle = view.cycle;
    if (cycle?.state.retryState !== 'scheduled') return;
    set(cycle, { type: 'cancel' });
    cycle.activeAt = now();
    sync(cycle);
  }

  /** Forgets every cycle no mounted view holds and stops its timer: a clean slate, as for a new
   * page or the next test (after its views unmounted). */
  clear(): void {
    this.signs = new WeakMap();
    for (const cycle of this.named.values()) stop(cycle);
    this.named.clear();
  }

  private isOver(cycle: Cycle): boolean {
    if (cycle.views.some(showsFailure)) return false;
    // A recovery a view still holds stays, so "Back to normal" holds until its next status.
    if (cycle.views.length && isRecovered(cycle.state)) return false;
    // A retry's promise still out: its outcome is still to come.
    if (cycle.state.retryState === 'retrying' && cycle.outcomeFrom === undefined) return false;
    return now() - cycle.activeAt > quietMs(cycle.policy);
  }

  private create(target: Target, view: View): Cycle {
    const cycle: Cycle = {
      state: initialCycle,
      own: target.own,
      like: target.like,
      // The view that creates it holds it at once (hold): no array grown from empty to keep.
      views: [view],
      policy: view.policy,
      auto: view.auto,
      code: view.code,
      afterMs: view.afterMs,
      activeAt: now(),
      dueAt: 0,
      ticket: 0,
      listeners: view.listeners ?? [],
      subject: view.subject,
    };
    if (cycle.own) {
      const old = this.named.get(cycle.own);
      if (old) stop(old);
      this.named.set(cycle.own, cycle);
      this.sweepSoon();
    }
    return cycle;
  }

  /** Drops ended cycles once the maps have doubled since the last sweep: O(1) per new cycle. */
  private sweepSoon(): void {
    const { named } = this;
    if (named.size < this.sweepAt) return;
    for (const [name, cycle] of named) if (this.isOver(cycle)) named.delete(name);
    this.sweepAt = Math.max(64, 2 * named.size);
  }

  /** The request works (a success shown, or no failure after a retry): nothing left to retry. */
  private succeed(cycle: Cycle): void {
    const was = cycle.state;
    if (was.retryState === 'retrying') {
      // The success shown outweighs a failure shown before it (settle forgets that one).
      cycle.outcomeFrom = 'input';
      settle(cycle, cycle.ticket, true);
      return;
    }
    stop(cycle);
    cycle.state = { retryState: 'idle', attempt: was.attempt, outcome: 'recovered' };
    if (!isRecovered(was)) tell(cycle, { type: 'recovered', attempt: was.attempt || undefined });
    cycle.toldKey = undefined;
    if (cycle.state.attempt === 0 && cycle.own) this.named.delete(cycle.own);
    changed(cycle);
  }
}

/*
 * What a cycle does on its own (schedule, run, settle, tell, keep its timer) is a function of
 * the cycle: only finding and holding cycles needs the store's maps.
 */

/** The views that show the cycle's failure now (the others hold it with no status). */
function members(cycle: Cycle): View[] {
  return cycle.views.filter(showsFailure);
}

function wantsAuto(cycle: Cycle): boolean {
  const showing = members(cycle);
  return showing.length ? showing.some((view) => view.auto) : cycle.auto;
}

/** Schedules the next attempt when someone wants auto-retry and the cycle is between tries. */
function planNext(cycle: Cycle): void {
  const { state } = cycle;
  const auto = wantsAuto(cycle);
  if (state.retryState === 'scheduled' && !auto && cycle.views.some(showsFailure)) {
    // No one wants retries on their own any more: the countdown is withdrawn, not cancelled,
    // so opting in again resumes the count where it was.
    const made = state.attempt - 1;
    cycle.state = { retryState: 'idle', attempt: made, outcome: made > 0 ? 'failed' : 'none' };
    changed(cycle);
    return;
  }
  if (!auto || state.retryState !== 'idle') return;
  if (state.outcome !== 'none' && state.outcome !== 'failed') return;
  if (state.attempt < cycle.policy.maxAttempts) {
    schedule(cycle, state.attempt + 1, cycle.afterMs);
  }
}

function schedule(cycle: Cycle, attempt: number, afterMs: number | undefined): boolean {
  const args = { attempt: attempt - 1, code: cycle.code, afterMs };
  const delayMs = retryDelay(args, cycle.policy);
  if (delayMs === undefined) return false;
  cycle.dueAt = now() + delayMs;
  cycle.activeAt = cycle.dueAt;
  set(cycle, { type: 'schedule', attempt, delayMs, wall: Date.now() });
  return true;
}

/** Calls every showing view's onRetry once for this attempt; one attempt runs at a time. */
function run(cycle: Cycle, attempt: number): void {
  if (cycle.state.retryState === 'retrying') return;
  const calls = new Set(members(cycle).map((view) => view.onRetry));
  calls.delete(undefined);
  if (calls.size === 0) return;
  cycle.ticket += 1;
  const ticket = cycle.ticket;
  // outcomeFrom, failedMeanwhile and resolution are clear: only settle ends a try, and clears them.
  cycle.activeAt = now();
  set(cycle, { type: 'start', attempt });
  sync(cycle);
  const pending: PromiseLike<unknown>[] = [];
  for (const call of calls) {
    let result: unknown;
    try {
      result = call?.();
    } catch (error) {
      cycle.outcomeFrom = 'input';
      settle(cycle, ticket, false, waitOf(error));
      return;
    }
    if (isThenable(result)) pending.push(result);
  }
  // Without a promise, the next thing a view shows tells how the retry went.
  if (pending.length === 0) {
    cycle.outcomeFrom = 'input';
    return;
  }
  Promise.all(pending).then(
    () => resolved(cycle, ticket),
    (reason: unknown) => {
      if (ticket !== cycle.ticket) return;
      cycle.outcomeFrom = 'input';
      settle(cycle, ticket, false, waitOf(reason));
    },
  );
}

/**
 * onRetry resolved: the request was made again and the app has its answer. Unless a failure
 * was shown meanwhile, what the views show in the commit that renders the resolution says how
 * it went (see report), so no view says "Back to normal" beside a failure the app still shows.
 * They render it in a transition, so React renders it with the app's own updates of that
 * moment, a navigation included, in one commit.
 */
function resolved(cycle: Cycle, ticket: number): void {
  if (ticket !== cycle.ticket || cycle.state.retryState !== 'retrying') return;
  cycle.outcomeFrom = 'view';
  cycle.activeAt = now();
  if (cycle.failedMeanwhile) {
    settle(cycle, ticket, false, cycle.afterMs);
    return;
  }
  cycle.resolution = {};
  changed(cycle);
}

/** `afterMs`: the Retry-After of the failure, which sets the next wait. */
function settle(cycle: Cycle, ticket: number, ok: boolean, afterMs?: number): void {
  const { state } = cycle;
  if (ticket !== cycle.ticket || state.retryState !== 'retrying' || !cycle.outcomeFrom) return;
  cycle.outcomeFrom = cycle.resolution = undefined;
  cycle.failedMeanwhile = false;
  cycle.activeAt = now();
  if (ok) {
    set(cycle, { type: 'succeed' });
    sync(cycle);
    return;
  }
  const made = state.attempt;
  const auto = wantsAuto(cycle);
  if (!(auto && made < cycle.policy.maxAttempts && schedule(cycle, made + 1, afterMs))) {
    set(cycle, { type: 'fail', exhausted: made >= cycle.policy.maxAttempts || auto });
  }
  sync(cycle);
}

function set(cycle: Cycle, action: RetryAction): void {
  const next = retryReducer(cycle.state, action);
  if (next === cycle.state) return;
  cycle.state = next;
  eventFor(cycle, action, next);
  changed(cycle);
}

/** The event a change of state makes, if any: ticks, resets and offline pauses make none. */
function eventFor(cycle: Cycle, action: RetryAction, next: RetryCycle): void {
  const { attempt } = next;
  switch (action.type) {
    case 'schedule':
      tell(cycle, { type: 'scheduled', attempt, delayMs: action.delayMs });
      return;
    case 'start':
      tell(cycle, { type: 'retried', attempt });
      return;
    case 'succeed':
      cycle.toldKey = undefined; // failing again after this is news
      tell(cycle, { type: 'recovered', attempt });
      return;
    case 'fail':
      if (next.retryState === 'exhausted') tell(cycle, { type: 'exhausted', attempt });
      return;
    case 'cancel':
      // The retry that was scheduled, and now will not run.
      tell(cycle, { type: 'cancelled', attempt: attempt + 1 });
      return;
  }
}

/**
 * Tells the cycle's listeners: every showing view's, else the last ones known. After the
 * commit's effects (a microtask each, so in order), so every view of one commit has joined and
 * each listener hears the event once, whichever view reported it first.
 */
function tell(
  cycle: Cycle,
  what: Pick<StatusEvent, 'type' | 'attempt' | 'delayMs'>,
  also: readonly StatusListener[] = [],
): void {
  if (!cycle.subject) return;
  // Plain data (strings and numbers), without the fields that are undefined.
  const event = compact<StatusEvent>({ ...what, ...cycle.subject });
  queueMicrotask(() => {
    const listeners: StatusListener[] = [...also];
    for (const view of cycle.views) listeners.push(...(view.listeners ?? []));
    if (!cycle.views.length) listeners.push(...cycle.listeners);
    emit(listeners, event);
  });
}

function changed(cycle: Cycle): void {
  for (const view of cycle.views) view.notify?.();
}

function stop(cycle: Cycle): void {
  clearTimeout(cycle.timer); // undefined clears nothing
  if (cycle.online) window.removeEventListener('online', cycle.online);
  cycle.timer = cycle.online = cycle.waitsFor = undefined;
}

/**
 * Timers follow the state: one timer to the next whole second or to the retry, whichever is
 * first, or an `online` listener while the device is offline; none while no view shows the
 * cycle. A timer already waiting for this very state is kept, so re-renders do not restart it.
 */
function sync(cycle: Cycle): void {
  const { state } = cycle;
  const members = cycle.views.some(showsFailure);
  const wanted =
    state.retryState === 'scheduled' &&
    members &&
    typeof window !== 'undefined' &&
    wantsAuto(cycle);
  if (wanted && cycle.waitsFor === state) return;
  stop(cycle);
  if (state.retryState !== 'scheduled' || !members) return;
  if (typeof window === 'undefined') return;
  if (!wanted) {
    planNext(cycle);
    return;
  }
  cycle.waitsFor = state;
  const attempt = state.attempt;
  if (state.waitingForConnection) {
    cycle.online = () => run(cycle, attempt);
    window.addEventListener('online', cycle.online);
    return;
  }
  const tick = () => {
    cycle.timer = cycle.waitsFor = undefined;
    if (cycle.state !== state) return;
    const leftMs = cycle.dueAt - now();
    if (leftMs > 0) set(cycle, { type: 'tick', leftMs, wall: Date.now() });
    else if (isOffline()) set(cycle, { type: 'offline' });
    else return run(cycle, attempt);
    sync(cycle);
  };
  cycle.timer = setTimeout(tick, nextTickMs(Math.max(0, Math.ceil(cycle.dueAt - now()))));
}

/** The store every hook uses unless a ConnectStatusProvider brings its own. */
export const defaultRetryStore = new RetryStore();
