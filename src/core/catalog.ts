import type { CatalogEntry, NextStep, Severity, StatusKey } from './types';

/** One state's row; a state is not retryable unless it says so. */
const row = (severity: Severity, nextStep: NextStep, retryable = false): CatalogEntry => ({
  severity,
  retryable,
  nextStep,
});

/**
 * Every state as data. The words for each key live in the message catalog (`i18n/en.ts`), so
 * this table stays translatable and small. Retryable follows RFC 9110 and CONNECT's guidance:
 * only states where the same request can succeed later (timeouts, overload, server faults,
 * no response) are retryable; the rest need a person to act.
 */
export const catalog: Readonly<Record<StatusKey, CatalogEntry>> = {
  '200': row('success', 'none'),
  '201': row('success', 'none'),
  '202': row('info', 'wait'),
  '204': row('success', 'none'),
  '207': row('warning', 'review-items'),
  // On CONNECT's create calls a 302 means "it already exists, identical": nothing to do.
  '302': row('info', 'none'),
  '400': row('error', 'fix-input'),
  '401': row('error', 'sign-in'),
  '403': row('error', 'request-access'),
  '404': row('error', 'check-address'),
  '405': row('error', 'contact-support'),
  '408': row('warning', 'retry', true),
  '409': row('error', 'reload'),
  '412': row('error', 'reload'),
  '429': row('warning', 'retry', true),
  '500': row('error', 'contact-support', true),
  '502': row('error', 'retry', true),
  '503': row('warning', 'retry', true),
  '504': row('error', 'retry', true),
  offline: row('error', 'check-connection', true),
  timeout: row('warning', 'retry', true),
  // The app or the person cancelled: nothing failed, so nothing is retried on its own.
  aborted: row('info', 'none'),
  '1xx': row('info', 'wait'),
  '2xx': row('success', 'none'),
  '3xx': row('info', 'none'),
  '4xx': row('error', 'fix-input'),
  '5xx': row('error', 'retry', true),
  unknown: row('error', 'contact-support'),
};

/** The codes of the CONNECT data services status table, in its order. */
export const connectCodes = [
  200, 201, 202, 204, 207, 302, 400, 401, 403, 404, 405, 408, 409, 412, 500, 503,
] as const;

/** Codes beyond the CONNECT table that real clients meet and that get their own state. */
export const extraCodes = [429, 502, 504] as const;

/** The catalog key for an HTTP status: its own state when listed, else its class fallback. */
export function keyForCode(code: number): StatusKey {
  if (!Number.isInteger(code) || code < 100 || code > 599) return 'unknown';
  const own = String(code);
  if (own in catalog) return own as StatusKey;
  return `${Math.floor(code / 100)}xx` as StatusKey;
}
