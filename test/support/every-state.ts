import type { StatusKey } from '../../src';

/** One input per state that no bare status code names. */
const special: Partial<Record<StatusKey, unknown>> = {
  offline: new TypeError('Failed to fetch'),
  timeout: new DOMException('The operation timed out.', 'TimeoutError'),
  aborted: new DOMException('The operation was aborted.', 'AbortError'),
  '1xx': 102,
  '2xx': 206,
  '3xx': 301,
  '4xx': 418,
  '5xx': 599,
  unknown: { nothing: 'to read' },
};

/** An input that describes as `key`: its code, or one of the inputs above. */
export const inputFor = (key: StatusKey): unknown => special[key] ?? Number(key);
