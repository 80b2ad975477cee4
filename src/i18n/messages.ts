import type { StatusKey } from '../core/types';

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
  /** {seconds}: whole seconds left. */
  retryIn: string;
  /** {attempt} of {max}. */
  attempt: string;
  /** After a retry worked. */
  recovered: string;
  /** After the last retry failed. */
  exhausted: string;
  /** The countdown waits for the connection. */
  waitingForConnection: string;
  /** Retries were stopped by the person. */
  cancelled: string;
  /** Advice when the server asked for a short wait. {seconds} */
  waitSeconds: string;
  /** Advice when the server asked for a long wait. {time}: time of day */
  tryAfter: string;
  detailsFromService: string;
  showMore: string;
  showLess: string;
  operationId: string;
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
  item: string;
}

export interface Messages {
  /** BCP 47 tag used for Intl formatting. */
  locale: string;
  states: Record<StatusKey, StateMessages>;
  ui: UiMessages;
}

/** Partial overrides a provider or an app may pass: any state's words, any UI string. */
export interface MessageOverrides {
  locale?: string;
  states?: Partial<Record<StatusKey, Partial<StateMessages>>>;
  ui?: Partial<UiMessages>;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Merges overrides onto a complete catalog, state by state, so partial overrides stay complete. */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): Messages {
  if (!overrides) return base;
  const states = { ...base.states };
  for (const key of Object.keys(overrides.states ?? {}) as StatusKey[]) {
    if (Object.hasOwn(base.states, key))
      states[key] = { ...base.states[key], ...overrides.states?.[key] };
  }
  return {
    locale: overrides.locale ?? base.locale,
    states,
    ui: { ...base.ui, ...overrides.ui },
  };
}

// Intl formatters are costly to build (tens of microseconds): one per locale, reused.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole number in the catalog's locale ("1,234" in English, "1.234" in German). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
