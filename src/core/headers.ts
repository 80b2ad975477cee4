import type { HeadersLike } from './types';

/**
 * Reads one header case-insensitively from a `Headers` object or a plain record.
 * Never throws: a hostile object (throwing getters, odd prototypes) reads as missing.
 * Array values (as Node's IncomingHttpHeaders have) give their first string.
 */
export function readHeader(headers: HeadersLike, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  try {
    if (typeof (headers as Headers).get === 'function') {
      const value = (headers as Headers).get(name);
      return typeof value === 'string' ? value : undefined;
    }
    const wanted = name.toLowerCase();
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() !== wanted) continue;
      const value = (headers as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
      return undefined;
    }
  } catch {
    // A getter that throws is treated as an absent header.
  }
  return undefined;
}
