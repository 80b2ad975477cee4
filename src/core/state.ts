import { catalog, keyForCode } from './catalog';
import { classify } from './classify';
import type { CatalogEntry, ConnectError, PartialSummary, StatusKey } from './types';

/** The state an input is in: its catalog key and row, its code, and what the response said. */
export interface StatusState extends CatalogEntry {
  key: StatusKey;
  code: number;
  connect?: ConnectError;
  partial?: PartialSummary;
}

/**
 * The state of any input, without the clock or a word: what a badge needs. Never throws: input
 * it cannot read, and anything that goes wrong on the way, is the `unknown` state.
 */
export function statusState(input: unknown): StatusState {
  try {
    const { code, state, connect } = classify(input);
    const partial = connect?.partial && connect.partial.failed > 0 ? connect.partial : undefined;
    let key: StatusKey = state ?? keyForCode(code);
    // A 200 that lists failed items is a partial failure, whatever its code says.
    if (partial && code >= 200 && code < 300) key = '207';
    return { key, code, ...catalog[key], ...(connect && { connect }), ...(partial && { partial }) };
  } catch {
    return { key: 'unknown', code: 0, ...catalog.unknown };
  }
}
