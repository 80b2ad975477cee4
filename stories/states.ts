import { connectCodes, extraCodes } from '../src';

/** What the overview stories show: the CONNECT table, the extra codes, the client-side states. */
export const everyState: { name: string; status: unknown }[] = [
  ...[...connectCodes, ...extraCodes].map((code) => ({ name: String(code), status: code })),
  { name: 'offline', status: new TypeError('Failed to fetch') },
  { name: 'timeout', status: new DOMException('The operation timed out.', 'TimeoutError') },
  { name: 'aborted', status: new DOMException('The user aborted a request.', 'AbortError') },
  { name: 'unlisted 418', status: 418 },
  { name: 'junk input', status: 'not a status' },
];

/** The select control for `status`: every code a story can switch to. */
export const statusControl = {
  control: 'select',
  options: [...connectCodes, ...extraCodes, 418, 0],
} as const;
