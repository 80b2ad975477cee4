import { describeStatus } from 'react-connect-status';

// No React needed: a worker, a logger, or a toast from another UI kit.
export function toastText(failure: unknown): string {
  const { title, retry } = describeStatus(failure);
  return `${title}. ${retry.advice}`;
}

export const unavailable = describeStatus(503);
// unavailable.title: 'Service temporarily unavailable'
// unavailable.message: 'The service is busy or under maintenance. This is usually temporary.'
// unavailable.severity: 'warning'
// unavailable.retry: { retryable: true, advice: 'Wait a moment, then try again.' }
