import { catalog, keyForCode } from './catalog';
import { type Classified, classify } from './classify';
import { countFailures, countsOfSummary, type FailureCounts } from './failures';
import { read } from './guards';
import { readHeader } from './headers';
import { jsonOf, MAX_TEXT, mediaOf } from './text';
import type { CatalogEntry, StatusKey } from './types';

/** The state an input is in: its catalog key and row, its code, and how many items failed. */
export interface StatusState extends CatalogEntry {
  key: StatusKey;
  code: number;
  partial?: FailureCounts;
}

/** The state of a classified input, given how many of its items failed. */
export function stateOf({ code, state }: Classified, partial?: FailureCounts): StatusState {
  let key: StatusKey = state ?? keyForCode(code);
  // A 200 that lists failed items is a partial failure, whatever its code says.
  if (partial && partial.failed > 0 && code >= 200 && code < 300) key = '207';
  return { key, code, ...catalog[key], ...(partial && partial.failed > 0 && { partial }) };
}

/**
 * How many items failed, read as the full reader reads them (connect-error) but without keeping
 * a word of what the server said: a badge shows counts, never server text.
 */
function countsOf({ given, response }: Classified): FailureCounts | undefined {
  if (given) return countsOfSummary(read(given, 'partial'));
  let body = response?.body;
  let cut = false;
  if (typeof body === 'string') {
    cut = body.length > MAX_TEXT;
    const media = mediaOf(readHeader(response?.headers, 'content-type'));
    body = jsonOf(body.slice(0, MAX_TEXT).trim(), media, cut);
  }
  return countFailures(body, cut);
}

/**
 * The state of any input, without the clock or a word: what a badge needs. Never throws: input
 * it cannot read, and anything that goes wrong on the way, is the `unknown` state.
 */
export function statusState(input: unknown): StatusState {
  try {
    const classified = classify(input);
    return stateOf(classified, countsOf(classified));
  } catch {
    return { key: 'unknown', code: 0, ...catalog.unknown };
  }
}
