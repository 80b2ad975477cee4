import type { CatalogEntry, StatusKey } from './types';

/**
 * Every state as data. The words for each key live in the message catalog (`i18n/en.ts`), so
 * this table stays translatable and small. Retryable follows RFC 9110 and CONNECT's guidance:
 * only states where the same request can succeed later (timeouts, overload, server faults,
 * no response) are retryable; the rest need a person to act.
 */
export const catalog: Readonly<Record<StatusKey, CatalogEntry>> = {
  '200': { severity: 'success', retryable: false, nextStep: 'none' },
  '201': { severity: 'success', retryable: false, nextStep: 'none' },
  '202': { severity: 'info', retryable: false, nextStep: 'wait' },
  '204': { severity: 'success', retryable: false, nextStep: 'none' },
  '207': { severity: 'warning', retryable: false, nextStep: 'review-items' },
  // On CONNECT's create calls a 302 means "it already exists, identical": nothing to do.
  '302': { severity: 'info', retryable: false, nextStep: 'none' },
  '400': { severity: 'error', retryable: false, nextStep: 'fix-input' },
  '401': { severity: 'error', retryable: false, nextStep: 'sign-in' },
  '403': { severity: 'error', retryable: false, nextStep: 'request-access' },
  '404': { severity: 'error', retryable: false, nextStep: 'check-address' },
  '405': { severity: 'error', retryable: false, nextStep: 'contact-support' },
  '408': { severity: 'warning', retryable: true, nextStep: 'retry' },
  '409': { severity: 'error', retryable: false, nextStep: 'reload' },
  '412': { severity: 'error', retryable: false, nextStep: 'reload' },
  '429': { severity: 'warning', retryable: true, nextStep: 'retry' },
  '500': { severity: 'error', retryable: true, nextStep: 'contact-support' },
  '502': { severity: 'error', retryable: true, nextStep: 'retry' },
  '503': { severity: 'warning', retryable: true, nextStep: 'retry' },
  '504': { severity: 'error', retryable: true, nextStep: 'retry' },
  offline: { severity: 'error', retryable: true, nextStep: 'check-connection' },
  timeout: { severity: 'warning', retryable: true, nextStep: 'retry' },
  // The app or the person cancelled: nothing failed, so nothing is retried on its own.
  aborted: { severity: 'info', retryable: false, nextStep: 'none' },
  '1xx': { severity: 'info', retryable: false, nextStep: 'wait' },
  '2xx': { severity: 'success', retryable: false, nextStep: 'none' },
  '3xx': { severity: 'info', retryable: false, nextStep: 'none' },
  '4xx': { severity: 'error', retryable: false, nextStep: 'fix-input' },
  '5xx': { severity: 'error', retryable: true, nextStep: 'retry' },
  unknown: { severity: 'error', retryable: false, nextStep: 'contact-support' },
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
