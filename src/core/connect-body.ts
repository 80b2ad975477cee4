/**
 * Reading a parsed CONNECT error body. Only known fields are looked at, a fixed number of
 * levels down (never recursion), and every result object is built from our own keys, so a
 * hostile body can neither pollute prototypes nor make the work unbounded.
 */
import { compact, ID_MAX, isCount, isRecord, positionOf, toStatus, URI_MAX } from './guards';
import { cleanId, cleanText } from './text';
import type { ChildError, ConnectError, PartialSummary, ProblemDetails } from './types';

type Core = Pick<ConnectError, 'operationId' | 'error' | 'reason' | 'resolution' | 'parameters'>;
/** What an error body contributes to a ConnectError. */
export type BodyFields = Core & Pick<ConnectError, 'childErrors' | 'partial' | 'problem'>;

/** Keys looked at per object, and entries of a child list inspected. */
const MAX_SCAN = 10_000;
/** Child errors kept; `failed` still counts them all. */
const MAX_ITEMS = 200;
const MAX_PARAMETERS = 50;
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A key that is a place in the request: a whole number written plainly ("0", "12"; not "007"). */
const POSITION_KEY = /^(0|[1-9]\d{0,8})$/;
const ID_FIELDS = ['id', 'streamid', 'assetid', 'typeid', 'name'] as const;
// Services spread item details over these; all are string maps for support to read.
const PARAMETER_FIELDS = ['parameters', 'additionalparameters', 'dynamicproperties'] as const;

type Fields = Map<string, unknown>;
/** `problem`: the content type said problem+json; `truncated`: the body was cut by the cap. */
type BodyOptions = { problem: boolean; truncated: boolean };

type ChildTally = { failed: number; items: ChildError[]; byStatus: Map<number, number> };

/**
 * The fields of a parsed body, analysed with the response status (children without their own
 * status are grouped under it). Never throws: odd objects (getters, proxies) read as empty.
 */
export function readBodyObject(body: unknown, status: number, options: BodyOptions): BodyFields {
  try {
    return analyse(body, status, options);
  } catch {
    return {};
  }
}

function analyse(body: unknown, status: number, options: BodyOptions): BodyFields {
  const top = fieldsOf(body);
  if (!top) return {};
  const own = coreOf(top);
  const errorsValue = top.get('errors');
  const envelope = fieldsOf(errorsValue);
  const wrapped: Core = envelope ? coreOf(envelope) : {};

  // A cut body may have lost part of Data, so its length would be a wrong count.
  const done = [top.get('data'), top.get('results')].find(Array.isArray);
  const succeeded = options.truncated || !done ? undefined : done.length;

  const tally: ChildTally = { failed: 0, items: [], byStatus: new Map() };
  collect(tally, top.get('childerrors'), status, succeeded);
  if (envelope) {
    const before = tally.failed;
    collect(tally, envelope.get('childerrors'), status, succeeded);
    // A 200 `Errors` object with a message but no list is itself the one failure it reports.
    if (tally.failed === before && (wrapped.error || wrapped.reason)) {
      add(tally, errorsValue, undefined, status);
    }
  } else if (Array.isArray(errorsValue)) {
    collect(tally, errorsValue, status, succeeded);
  }
  const partial: PartialSummary | undefined =
    tally.failed > 0 || (status === 207 && succeeded !== undefined)
      ? compact({
          succeeded,
          failed: tally.failed,
          items: tally.items,
          groups: groupsOf(tally.byStatus),
          // Children past the cut were never seen, so the count is only a lower bound.
          truncated: options.truncated || undefined,
        })
      : undefined;

  const problem =
    options.problem || typeof top.get('title') === 'string' || typeof top.get('detail') === 'string'
      ? problemOf(top)
      : undefined;

  return compact<BodyFields>({
    operationId: own.operationId ?? wrapped.operationId,
    error: own.error ?? wrapped.error ?? problem?.title,
    reason: own.reason ?? wrapped.reason ?? problem?.detail,
    resolution: own.resolution ?? wrapped.resolution,
    parameters: own.parameters ?? wrapped.parameters,
    childErrors: tally.items.length > 0 ? tally.items.slice() : undefined,
    partial,
    problem,
  });
}

/** Own fields by lower-cased name; the first non-null wins, so `Reason: null, reason: 'x'` reads. */
function fieldsOf(value: unknown): Fields | undefined {
  if (!isRecord(value)) return undefined;
  const fields: Fields = new Map();
  const keys = Object.keys(value);
  const n = Math.min(keys.length, MAX_SCAN);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    const name = key.toLowerCase();
    if (fields.get(name) == null) fields.set(name, value[key]);
  }
  return fields;
}

function firstText(fields: Fields, names: readonly string[]): string | undefined {
  for (const name of names) {
    const text = cleanText(fields.get(name));
    if (text !== undefined) return text;
  }
  return undefined;
}

function coreOf(fields: Fields): Core {
  return compact<Core>({
    operationId: cleanId(fields.get('operationid'), ID_MAX),
    error: firstText(fields, ['error']),
    reason: firstText(fields, ['reason', 'reasonphrase']),
    resolution: firstText(fields, ['resolution']),
    parameters: parametersOf(fields),
  });
}

/**
 * Parameters, AdditionalParameters and DynamicProperties folded into one string map (earlier
 * sources win a clash), plus EventId: all of it is detail for support, none of it is copy.
 * Only string, number and boolean values are kept; nested objects are dropped.
 */
function parametersOf(fields: Fields): Record<string, string> | undefined {
  return stringMapOf(
    PARAMETER_FIELDS.map((name) => fields.get(name)),
    fields.get('eventid'),
  );
}

/**
 * Records folded into one string map of at most 50 entries (earlier sources win a clash), plus
 * `EventId` when given: keys cleaned as ids, values as text; string, number and boolean values
 * only. Undefined when nothing is left.
 */
export function stringMapOf(
  sources: readonly unknown[],
  eventId?: unknown,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let count = 0;
  const put = (rawKey: string, raw: unknown): void => {
    const key = cleanId(rawKey, ID_MAX);
    const value = cleanText(typeof raw === 'boolean' ? String(raw) : raw);
    if (!key || value === undefined || BLOCKED_KEYS.has(key) || Object.hasOwn(out, key)) return;
    out[key] = value;
    count++;
  };
  for (const source of sources) {
    if (!isRecord(source)) continue;
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length && i < MAX_SCAN && count < MAX_PARAMETERS; i++) {
      const key = keys[i] as string;
      put(key, source[key]);
    }
  }
  if (count < MAX_PARAMETERS && eventId !== undefined) put('EventId', eventId);
  return count > 0 ? out : undefined;
}

/**
 * ChildErrors as an array or as an object keyed by item; anything else says nothing. An array
 * index is the item's place in the request when nothing else worked or the array keeps gaps for
 * what did, and so are an object's keys when every one is a
 * whole number ("0", "1", "7") below the request's size, where the body tells it (`succeeded`
 * plus the failures listed): `{ "0": …, "1": … }` names items by place, `{ "1001": … }` beside
 * three items in Data names them by id.
 */
function collect(tally: ChildTally, list: unknown, parentStatus: number, succeeded?: number) {
  if (Array.isArray(list)) {
    const n = Math.min(list.length, MAX_SCAN);
    // Beside items that worked, a list without gaps holds only the failures: its index is no
    // place in the request, and "Item 2" would name the wrong one.
    const places = !succeeded || list.slice(0, n).some((entry) => entry == null);
    for (let i = 0; i < n; i++) {
      add(tally, list[i], undefined, parentStatus, places ? i + 1 : undefined);
    }
    // Entries past the scan limit still failed; they are counted but not grouped.
    tally.failed += list.length - n;
  } else if (isRecord(list)) {
    const keys = Object.keys(list);
    const n = Math.min(keys.length, MAX_SCAN);
    const size = (succeeded ?? Number.POSITIVE_INFINITY) + keys.length;
    const places = keys.every((key) => POSITION_KEY.test(key) && Number(key) < size);
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      if (places) add(tally, list[key], undefined, parentStatus, Number(key) + 1);
      else add(tally, list[key], key, parentStatus);
    }
    tally.failed += keys.length - n;
  }
}

/**
 * Counts one child error and keeps it while there is room; `key` is its name in a ChildErrors
 * object, the id when it has none, and `position` its 1-based place in the request, kept when
 * it has no id at all. Past the kept items only the status is read.
 */
function add(
  tally: ChildTally,
  value: unknown,
  key: string | undefined,
  parent: number,
  position?: number,
): void {
  const fields = fieldsOf(value);
  if (!fields) return;
  const status = toStatus(fields.get('statuscode')) ?? toStatus(fields.get('status'));
  tally.failed++;
  tally.byStatus.set(status ?? parent, (tally.byStatus.get(status ?? parent) ?? 0) + 1);
  if (tally.items.length >= MAX_ITEMS) return;
  const id = idOf(fields) ?? cleanId(key, ID_MAX);
  tally.items.push(
    compact<ChildError>({ id, position: id ? undefined : position, status, ...coreOf(fields) }),
  );
}

function idOf(fields: Fields): string | undefined {
  for (const name of ID_FIELDS) {
    const id = cleanId(fields.get(name), ID_MAX);
    if (id !== undefined) return id;
  }
  return undefined;
}

function groupsOf(byStatus: Map<number, number>): PartialSummary['groups'] {
  return [...byStatus]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => b.count - a.count || a.status - b.status);
}

/** RFC 9457 members; `status` is left out because the response status is the one that counts. */
function problemOf(fields: Fields): ProblemDetails | undefined {
  const problem = compact<ProblemDetails>({
    type: cleanText(fields.get('type'), URI_MAX),
    title: cleanText(fields.get('title')),
    detail: cleanText(fields.get('detail')),
    instance: cleanText(fields.get('instance'), URI_MAX),
  });
  return Object.keys(problem).length > 0 ? problem : undefined;
}

/*
 * Normalising fields that already have our shape (a ConnectError from a cache, a worker or a
 * backend): only our own field names are read, every value is rebuilt from scratch with the
 * same rules and caps as a read body, and what has the wrong type is left out.
 */

/** A ChildError rebuilt field by field; undefined for anything that is not an object. */
function normaliseChild(value: unknown): ChildError | undefined {
  if (!isRecord(value)) return undefined;
  try {
    const child = compact<ChildError>({
      id: cleanId(value.id, ID_MAX),
      position: positionOf(value.position),
      status: toStatus(value.status),
      error: cleanText(value.error),
      reason: cleanText(value.reason),
      resolution: cleanText(value.resolution),
      operationId: cleanId(value.operationId, ID_MAX),
      parameters: stringMapOf([value.parameters]),
    });
    return child;
  } catch {
    return undefined; // a throwing getter: the item is dropped
  }
}

/** At most MAX_ITEMS cleaned children from an array (anything else gives none). */
export function normaliseChildren(value: unknown): ChildError[] {
  const items: ChildError[] = [];
  if (!Array.isArray(value)) return items;
  const n = Math.min(value.length, MAX_SCAN);
  for (let i = 0; i < n && items.length < MAX_ITEMS; i++) {
    const child = normaliseChild(value[i]);
    if (child) items.push(child);
  }
  return items;
}

/** Groups kept when every entry is a valid {status, count}; undefined means "recount". */
function normaliseGroups(value: unknown): PartialSummary['groups'] | undefined {
  if (!Array.isArray(value) || value.length > 500) return undefined;
  const groups: PartialSummary['groups'] = [];
  for (const entry of value) {
    if (!isRecord(entry)) return undefined;
    const status = toStatus(entry.status);
    const { count } = entry;
    if (status === undefined || !isCount(count)) return undefined;
    groups.push({ status, count });
  }
  return groups;
}

/**
 * A PartialSummary rebuilt: only when `failed` is a non-negative integer (raised to the items
 * kept, if fewer); groups recounted from the items, under `status` when they have none, when
 * the given ones are missing or invalid.
 */
export function normalisePartial(value: unknown, status: number): PartialSummary | undefined {
  if (!isRecord(value) || !isCount(value.failed)) return undefined;
  const items = normaliseChildren(value.items);
  let groups = normaliseGroups(value.groups);
  if (!groups) {
    const byStatus = new Map<number, number>();
    for (const item of items) {
      const code = item.status ?? toStatus(status);
      if (code !== undefined) byStatus.set(code, (byStatus.get(code) ?? 0) + 1);
    }
    groups = groupsOf(byStatus);
  }
  return compact<PartialSummary>({
    succeeded: isCount(value.succeeded) ? value.succeeded : undefined,
    failed: Math.max(value.failed, items.length),
    items,
    groups,
    truncated: value.truncated === true || undefined,
  });
}

/** ProblemDetails rebuilt; undefined when nothing of it is text. */
export function normaliseProblem(value: unknown): ProblemDetails | undefined {
  if (!isRecord(value)) return undefined;
  const problem = compact<ProblemDetails>({
    type: cleanText(value.type, URI_MAX),
    title: cleanText(value.title),
    detail: cleanText(value.detail),
    instance: cleanText(value.instance, URI_MAX),
  });
  return Object.keys(problem).length > 0 ? problem : undefined;
}
