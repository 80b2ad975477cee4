/**
 * The ways the mock service can misbehave, one switch each. Every story builds its handlers
 * afresh (see `mockApi`), so counters such as "fails once, then works" start again on each run.
 *
 * Some failures need no switch, because the service answers them from the request alone, as
 * the real one does: a namespace without the needed role (403), a 30-day read (408), creating
 * an item that exists (302 when identical, 409 when different), a bulk create with bad items (207).
 */
export interface Scenario {
  /** The streams list answers 503 with Retry-After this many times before it works. */
  unavailableTimes?: number;
  /** Seconds in the Retry-After header of those 503s. Short, so stories stay quick. */
  retryAfterSeconds?: number;
  /** The first sign-in expires when a stream is opened: 401 until the person signs in again. */
  tokenExpires?: boolean;
  /** Streams still listed but deleted since: reading them answers 404. */
  deleted?: string[];
  /** Someone else saves the stream right after it is opened, so the next save meets 412. */
  editedElsewhere?: boolean;
  /** Opening a stream answers 500 this many times before it works. */
  serverErrorTimes?: number;
  /** No answer at all (a network failure) until the first retry of a failed request. */
  offlineUntilRetry?: boolean;
}

/** The scenarios the example stories pick from, by name. */
export const scenarios = {
  healthy: {},
  unavailable: { unavailableTimes: 1, retryAfterSeconds: 1 },
  tokenExpires: { tokenExpires: true },
  notFound: { deleted: ['tank-03.level'] },
  editedElsewhere: { editedElsewhere: true },
  serverError: { serverErrorTimes: 1 },
  offline: { offlineUntilRetry: true },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;
