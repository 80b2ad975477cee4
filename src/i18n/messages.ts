import type { NextStep, StatusKey } from '../core/types';
import { completer } from './catalog-words';
import type { PluralForms } from './format';
import { en } from './locales/en';

/** The words of one state. */
export interface StateMessages {
  /** Badge text: a few words, distinct for every CONNECT code. */
  label: string;
  /** What happened, sentence case, no full stop. */
  title: string;
  /** Why, in one or two sentences. */
  message: string;
  /** What to do now, one sentence. */
  advice: string;
}

/**
 * Words around the states: buttons, the countdown, details. `{name}` marks a value filled in
 * at run time, already formatted for the locale.
 */
export interface UiMessages {
  severity: Record<'success' | 'info' | 'warning' | 'error', string>;
  /** Badge option showing the numeric code, e.g. "503". */
  code: string;
  retry: string;
  retryNow: string;
  cancel: string;
  dismiss: string;
  retrying: string;
  /** The visible countdown, ticking. {seconds}: whole seconds left. */
  retryIn: string;
  /** The badge's countdown, beside a retry glyph: short, so the badge keeps its width. */
  retryInShort: string;
  /**
   * What a screen reader hears for the countdown, fixed for the whole wait so it never goes
   * stale. {time}: the time of day the retry is due, with seconds.
   */
  retryAt: string;
  /** {attempt} of {max}. */
  attempt: string;
  /** After a retry worked, on the retry line of an alert that still shows the failure. */
  recovered: string;
  /** Title and message of an alert whose failure the app cleared once the retry worked. */
  recoveredTitle: string;
  recoveredMessage: string;
  /**
   * After the last retry failed. {max}: how many tries were made. A message with a count: its
   * forms by plural category (`Intl.PluralRules` picks one for {max}), or one string for every
   * count.
   */
  exhausted: PluralForms | string;
  /** The countdown waits for the connection. */
  waitingForConnection: string;
  /** Retries were stopped by the person. */
  cancelled: string;
  /**
   * Advice when the server asked for a short wait, said as what it asked for, so it stays true
   * when no countdown runs (cancelled, no retry, server-rendered). {seconds}
   */
  waitSeconds: string;
  /**
   * Advice when the server asked for a long wait, or named the moment as a date. {time}: time
   * of day (with seconds for a wait within the hour)
   */
  tryAfter: string;
  detailsFromService: string;
  /** Label of the service's reason (why it failed), in the details. */
  reasonLabel: string;
  /** Label of the service's resolution (what to do), in the details. */
  resolutionLabel: string;
  /** Label of a plain-text body the service sent, in the details. */
  textLabel: string;
  showMore: string;
  showLess: string;
  operationId: string;
  /** The copy button's name and tooltip: what it copies, as one phrase ("Copy operation ID"). */
  copy: string;
  copied: string;
  copyFailed: string;
  /** {failed} of {total} */
  partialFailedOf: string;
  /** {failed}, when the total is unknown */
  partialFailed: string;
  /** {failed}, when the body was cut and more items may have failed */
  partialFailedAtLeast: string;
  /** {count} items with status {status} */
  partialGroup: string;
  /** {count} more failed items */
  partialMore: string;
  /** A failed item with no id and no known place in the request. */
  item: string;
  /** A failed item named by its place in the request. {position}: 1-based */
  itemAt: string;
  /**
   * The label of a status page's action for each next step (the state's `nextStep`): what the
   * link or button the app supplies for it does, such as "Sign in" or "Request access".
   */
  nextStep: Record<NextStep, string>;
}

export interface Messages {
  /** BCP 47 tag used for Intl formatting. */
  locale: string;
  states: Record<StatusKey, StateMessages>;
  ui: UiMessages;
}

/** The UI strings a badge uses: its retry line, the numeric code, the partial counts. */
export type BriefUiKey =
  | 'code'
  | 'retrying'
  | 'retryIn'
  | 'retryInShort'
  | 'retryAt'
  | 'waitingForConnection'
  | 'partialFailedOf'
  | 'partialFailed'
  | 'partialFailedAtLeast';

/** The part of a catalog a badge reads; every complete catalog (`Messages`) is one. */
export interface BriefMessages {
  locale: string;
  states: Record<StatusKey, Pick<StateMessages, 'label' | 'title'>>;
  ui: Pick<UiMessages, BriefUiKey>;
}

/** Partial overrides a provider or an app may pass: any state's words, any UI string. */
export interface MessageOverrides {
  locale?: string;
  states?: Partial<Record<StatusKey, Partial<StateMessages>>>;
  /** Any UI string; in the groups (`severity`, `nextStep`), any of their words. */
  ui?: { [K in keyof UiMessages]?: UiMessages[K] extends string ? string : Partial<UiMessages[K]> };
}

/**
 * A complete catalog from whatever an app hands over: every state's label, title, message and
 * advice and every UI string is a non-blank string (a message with a count: one, or forms whose
 * `other` is; a form that is no text reads as `other`), and `locale` is a tag Intl accepts. A
 * missing, blank or non-string override falls back to `messages`' word, and a word `messages`
 * lacks to English; a locale Intl refuses falls back the same way, to 'en' at the end. Anything
 * that is not an object counts as absent, and only known keys are ever read (`__proto__` and
 * friends are never looked at). Never throws; cached per (messages, overrides) pair of objects,
 * so calling it on every render is cheap.
 */
export const resolveMessages: (messages?: unknown, overrides?: unknown) => Messages = completer(en);

/**
 * Merges overrides onto a catalog, state by state, so partial overrides stay complete. The same
 * as `resolveMessages`: whatever either argument holds, the result is a complete catalog.
 */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): Messages {
  return resolveMessages(base, overrides);
}
