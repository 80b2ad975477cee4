/**
 * CONNECT error responses → plain ConnectError objects. Reading is size-capped and never
 * rejects; what cannot be read is left out rather than guessed.
 */

import type { Classified } from './classify';
import { type BodyFields, normaliseBody, readBodyObject } from './connect-body';
import { compact, isObject, read, toStatus, URI_MAX } from './guards';
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
  return build(args, cut ? body.slice(0, MAX_TEXT) : body, cut, read(args, 'method'));
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
    const timeoutMs = typeof time === 'number' && time >= 0 ? time : DEFAULT_TIMEOUT_MS;
    const body = await readCapped(response, maxBytes, timeoutMs);
    // Response carries status, statusText, headers and url ('' when unknown: dropped).
    return build(response, body?.text, body?.truncated === true, read(options, 'method'));
  } catch {
    return { kind: 'connect-error', status: toStatus(read(response, 'status')) ?? 0 };
  }
}

/** The headers that carry a field of a ConnectError. */
const HEADER_OF: Partial<Record<string, string>> = {
  operationId: 'operation-id',
  retryAfter: 'retry-after',
  location: 'location',
};

/**
 * A ConnectError from a response (or its parts) and its body: the body read as a CONNECT error
 * body, the headers for what they carry.
 */
function build(source: unknown, body: unknown, truncated: boolean, method: unknown): ConnectError {
  const status = toStatus(read(source, 'status')) ?? 0;
  const headers = read(source, 'headers') as HeadersLike;
  const type = cleanText(read(source, 'contentType'), SHORT) ?? readHeader(headers, 'content-type');
  return assemble(
    status,
    (name) => {
      const header = HEADER_OF[name];
      if (header) return readHeader(headers, header);
      return name === 'method' ? method : read(source, name);
    },
    bodyOf(body, type, status, truncated),
    truncated,
  );
}

/**
 * The one place a ConnectError is put together, for a response read and for one given. `get`
 * gives the raw fields besides the body's (status text, method, url, and the operation id,
 * Retry-After and Location), cleaned here; `body` what the body contributes, already cleaned by
 * the reader that knows its shape. An operation id in the body beats a header's.
 */
function assemble(
  status: number,
  get: (name: string) => unknown,
  body: BodyFields,
  truncated: boolean,
): ConnectError {
  const { operationId, text, ...fields } = body;
  return compact<ConnectError>({
    kind: 'connect-error',
    status,
    statusText: cleanText(get('statusText'), SHORT),
    method: httpMethod(get('method')),
    url: urlOf(get('url')),
    operationId: operationId ?? cleanId(get('operationId')),
    ...fields,
    retryAfter: retryAfterText(get('retryAfter')),
    location: cleanText(get('location'), URI_MAX),
    text,
    truncated: truncated || undefined,
  });
}

/*
 * A ConnectError is read once and described often (every alert showing it, every describeStatus
 * call in a render), so its normalised copy is kept per object: 200 child errors take about a
 * millisecond to clean. A ConnectError is a value, as React state is: a changed one is a new
 * object (`{ ...error, reason }`), which is read anew.
 */
const normalised = new WeakMap<object, ConnectError>();

/**
 * A ConnectError-shaped object (from a cache, a worker, a backend) rebuilt from scratch with the
 * rules readConnectError applies: text cleaned and capped, status an integer 100–599 or 0,
 * method and url validated, parameters a string map, child errors cleaned (at most 200), the
 * partial summary only when its counts are counts, `retryAfter` a string. Fields of the wrong
 * type are left out. The result is a new plain object that JSON and structuredClone keep whole
 * (the same one again for the same object). Never throws.
 */
export function normaliseConnectError(value: unknown): ConnectError {
  const kept = isObject(value) ? normalised.get(value) : undefined;
  if (kept) return kept;
  const get = (name: string) => read(value, name);
  const status = toStatus(get('status')) ?? 0;
  let result: ConnectError;
  try {
    result = assemble(status, get, normaliseBody(get, status), get('truncated') === true);
  } catch {
    // A throwing proxy or getter inside a field: nothing of it can be trusted.
    result = { kind: 'connect-error', status };
  }
  if (isObject(value)) normalised.set(value, result);
  return result;
}

/** The raw Retry-After as a string: text as is (cleaned), a non-negative number as its digits. */
function retryAfterText(value: unknown): string | undefined {
  return typeof value === 'number' && value < 0 ? undefined : cleanText(value, SHORT);
}

/**
 * What a body contributes: an object (a body already parsed) or JSON text read as a CONNECT error
 * body, any other text as plain text. Only text is ever cut, so `cut` is false for an object.
 */
function bodyOf(body: unknown, type: string | undefined, status: number, cut: boolean): BodyFields {
  const media = mediaOf(type);
  const text = typeof body === 'string' ? body.trim() : undefined;
  const parsed = text === undefined ? body : jsonOf(text, media, cut);
  if (typeof parsed === 'string') return plainTextBody(parsed, false);
  if (parsed !== undefined) {
    const problem = media === 'application/problem+json';
    return readBodyObject(parsed, status, { problem, truncated: cut });
  }
  return text === undefined ? {} : plainTextBody(text, cut);
}

/** Plain text, never interpreted (HTML stays markup-as-text); a cut shows as '…'. */
function plainTextBody(raw: string, cut: boolean): BodyFields {
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
  const stop = () => reader.cancel().catch(() => undefined);
  let text = '';
  let total = 0;
  let empty = 0;
  let timedOut = false;
  // Cut unless the stream ends within the bounds. When the time is up the reader is cancelled,
  // which ends a pending read at once (as done).
  let truncated = true;
  const timer =
    timeoutMs === Number.POSITIVE_INFINITY
      ? undefined
      : setTimeout(
          () => {
            timedOut = true;
            stop();
          },
          Math.min(timeoutMs, MAX_TIMER_MS),
        );
  try {
    for (let reads = 0; reads < MAX_READS; reads++) {
      const { done, value } = await reader.read();
      if (timedOut) break;
      if (done) {
        text += decoder.decode();
        truncated = false;
        break;
      }
      // ArrayBuffer.isView rather than instanceof: the stream may come from another realm.
      if (!ArrayBuffer.isView(value)) break;
      if (value.byteLength === 0) {
        if (++empty >= MAX_EMPTY_CHUNKS) break;
        continue;
      }
      // Past the cap only the bytes that fit are decoded; a character they split is dropped.
      const kept = Math.min(value.byteLength, maxBytes - total);
      const bytes = new Uint8Array(value.buffer, value.byteOffset, kept);
      text += decoder.decode(bytes, { stream: true });
      total += value.byteLength;
      if (total > maxBytes) break;
    }
  } catch {
    // A stream that fails mid-way keeps what arrived.
  } finally {
    clearTimeout(timer);
  }
  if (truncated) stop();
  return { text, truncated };
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
