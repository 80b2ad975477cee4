/**
 * CONNECT error responses → plain ConnectError objects. Reading is size-capped and never
 * rejects; what cannot be read is left out rather than guessed.
 */
import { type BodyFields, compact, readBodyObject, toStatus } from './connect-body';
import { readHeader } from './headers';
import { cleanText, parseJsonText } from './text';
import type { ConnectError, HeadersLike } from './types';

const DEFAULT_MAX_BYTES = 64 * 1024;
/** Raw text handed to toConnectError is capped like a read body (in code units). */
const MAX_TEXT = 64 * 1024;
const SHORT = 200;
const URI_MAX = 2000;
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}$/;

type BodyResult = BodyFields & { text?: string };

/**
 * True for a plain object produced by readConnectError / toConnectError (kind === 'connect-error'
 * and a numeric status).
 */
export function isConnectError(value: unknown): value is ConnectError {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    // Object.prototype of any realm (or none): results may come from a worker or an iframe.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
    const { kind, status } = value as { kind?: unknown; status?: unknown };
    return kind === 'connect-error' && typeof status === 'number' && Number.isFinite(status);
  } catch {
    return false;
  }
}

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

/**
 * Reads a fetch Response body once, safely: at most maxBytes (default 64 KiB) read from the
 * stream with a reader (the rest is cancelled), decoded as UTF-8; if the body was already used
 * or reading fails, still returns the status/headers info. JSON only when the content type says
 * json or the text clearly is JSON; a JSON body cut by the cap keeps its complete leading
 * members. Never rejects (a body that stalls forever is ended by the fetch's AbortSignal).
 */
export async function readConnectError(
  response: Response,
  options?: { method?: string; maxBytes?: number },
): Promise<ConnectError> {
  try {
    const requested = read(options, 'maxBytes');
    const maxBytes =
      typeof requested === 'number' && requested >= 0 && Number.isFinite(requested)
        ? Math.floor(requested)
        : DEFAULT_MAX_BYTES;
    const body = await readCapped(response, maxBytes);
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
      method: methodOf(get('method')),
      url: urlOf(get('url')),
      operationId: body.operationId ?? cleanText(readHeader(headers, 'operation-id'), SHORT),
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
    });
  } catch {
    return { kind: 'connect-error', status };
  }
}

/** A property read that survives throwing getters and proxies. */
function read(source: unknown, name: string): unknown {
  try {
    return typeof source === 'object' && source !== null
      ? (source as Record<string, unknown>)[name]
      : undefined;
  } catch {
    return undefined;
  }
}

function bodyOf(body: unknown, type: string | undefined, status: number, cut: boolean): BodyResult {
  const media = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const problem = media === 'application/problem+json';
  if (typeof body === 'object' && body !== null) {
    return readBodyObject(body, status, { problem, truncated: false });
  }
  if (typeof body !== 'string') return {};

  const trimmed = body.trim();
  const json = media === 'application/json' || media === 'text/json' || media.endsWith('+json');
  if (json || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonText(trimmed, cut);
    if (typeof parsed === 'string') return textOf(parsed, false);
    if (parsed !== undefined) return readBodyObject(parsed, status, { problem, truncated: cut });
  }
  return textOf(trimmed, cut);
}

/** Plain text, never interpreted (HTML stays markup-as-text); a cut shows as '…'. */
function textOf(raw: string, cut: boolean): BodyResult {
  const text = cleanText(raw);
  if (text === undefined) return {};
  return { text: cut && !text.endsWith('…') ? `${text}…` : text };
}

/**
 * At most maxBytes of the body, decoded as UTF-8. A multi-byte character split by the cap is
 * dropped rather than shown as U+FFFD. A stream that fails mid-way keeps what arrived.
 */
async function readCapped(response: Response, maxBytes: number) {
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
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), truncated: false };
      // ArrayBuffer.isView rather than instanceof: the stream may come from another realm.
      if (!ArrayBuffer.isView(value)) throw new TypeError('body chunk is not bytes');
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      const room = maxBytes - total;
      if (bytes.byteLength > room) {
        text += decoder.decode(bytes.subarray(0, room), { stream: true });
        reader.cancel().catch(() => undefined);
        return { text, truncated: true };
      }
      total += bytes.byteLength;
      text += decoder.decode(bytes, { stream: true });
    }
  } catch {
    reader.cancel().catch(() => undefined);
    return { text, truncated: true };
  }
}

function methodOf(value: unknown): string | undefined {
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
