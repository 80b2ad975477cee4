/**
 * What identifies a request, so a retry cycle can belong to the request rather than to whatever
 * component or object shows its failure. Pure and total: anything unreadable falls back.
 */

import { type Bag, isObject } from './guards';

const URL_MAX = 2000;

function stringAt(holder: unknown, name: string): string | undefined {
  if (!isObject(holder)) return undefined;
  const value = holder[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The URL a failure carries, wherever the clients put it: a ConnectError or a `Response`
 * (`url`), ky (`response.url`, `request.url`), axios (`config.baseURL` + `config.url`, or the
 * XHR's `request.responseURL`). The fragment is dropped: it never reaches the server.
 */
function urlOf(input: Bag): string | undefined {
  const config = input.config;
  const url =
    stringAt(input, 'url') ??
    stringAt(input.response, 'url') ??
    stringAt(input.request, 'url') ??
    stringAt(input.request, 'responseURL') ??
    (stringAt(config, 'url') && `${stringAt(config, 'baseURL') ?? ''}${stringAt(config, 'url')}`);
  return url?.split('#')[0]?.slice(0, URL_MAX) || undefined;
}

/** The URL an input carries (see urlOf), or undefined. Never throws. */
export function requestUrlOf(input: unknown): string | undefined {
  try {
    return isObject(input) ? urlOf(input) : undefined;
  } catch {
    return undefined; // a throwing getter or a proxy
  }
}

/** An app's own key: a string, a number, or a JSON-able array such as a TanStack query key. */
function explicitKey(key: unknown): string | undefined {
  if (typeof key === 'string') return key === '' ? undefined : key;
  if (typeof key === 'number') return Number.isFinite(key) ? String(key) : undefined;
  if (!Array.isArray(key)) return undefined;
  try {
    return JSON.stringify(key);
  } catch {
    return undefined;
  }
}

/**
 * The key of a request's retry cycle: the app's own `requestKey` when given; else the method and
 * URL the input carries (another URL or method is another request); else the state alone, so a
 * bare `503` shown, hidden and shown again still finds its cycle. Never throws.
 */
export function requestKeyOf(
  input: unknown,
  options: { state: string; method?: string; requestKey?: unknown },
): string {
  const own = explicitKey(options.requestKey);
  if (own !== undefined) return `key ${own}`;
  const url = requestUrlOf(input);
  // Without one (or behind a throwing getter), the state is all we can go by.
  return url ? `${options.method ?? ''} ${url}` : `state ${options.state}`;
}
