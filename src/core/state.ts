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

/**
 * The state of a classified input, given how many of its items failed; `partial` is kept only
 * when some did.
 */
export function stateOf<Counts extends FailureCounts>(
  { code, state }: Classified,
  partial?: Counts,
): StatusState & { partial?: Counts } {
  let key: StatusKey = state ?? keyForCode(code);
  // A 200 that lists failed items is a partial failure, whatever its code says.
  if (partial && partial.failed > 0 && code >= 200 && code < 300) key = '207';
  return { key, code, ...catalog[key], ...(partial && partial.failed > 0 && { partial }) };
}

/**
 * How many items failed, read as the full reader reads them (connect-error) but without keeping
 * a word of what the server said: a badge shows counts, never server text. A body or summary
 * that throws as it is read (a proxy, a throwing getter) counts as none, as the full reader
 * drops it, so the state goes by the code.
 */
function countsOf({ given, response }: Classified): FailureCounts | undefined {
  try {
    if (given) return countsOfSummary(read(given, 'partial'));
    let body = response?.body;
    let cut = false;
    if (typeof body === 'string') {
      cut = body.length > MAX_TEXT;
      const media = mediaOf(readHeader(response?.headers, 'content-type'));
      body = jsonOf(body.slice(0, MAX_TEXT).trim(), media, cut);
    }
    return countFailures(body, cut);
  } catch {
    return undefined;
  }
}

/**
 * The state of any input, without the clock or a word: what a badge needs. Never throws:
 * classify and countsOf catch what they read, and the rest works on their plain results.
 */
export function statusState(input: unknown): StatusState {
  const classified = classify(input);
  return stateOf(classified, countsOf(classified));
}
