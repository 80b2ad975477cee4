/**
 * A request URL fit for monitoring: no user name or password, no fragment, and the query's
 * names without their values (`?token=&page=`), since tokens, e-mail addresses and search terms
 * travel there. Relative URLs stay relative. Pure and total: anything that is not a URL gives
 * undefined.
 */

import { URI_MAX } from './guards';

/** Resolves a relative URL without pretending to know the page's origin. */
const BASE = 'http://relative.invalid';

export function redactUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > URI_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const names = [...new Set(url.searchParams.keys())];
  const query =
    names.length > 0 ? `?${names.map((name) => `${encodeURIComponent(name)}=`).join('&')}` : '';
  const origin = url.origin === BASE ? '' : url.origin;
  return `${origin}${url.pathname}${query}`;
}
