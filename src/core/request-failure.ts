/**
 * Whether a thrown value is a request's failure (ours to show) or a programming error (the app's
 * to crash on). Pure, total, no words: an error boundary asks it about everything it catches.
 */

import { classify } from './classify';

/**
 * What fetch rejects with when no response arrived, exactly as each runtime words it: Chromium
 * "Failed to fetch", Firefox "NetworkError when attempting to fetch resource.", Safari "Load
 * failed", Node's undici "fetch failed", React Native and the whatwg-fetch polyfill "Network
 * request failed", Deno "error sending request for url (…)", older Safari's "The Internet
 * connection appears to be offline." and "The network connection was lost.", a bare
 * "NetworkError". Not `Cannot read properties of undefined (reading 'connection')`: a programming
 * error's TypeError, which describeStatus's looser words would take for one.
 */
const FETCH_FAILED =
  /^(?:failed to fetch|fetch failed|load failed|network ?error(?: when attempting to fetch resource\.?)?|network request failed|error sending request for url\b.*|the internet connection appears to be offline\.?|the network connection was lost\.?)$/is;

/**
 * True for what `describeStatus` reads as a request's outcome: an HTTP status (a `Response`, a
 * `ConnectError`, an axios or ky error, a router's error response, `{ status }`, a bare code),
 * no response (offline, a network failure), a timeout or an abort. False for everything else: a
 * programming error, `null`, a value nothing can read. A `TypeError` counts only with a message
 * fetch uses for a failed request ("Failed to fetch", "Load failed", …), so a
 * `TypeError: Cannot read properties of undefined (reading 'connection')` is no network failure.
 * Never throws, whatever it is given (proxies and throwing getters included).
 */
export function isRequestFailure(value: unknown): boolean {
  return classify(value, FETCH_FAILED).state !== 'unknown';
}
