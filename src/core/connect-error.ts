/**
 * CONNECT error responses → plain ConnectError objects. Reading is size-capped and never
 * rejects; what cannot be read is left out rather than guessed.
 */

import type { Classified } from './classify';
import {
  type BodyFields,
  normaliseChildren,
  normalisePartial,
  normaliseProblem,
  readBodyObject,
  stringMapOf,
} from './connect-body';
import { compact, read, toStatus, URI_MAX } from './guards';
import { readHeader } from './headers';
import { cleanId, cleanText, jsonOf, MAX_TEXT, mediaOf } from './text';
import type { ConnectError, HeadersLike } from './types';

const DEFAULT_MAX_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 3000;
/** setTimeout fires at once for delays above 2^31-1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Empty chunks accepted from one body, and reads in all: a stream that keeps yielding nothing
 * (or next to nothing) resolves each read in a microtask, so timers, the read time included,
 * would never get to run.
 */
const MAX_EMPTY_CHUNKS = 1000;
const MAX_READS = 200_000;
const SHORT = 200;
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/;

type BodyResult = BodyFields & { text?: string };

/**
 * Builds a ConnectError from what an app already holds, synchronously: status, headers (Headers
 * or plain object), a body that is already parsed (object) or raw text (string; parsed as JSON
 * when it clearly is JSON: starts with { or [ after trimming, or the content type says json),
 * method, url. A status that is not an integer 100–599 (or such a numeric string) becomes 0.
 * Never throws.
 */
export function toConnectError(args: {
  status: unknown;
  statusText?: unknown;
  headers?: HeadersLike;
  body?: unknown;
  method?: unknown;
  url?: unknown;
  contentType?: string;
}): ConnectError {
  const body = read(args, 'body');
  const cut = typeof body === 'string' && body.length > MAX_TEXT;
  return build((name) => {
    if (name !== 'body') return read(args, name);
    return cut ? (body as string).slice(0, MAX_TEXT) : body;
  }, cut);
}

export interface ReadConnectErrorOptions {
  /** The request method, which a Response does not carry. */
  method?: string;
  /** Bytes of the body read at most; the rest is cancelled. Default 64 KiB. */
  maxBytes?: number;
  /**
   * Milliseconds the body may take to arrive, from the start of reading. Default 3000. When they
   * are up the read is cancelled and the result holds what arrived, marked `truncated`.
   * `Infinity` turns the bound off (for a fetch that has its own AbortSignal).
   */
  timeoutMs?: number;
}

/**
 * Reads a fetch Response body once, safely, into a plain ConnectError. Never rejects.
 * - At most `maxBytes` (default 64 KiB) are read from the stream with a reader, for at most
 *   `timeoutMs` (default 3000 ms), so a body that stalls after its headers still settles, even
 *   when the fetch had no AbortSignal; a stream that only yields empty chunks is given up after
 *   a thousand of them. A body cut for any of these reasons (or by a connection that broke)
 *   keeps what arrived and sets `truncated: true`; the rest of the stream is cancelled.
 * - Decoded as UTF-8 (a character split by the cut is dropped). JSON only when the content type
 *   says json or the text clearly is JSON; a JSON body cut short keeps its complete leading
 *   members, and a string value the cut fell into ends with '…'.
 * - A body already used, or unreadable, still gives the status and the headers that matter.
 */
export async function readConnectError(
  response: Response,
  options?: ReadConnectErrorOptions,
): Promise<ConnectError> {
  try {
    const requested = read(options, 'maxBytes');
    const maxBytes =
      typeof requested === 'number' && requested >= 0 && Number.isFinite(requested)
        ? Math.floor(requested)
        : DEFAULT_MAX_BYTES;
    const time = read(options, 'timeoutMs');
    const timeoutMs =
      time === Number.POSITIVE_INFINITY
        ? time
        : typeof time === 'number' && time >= 0
          ? Math.min(time, MAX_TIMER_MS)
          : DEFAULT_TIMEOUT_MS;
    const body = await readCapped(response, maxBytes, timeoutMs);
    // Response carries status, statusText, headers and url ('' when unknown: dropped).
    return build((name) => {
      if (name === 'body') return body?.text;
      return name === 'method' ? read(options, name) : read(response, name);
    }, body?.truncated === true);
  } catch {
    return { kind: 'connect-error', status: toStatus(read(response, 'status')) ?? 0 };
  }
}

function build(get: (name: string) => unknown, truncated: boolean): ConnectError {
  const status = toStatus(get('status')) ?? 0;
  try {
    const headers = get('headers') as HeadersLike;
    const contentType = cleanText(get('contentType'), SHORT) ?? readHeader(headers, 'content-type');
    const body = bodyOf(get('body'), contentType, status, truncated);
    return compact<ConnectError>({
      kind: 'connect-error',
      status,
      statusText: cleanText(get('statusText'), SHORT),
      method: httpMethod(get('method')),
      url: urlOf(get('url')),
      operationId: body.operationId ?? cleanId(readHeader(headers, 'operation-id'), SHORT),
      error: body.error,
      reason: body.reason,
      resolution: body.resolution,
      parameters: body.parameters,
      childErrors: body.childErrors,
      partial: body.partial,
      problem: body.problem,
      retryAfter: cleanText(readHeader(headers, 'retry-after'), SHORT),
      location: cleanText(readHeader(headers, 'location'), URI_MAX),
      text: body.text,
      truncated: truncated || undefined,
    });
  } catch {
    return { kind: 'connect-error', status };
  }
}

/** The fields of a ConnectError, in the order normaliseConnectError reads them. */
const FIELDS = [
  'status',
  'statusText',
  'method',
  'url',
  'operationId',
  'error',
  'reason',
  'resolution',
  'parameters',
  'childErrors',
  'partial',
  'problem',
  'retryAfter',
  'location',
  'text',
  'truncated',
] as const;

type Normalised = { fields: unknown[]; result: ConnectError };

/*
 * A ConnectError is read once and described often (every render of every badge showing it), so
 * its normalised copy is kept per object. It is used again only while every top-level field
 * still holds the same value, so an app that assigns a field sees the change; a change made
 * deep inside (pushing to `childErrors`) is not seen.
 */
const normalised = new WeakMap<object, Normalised>();

/**
 * A ConnectError-shaped object (from a cache, a worker, a backend) rebuilt from scratch with the
 * rules readConnectError applies: text cleaned and capped, status an integer 100–599 or 0,
 * method and url validated, parameters a string map, child errors cleaned (at most 200), the
 * partial summary only when its counts are counts, `retryAfter` a string. Fields of the wrong
 * type are left out. The result is a new plain object that JSON and structuredClone keep whole
 * (the same one again for the same, unchanged input). Never throws.
 */
export function normaliseConnectError(value: unknown): ConnectError {
  if (typeof value !== 'object' || value === null) return rebuild(value);
  try {
    const kept = normalised.get(value);
    if (kept && unchanged(value, kept.fields)) return kept.result;
    const fields = FIELDS.map((name) => read(value, name));
    const result = rebuild(value);
    normalised.set(value, { fields, result });
    return result;
  } catch {
    return rebuild(value);
  }
}

function unchanged(value: object, fields: unknown[]): boolean {
  for (let i = 0; i < FIELDS.length; i++) {
    if (!Object.is(read(value, FIELDS[i] as string), fields[i])) return false;
  }
  return true;
}

function rebuild(value: unknown): ConnectError {
  const status = toStatus(read(value, 'status')) ?? 0;
  try {
    const get = (name: string) => read(value, name);
    const children = normaliseChildren(get('childErrors'));
    return compact<ConnectError>({
      kind: 'connect-error',
      status,
      statusText: cleanText(get('statusText'), SHORT),
      method: httpMethod(get('method')),
      url: urlOf(get('url')),
      operationId: cleanId(get('operationId'), SHORT),
      error: cleanText(get('error')),
      reason: cleanText(get('reason')),
      resolution: cleanText(get('resolution')),
      parameters: stringMapOf([get('parameters')]),
      childErrors: children.length > 0 ? children : undefined,
      partial: normalisePartial(get('partial'), status),
      problem: normaliseProblem(get('problem')),
      retryAfter: retryAfterText(get('retryAfter')),
      location: cleanText(get('location'), URI_MAX),
      text: cleanText(get('text')),
      truncated: get('truncated') === true || undefined,
    });
  } catch {
    return { kind: 'connect-error', status };
  }
}

/** The raw Retry-After as a string: text as is (cleaned), a non-negative number as its digits. */
function retryAfterText(value: unknown): string | undefined {
  if (typeof value === 'number') return value >= 0 ? cleanText(value, SHORT) : undefined;
  return cleanText(value, SHORT);
}

function bodyOf(body: unknown, type: string | undefined, status: number, cut: boolean): BodyResult {
  const media = mediaOf(type);
  const problem = media === 'application/problem+json';
  if (typeof body === 'object' && body !== null) {
    return readBodyObject(body, status, { problem, truncated: false });
  }
  if (typeof body !== 'string') return {};
  const trimmed = body.trim();
  const parsed = jsonOf(trimmed, media, cut);
  if (typeof parsed === 'string') return plainTextBody(parsed, false);
  if (parsed !== undefined) return readBodyObject(parsed, status, { problem, truncated: cut });
  return plainTextBody(trimmed, cut);
}

/** Plain text, never interpreted (HTML stays markup-as-text); a cut shows as '…'. */
function plainTextBody(raw: string, cut: boolean): BodyResult {
  const text = cleanText(raw);
  if (text === undefined) return {};
  return { text: cut && !text.endsWith('…') ? `${text}…` : text };
}

/**
 * At most maxBytes of the body, within timeoutMs, decoded as UTF-8. A multi-byte character
 * split by the cut is dropped rather than shown as U+FFFD. A stream that fails mid-way, runs out
 * of time or keeps sending nothing keeps what arrived, as a cut body.
 */
async function readCapped(response: Response, maxBytes: number, timeoutMs: number) {
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    if (response.bodyUsed || !response.body) return undefined;
    reader = response.body.getReader();
  } catch {
    return undefined;
  }
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  let empty = 0;
  let timedOut = false;
  const cut = () => {
    reader.cancel().catch(() => undefined);
    return { text, truncated: true };
  };
  // When the time is up the reader is cancelled, which ends a pending read at once (as done).
  const timer =
    timeoutMs === Number.POSITIVE_INFINITY
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          cut();
        }, timeoutMs);
  try {
    for (let reads = 0; reads < MAX_READS; reads++) {
      const { done, value } = await reader.read();
      if (timedOut) return { text, truncated: true };
      if (done) return { text: text + decoder.decode(), truncated: false };
      // ArrayBuffer.isView rather than instanceof: the stream may come from another realm.
      if (!ArrayBuffer.isView(value)) throw new TypeError('body chunk is not bytes');
      if (value.byteLength === 0) {
        if (++empty >= MAX_EMPTY_CHUNKS) return cut();
        continue;
      }
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      const room = maxBytes - total;
      if (bytes.byteLength > room) {
        text += decoder.decode(bytes.subarray(0, room), { stream: true });
        return cut();
      }
      total += bytes.byteLength;
      text += decoder.decode(bytes, { stream: true });
    }
    return cut();
  } catch {
    return cut();
  } finally {
    clearTimeout(timer);
  }
}

/** A method token as HTTP allows it (RFC 9110 §9.1), upper-cased; anything else is dropped. */
function httpMethod(value: unknown): string | undefined {
  const method = cleanText(value, 20)?.toUpperCase();
  return method && METHOD.test(method) ? method : undefined;
}

/** Credentials in a URL (`https://user:pass@host`) are dropped: these objects get logged. */
function urlOf(value: unknown): string | undefined {
  const url = cleanText(value, URI_MAX);
  if (!url?.includes('@')) return url;
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** The ConnectError behind a classified input: a given one rebuilt, a response read. */
export function connectOf(classified: Classified): ConnectError | undefined {
  if (classified.given) return normaliseConnectError(classified.given);
  return classified.response && toConnectError(classified.response);
}
