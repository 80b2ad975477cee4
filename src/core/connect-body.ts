/**
 * Reading a parsed CONNECT error body. Only known fields are looked at, a fixed number of
 * levels down (never recursion), and every result object is built from our own keys, so a
 * hostile body can neither pollute prototypes nor make the work unbounded.
 */

import { type Fields, fieldsOf, MAX_ITEMS, MAX_SCAN, tallyFailures } from './failures';
import { compact, isCount, isRecord, positionOf, toStatus, URI_MAX } from './guards';
import { cleanId, cleanText } from './text';
import type { ChildError, ConnectError, PartialSummary, ProblemDetails } from './types';

type Core = Pick<ConnectError, 'operationId' | 'error' | 'reason' | 'resolution' | 'parameters'>;
/** What an error body contributes to a ConnectError: `text` when it was not JSON. */
export type BodyFields = Core & Pick<ConnectError, 'childErrors' | 'partial' | 'problem' | 'text'>;

const MAX_PARAMETERS = 50;
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_FIELDS = ['id', 'streamid', 'assetid', 'typeid', 'name'] as const;
// Services spread item details over these; all are string maps for support to read.
const PARAMETER_FIELDS = ['parameters', 'additionalparameters', 'dynamicproperties'] as const;

/** `problem`: the content type said problem+json; `truncated`: the body was cut by the cap. */
type BodyOptions = { problem: boolean; truncated: boolean };

/**
 * The fields of a parsed body, analysed with the response status (children without their own
 * status are grouped under it). Never throws: odd objects (getters, proxies) read as empty.
 */
export function readBodyObject(body: unknown, status: number, options: BodyOptions): BodyFields {
  try {
    const top = fieldsOf(body);
    if (!top) return {};
    // The body's own fields beat those of its Errors envelope.
    const envelope = fieldsOf(top.get('errors'));
    const core = coreOf(top, envelope && coreOf(envelope));
    const tally = tallyFailures<ChildError>(top, status, options.truncated, childOf);
    const { succeeded, failed, items } = tally;
    const partial: PartialSummary | undefined =
      failed > 0 || (status === 207 && succeeded !== undefined)
        ? compact({
            succeeded,
            failed,
            items,
            groups: groupsOf(tally.byStatus),
            // Children past the cut were never seen, so the count is only a lower bound.
            truncated: options.truncated || undefined,
          })
        : undefined;

    const problem =
      options.problem ||
      typeof top.get('title') === 'string' ||
      typeof top.get('detail') === 'string'
        ? problemOf((name) => top.get(name))
        : undefined;

    return compact<BodyFields>({
      ...core,
      error: core.error ?? problem?.title,
      reason: core.reason ?? problem?.detail,
      childErrors: items.length > 0 ? items.slice() : undefined,
      partial,
      problem,
    });
  } catch {
    return {};
  }
}

/** The core fields of an object, each in a fixed place (undefined when missing), else `under`'s. */
function coreOf(fields: Fields, under: Core = {}): Core {
  return {
    operationId: cleanId(fields.get('operationid')) ?? under.operationId,
    error: cleanText(fields.get('error')) ?? under.error,
    reason:
      cleanText(fields.get('reason')) ?? cleanText(fields.get('reasonphrase')) ?? under.reason,
    resolution: cleanText(fields.get('resolution')) ?? under.resolution,
    parameters: parametersOf(fields) ?? under.parameters,
  };
}

/**
 * Parameters, AdditionalParameters and DynamicProperties folded into one string map (earlier
 * sources win a clash), plus EventId: all of it is detail for support, none of it is copy.
 * Only string, number and boolean values are kept; nested objects are dropped.
 */
function parametersOf(fields: Fields): Record<string, string> | undefined {
  return stringMapOf([
    ...PARAMETER_FIELDS.map((name) => fields.get(name)),
    { EventId: fields.get('eventid') },
  ]);
}

/**
 * Records folded into one string map of at most 50 entries (earlier sources win a clash): keys
 * cleaned as ids, values as text; string, number and boolean values only. Undefined when nothing
 * is left.
 */
function stringMapOf(sources: readonly unknown[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let count = 0;
  for (const source of sources) {
    if (!isRecord(source)) continue;
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length && i < MAX_SCAN && count < MAX_PARAMETERS; i++) {
      const raw = source[keys[i] as string];
      const key = cleanId(keys[i]);
      const value = cleanText(typeof raw === 'boolean' ? String(raw) : raw);
      if (!key || value === undefined || BLOCKED_KEYS.has(key) || Object.hasOwn(out, key)) continue;
      out[key] = value;
      count++;
    }
  }
  return count > 0 ? out : undefined;
}

/** A failed item, cleaned: its id (or the key it was listed under), else its place. */
function childOf(
  fields: Fields,
  key: string | undefined,
  position: number | undefined,
  status: number | undefined,
): ChildError {
  const id = idOf(fields) ?? cleanId(key);
  return compact<ChildError>({
    id,
    position: id ? undefined : position,
    status,
    ...coreOf(fields),
  });
}

function idOf(fields: Fields): string | undefined {
  for (const name of ID_FIELDS) {
    const id = cleanId(fields.get(name));
    if (id !== undefined) return id;
  }
  return undefined;
}

function groupsOf(byStatus: Map<number, number>): PartialSummary['groups'] {
  return [...byStatus]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => b.count - a.count || a.status - b.status);
}

/**
 * RFC 9457 members, from a body or a given ConnectError's `problem`; undefined when nothing of it
 * is text. `status` is left out because the response status is the one that counts.
 */
function problemOf(get: (name: string) => unknown): ProblemDetails | undefined {
  const problem = compact<ProblemDetails>({
    type: cleanText(get('type'), URI_MAX),
    title: cleanText(get('title')),
    detail: cleanText(get('detail')),
    instance: cleanText(get('instance'), URI_MAX),
  });
  return Object.keys(problem).length > 0 ? problem : undefined;
}

/*
 * Normalising fields that already have our shape (a ConnectError from a cache, a worker or a
 * backend): only our own field names are read, every value is rebuilt from scratch with the
 * same rules and caps as a read body, and what has the wrong type is left out.
 */

/**
 * A ChildError rebuilt as a body's failed item is read (childOf), its place and status from our
 * own names; undefined for anything that is not an object.
 */
function normaliseChild(value: unknown): ChildError | undefined {
  try {
    const fields = fieldsOf(value);
    return (
      fields &&
      childOf(fields, undefined, positionOf(fields.get('position')), toStatus(fields.get('status')))
    );
  } catch {
    return undefined; // a throwing getter: the item is dropped
  }
}

/** At most MAX_ITEMS cleaned children from an array (anything else gives none). */
function normaliseChildren(value: unknown): ChildError[] {
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
function normalisePartial(value: unknown, status: number): PartialSummary | undefined {
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

/**
 * The body's share of a given ConnectError, by our own field names (the operation id is read
 * with the request's fields). May throw on a hostile field (a proxy, a throwing getter).
 */
export function normaliseBody(get: (name: string) => unknown, status: number): BodyFields {
  const children = normaliseChildren(get('childErrors'));
  const problem = get('problem');
  return {
    error: cleanText(get('error')),
    reason: cleanText(get('reason')),
    resolution: cleanText(get('resolution')),
    parameters: stringMapOf([get('parameters')]),
    childErrors: children.length > 0 ? children : undefined,
    partial: normalisePartial(get('partial'), status),
    problem: isRecord(problem) ? problemOf((name) => problem[name]) : undefined,
    text: cleanText(get('text')),
  };
}
