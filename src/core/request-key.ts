/**
 * What identifies a request, so a retry cycle can belong to the request rather than to whatever
 * component or object shows its failure. Pure and total: anything unreadable falls back.
 */

import { type Bag, isObject, URI_MAX } from './guards';

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
  return url?.split('#')[0]?.slice(0, URI_MAX) || undefined;
}

/** The URL an input carries (see urlOf), or undefined. Never throws. */
export function requestUrlOf(input: unknown): string | undefined {
  try {
    return isObject(input) ? urlOf(input) : undefined;
  } catch {
    return undefined; // a throwing getter or a proxy
  }
}

/**
 * The app's own `requestKey` as a string: a string, a finite number, or a JSON-able array such
 * as a TanStack query key; undefined for anything else. Never throws.
 */
export function requestKeyOf(key: unknown): string | undefined {
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
 * What makes a failure plainly the same request as one shown before, for a view that mounts:
 * the method and URL path it carries (the query and fragment dropped: a window ending "now" or a
 * cache-buster changes them with every attempt); empty when it carries no URL (a bare state
 * says nothing of its request). Never throws.
 */
export function likeOf(input: unknown, method = ''): string {
  const url = requestUrlOf(input)?.split('?')[0];
  return url ? `${method} ${url}` : '';
}
