import { type Bag, isConnectError, isObject, parseCode, toStatus } from './guards';
import type { ConnectError, HeadersLike } from './types';

/** What a response said, not yet read: the readers make a ConnectError or counts of it. */
export interface ResponseParts {
  status: unknown;
  statusText?: unknown;
  headers?: HeadersLike;
  url?: unknown;
  method?: unknown;
  body?: unknown;
}

/**
 * What any input boils down to: a status (0 when no response arrived) or a client-side state,
 * and where its details are: the parts of a response, or a ConnectError as given (untrusted).
 */
export interface Classified {
  code: number;
  state?: 'offline' | 'timeout' | 'aborted' | 'unknown';
  response?: ResponseParts;
  given?: ConnectError;
}

const unknown: Classified = { code: 0, state: 'unknown' };

// Messages browsers use when fetch fails without a response (Chromium, Firefox, Safari, undici).
const networkFailure = /fetch|network|load failed|connection/i;

const isResponseLike = (value: unknown): value is Response =>
  isObject(value) &&
  typeof value.status === 'number' &&
  isObject(value.headers) &&
  typeof (value.headers as Bag).get === 'function';

function fromCode(code: number): Classified {
  if (code === 0) return { code: 0, state: 'offline' };
  return toStatus(code) ? { code } : unknown;
}

/** A ConnectError as given: its code, and its details to be read as untrusted. */
const fromGiven = (given: ConnectError): Classified => ({ ...fromCode(given.status), given });

function fromResponse(response: Response, method?: unknown, body?: unknown): Classified {
  const { status, statusText, headers, url } = response;
  const code = toStatus(status) ?? 0;
  return {
    code,
    response: { status, statusText, headers, url, method, body },
    ...(code === 0 && { state: 'offline' }),
  };
}

/** The method a client error carries: axios `config.method`, ky `options.method` / `request.method`. */
function methodCarried(error: Bag): unknown {
  for (const holder of [error.config, error.options, error.request]) {
    if (isObject(holder) && typeof holder.method === 'string') return holder.method;
  }
  return error.method;
}

/** A state from the error's name or code, as fetch, AbortSignal, axios and ky set them. */
function stateOfError(error: Bag, words: RegExp): Classified['state'] {
  const name = typeof error.name === 'string' ? error.name : '';
  const code = typeof error.code === 'string' ? error.code : '';
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED') {
    return 'aborted';
  }
  if (name === 'TimeoutError' || code === 'ECONNABORTED' || code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ERR_NETWORK') return 'offline';
  const message = typeof error.message === 'string' ? error.message : '';
  return name === 'TypeError' && words.test(message.trim()) ? 'offline' : undefined;
}

function fromObject(value: Bag, depth: number, words: RegExp): Classified {
  // A ConnectError may come from a cache, a worker or a backend: its fields are not trusted.
  if (isConnectError(value)) return fromGiven(value);
  if (isResponseLike(value)) return fromResponse(value, undefined, value.data);
  const method = methodCarried(value);
  // axios and ky errors carry the response; a thrown error's status beats its name.
  const response = value.response;
  // axios keeps the parsed body on `response.data` (its headers have get(), so the response
  // looks like fetch's), ky 2 on the error's `data`; a fetch Response carries neither.
  if (isResponseLike(response)) {
    return fromResponse(response, method, (response as unknown as Bag).data ?? value.data);
  }
  if (isObject(response) && typeof response.status === 'number') {
    return fromStatusObject({ ...response, body: response.data ?? response.body }, method);
  }
  // A router's error response holding a ConnectError (React Router's `throw data(connectError,
  // { status })`): the ConnectError says more than the wrapper (Retry-After, the request).
  const data = value.data;
  if (isConnectError(data)) return fromGiven(data);
  const status = value.status ?? value.statusCode;
  if (typeof status === 'number' || typeof status === 'string') {
    // React Router's own error responses (no route matches the URL, a route without a loader)
    // are marked `internal` and carry its message for developers in `data`: no server's words.
    const own = value.internal === true ? { body: undefined, data: undefined } : {};
    const classified = fromStatusObject({ ...value, ...own, status }, method);
    if (classified.state !== 'unknown') return classified;
  }
  const state = stateOfError(value, words);
  if (state) return { code: 0, state };
  // Wrapped errors (`new Error('load failed', { cause })`) say what happened in their cause.
  if (depth < 3 && isObject(value.cause)) return fromObject(value.cause, depth + 1, words);
  return unknown;
}

function fromStatusObject(value: Bag, method: unknown): Classified {
  const code = typeof value.status === 'string' ? parseCode(value.status) : value.status;
  if (typeof code !== 'number') return unknown;
  const base = fromCode(code);
  if (base.state) return base;
  // Headers as given: readHeader reads anything that is no headers object as none.
  const headers = value.headers as HeadersLike;
  return { code, response: { status: code, headers, body: value.body ?? value.data, method } };
}

/**
 * Never throws: hostile objects (throwing getters, proxies) classify as unknown. `words`: the
 * messages that make a TypeError a network failure.
 */
export function classify(input: unknown, words = networkFailure): Classified {
  try {
    if (typeof input === 'number') return fromCode(input);
    if (typeof input === 'string') {
      const code = parseCode(input);
      return code === undefined ? unknown : fromCode(code);
    }
    if (isObject(input)) return fromObject(input, 0, words);
  } catch {
    // fall through to unknown
  }
  return unknown;
}
