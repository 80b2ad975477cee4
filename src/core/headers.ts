import { isObject } from './guards';
import type { HeadersLike } from './types';

/**
 * Reads one header (`name` in lower case) from a `Headers` object or, case-insensitively, a
 * plain record. Never throws: a hostile object (throwing getters, odd prototypes) reads as
 * missing. Array values (as Node's IncomingHttpHeaders have) give their first string.
 */
export function readHeader(headers: HeadersLike, name: string): string | undefined {
  if (!isObject(headers)) return undefined;
  try {
    if (typeof headers.get === 'function') {
      const value: unknown = headers.get(name);
      return typeof value === 'string' ? value : undefined;
    }
    const key = Object.keys(headers).find((key) => key.toLowerCase() === name);
    const value = key === undefined ? undefined : headers[key];
    if (typeof value === 'number') return String(value);
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : undefined;
  } catch {
    // A getter that throws is treated as an absent header.
    return undefined;
  }
}
