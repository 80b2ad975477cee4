/**
 * Whether a thrown value is a request's failure (ours to show) or a programming error (the app's
 * to crash on). Pure, total, no words: an error boundary asks it about everything it catches.
 */

import { classify } from './classify';
import { type Bag, isObject, read } from './guards';

/**
 * What fetch rejects with when no response arrived, as each runtime words it: Chromium "Failed to
 * fetch", Firefox "NetworkError when attempting to fetch resource.", Safari "Load failed", Node's
 * undici "fetch failed", React Native and the whatwg-fetch polyfill "Network request failed",
 * Deno "error sending request for url (…)", older Safari's "The Internet connection appears to
 * be offline." and "The network connection was lost.", and a bare "NetworkError".
 */
const FETCH_FAILED =
  /^(?:failed to fetch|fetch failed|load failed|network ?error(?: when attempting to fetch resource\.?)?|network request failed|error sending request for url\b.*|the internet connection appears to be offline\.?|the network connection was lost\.?)$/is;

/**
 * A view of `value` without its `cause`, and without its `message` unless `message` is true:
 * what classify reads at this level alone. Getters run on the value itself, so a Response's
 * work as they do.
 */
function alone(value: Bag, message: boolean): Bag {
  return new Proxy(value, {
    get: (target, name) =>
      name === 'cause'
        ? undefined
        : name === 'message' && !message
          ? ''
          : Reflect.get(target, name),
  });
}

/**
 * Whether classify's "no response" verdict rests on nothing but a TypeError's message that is no
 * known fetch failure: `TypeError: Cannot read properties of undefined (reading 'connection')`
 * has the words classify looks for, and is a programming error. The chain of causes is walked as
 * classify walks it (three levels down).
 */
function onlyALooseMessage(value: unknown, depth: number): boolean {
  if (!isObject(value) || depth > 3) return false;
  // A status, a response, an abort or timeout, axios's ERR_NETWORK: more than words.
  if (classify(alone(value, false)).state !== 'unknown') return false;
  // The message decided (classify reads it for a TypeError only).
  if (classify(alone(value, true)).state !== 'unknown') {
    const message = read(value, 'message');
    return !(typeof message === 'string' && FETCH_FAILED.test(message.trim()));
  }
  return onlyALooseMessage(read(value, 'cause'), depth + 1);
}

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
  try {
    const { state } = classify(value);
    if (state === 'unknown') return false;
    return state !== 'offline' || !onlyALooseMessage(value, 0);
  } catch {
    return false;
  }
}
