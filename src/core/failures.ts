/**
 * Which items of a request failed, as a parsed CONNECT body lists them: the one walk both readers
 * share. The full reader (connect-body) keeps each failed item, cleaned; a badge only counts.
 * Only known fields are looked at, a fixed number of levels down, never recursion.
 */
import { isCount, isRecord, listOf, toStatus } from './guards';
import { cleanText } from './text';

/** Keys looked at per object, and entries of a child list inspected. */
export const MAX_SCAN = 10_000;
/** Child errors kept; `failed` still counts them all. */
export const MAX_ITEMS = 200;
/** A key that is a place in the request: a whole number written plainly ("0", "12"; not "007"). */
const POSITION_KEY = /^(0|[1-9]\d{0,8})$/;

export type Fields = Map<string, unknown>;

/** Own fields by lower-cased name; the first non-null wins, so `Reason: null, reason: 'x'` reads. */
export function fieldsOf(value: unknown): Fields | undefined {
  if (!isRecord(value)) return undefined;
  const fields: Fields = new Map();
  for (const key of Object.keys(value).slice(0, MAX_SCAN)) {
    const name = key.toLowerCase();
    if (fields.get(name) == null) fields.set(name, value[key]);
  }
  return fields;
}

/** Whether an object says what went wrong: an error or a reason with text left once cleaned. */
export const saysWhy = (fields: Fields): boolean =>
  ['error', 'reason', 'reasonphrase'].some((name) => cleanText(fields.get(name)) !== undefined);

/**
 * What one failed item becomes: `key` is its name in a ChildErrors object, `position` its 1-based
 * place in the request when the body names items by place, `status` its own status if it has one.
 */
export type Keep<T> = (
  fields: Fields,
  key: string | undefined,
  position: number | undefined,
  status: number | undefined,
) => T;

export interface Tally<T> {
  /** Items that worked, when the body says (length of `Data`/`Results`). */
  succeeded?: number;
  failed: number;
  /** The first MAX_ITEMS failed items, as `keep` made them (none without `keep`). */
  items: T[];
  /** Failed items per status, those without their own under the response's. */
  byStatus: Map<number, number>;
}

/**
 * The failed items of a parsed body (`top`, its fields): ChildErrors as a list or an object
 * keyed by item, the `Errors` envelope's ChildErrors, or a list in `Errors`; a 200 `Errors`
 * object with a message but no list is itself the one failure it reports. `truncated`: the body
 * was cut, so `Data` may have lost items and is no count of what worked.
 */
export function tallyFailures<T>(
  top: Fields,
  status: number,
  truncated: boolean,
  keep?: Keep<T>,
): Tally<T> {
  const done = [top.get('data'), top.get('results')].find(Array.isArray);
  const succeeded = truncated || !done ? undefined : done.length;
  const tally: Tally<T> = { succeeded, failed: 0, items: [], byStatus: new Map() };

  /** Counts one child error and keeps it while there is room; past that only its status is read. */
  const add = (value: unknown, key?: string, position?: number) => {
    const fields = fieldsOf(value);
    if (!fields) return;
    const own = toStatus(fields.get('statuscode')) ?? toStatus(fields.get('status'));
    tally.failed++;
    tally.byStatus.set(own ?? status, (tally.byStatus.get(own ?? status) ?? 0) + 1);
    if (keep && tally.items.length < MAX_ITEMS) tally.items.push(keep(fields, key, position, own));
  };

  /**
   * An array index is the item's place in the request when nothing else worked or the array
   * keeps gaps for what did; an object's keys are places when every one is a whole number
   * ("0", "1", "7") below the request's size, where the body tells it (`succeeded` plus the
   * failures listed): `{ "0": …, "1": … }` names items by place, `{ "1001": … }` beside three
   * items in Data names them by id.
   */
  const collect = (list: unknown) => {
    if (Array.isArray(list)) {
      const scanned = list.slice(0, MAX_SCAN);
      // Beside items that worked, a list without gaps holds only the failures: its index is no
      // place in the request, and "Item 2" would name the wrong one.
      const places = !succeeded || scanned.some((entry) => entry == null);
      scanned.forEach((entry, i) => {
        add(entry, undefined, places ? i + 1 : undefined);
      });
      // Entries past the scan limit still failed; they are counted but not grouped.
      tally.failed += list.length - scanned.length;
    } else if (isRecord(list)) {
      const keys = Object.keys(list);
      const scanned = keys.slice(0, MAX_SCAN);
      const size = (succeeded ?? Number.POSITIVE_INFINITY) + keys.length;
      const places = keys.every((key) => POSITION_KEY.test(key) && Number(key) < size);
      for (const key of scanned) {
        if (places) add(list[key], undefined, Number(key) + 1);
        else add(list[key], key);
      }
      tally.failed += keys.length - scanned.length;
    }
  };

  collect(top.get('childerrors'));
  const errors = top.get('errors');
  const envelope = fieldsOf(errors);
  if (envelope) {
    const before = tally.failed;
    collect(envelope.get('childerrors'));
    if (tally.failed === before && saysWhy(envelope)) add(errors);
  } else if (Array.isArray(errors)) {
    collect(errors);
  }
  return tally;
}

/** Counts of a partial failure, as a badge shows them. */
export interface FailureCounts {
  failed: number;
  succeeded?: number;
  truncated?: boolean;
}

/**
 * The counts of a parsed body's failures, or undefined when it is no object or lists none.
 * A hostile body (a throwing getter) throws: the badge's reader catches.
 */
export function countFailures(body: unknown, truncated: boolean): FailureCounts | undefined {
  const top = fieldsOf(body);
  if (!top) return undefined;
  // The status only groups failures, which a count does not keep.
  const { failed, succeeded } = tallyFailures(top, 0, truncated);
  return failed > 0 ? { failed, succeeded, truncated } : undefined;
}

/**
 * The counts of a ConnectError's `partial` as given (a cache, a worker): read by the rules the
 * full reader applies (normalisePartial), so a badge and an alert count alike. A hostile one
 * throws: the badge's reader catches.
 */
export function countsOfSummary(value: unknown): FailureCounts | undefined {
  if (!isRecord(value) || !isCount(value.failed)) return undefined;
  const items = listOf(value.items);
  let kept = 0;
  for (let i = 0; i < Math.min(items.length, MAX_SCAN) && kept < MAX_ITEMS; i++) {
    if (isRecord(items[i])) kept++;
  }
  return {
    failed: Math.max(value.failed, kept),
    succeeded: isCount(value.succeeded) ? value.succeeded : undefined,
    truncated: value.truncated === true,
  };
}
