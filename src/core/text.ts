/** Text a server sent: cleaned to be safe to show and keep, or read as JSON even when cut. */

import { ID_MAX, numberOf } from './guards';

const DEFAULT_MAX = 4000;
/** Raw body text handed over (not read from a stream) is capped like a read body, in code units. */
export const MAX_TEXT = 64 * 1024;

// Removed from all server text, in one pass:
// - C0 controls except tab and newline, DEL and C1 controls: they garble logs and screens;
// - the bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) and the
//   Arabic letter mark (U+061C): they let text reorder what is shown around it ("Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u202A-\u202E\u2066-\u2069]/g;
// For ids also the invisible characters: zero-width space and joiners (U+200B–U+200D), the
// left-to-right and right-to-left marks (U+200E, U+200F), word joiner (U+2060), BOM (U+FEFF) and
// soft hyphen (U+00AD), so what a person copies is what support can search for.
const CONTROL_AND_INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
// With the `u` flag only unpaired surrogates match, so valid pairs are left alone.
const LONE_SURROGATE = /\p{Cs}/gu;
const LINE_BREAK = /\r\n?/g;

/**
 * Server text → safe plain string: only strings (finite numbers → String), trimmed, whitespace
 * runs inside kept but control chars (except \n, \t) and bidi embedding/override/isolate
 * controls removed, cut to `max` characters (default 4000) at a code point boundary (no broken
 * surrogate pairs), with '…' appended when cut. Returns undefined for empty/non-string. Never
 * throws.
 *
 * Lengths are UTF-16 code units (`string.length`), so the result is at most `max + 1` long.
 * `\r\n` and a lone `\r` become `\n` (a bare `\r` is a line break, not noise), and unpaired
 * surrogates become U+FFFD so the result can be encoded anywhere.
 */
export function cleanText(value: unknown, max?: number): string | undefined {
  return clean(value, max, CONTROL);
}

/**
 * An id from a server (operation id, child id, parameter key): `cleanText` that also removes
 * invisible characters (zero-width space and joiners, LRM/RLM, word joiner, BOM, soft hyphen),
 * so the id a person sees and copies is the one support can search for, and keeps it on one
 * line. Default max ID_MAX (200).
 */
export function cleanId(value: unknown, max = ID_MAX): string | undefined {
  // Ids are shown, copied and sent in status events, which end up in line-based logs: there
  // "op-1\r\nERROR payment failed" would forge a line. `clean` has already made CR and CRLF \n
  // and removed NEL (a C1 control, as in all server text); each run of the breaks left (\n,
  // U+2028, U+2029) becomes one space, not nothing, so the words either side stay apart
  // ("op-1 ERROR payment failed") as in the server's own text.
  return clean(value, max, CONTROL_AND_INVISIBLE)?.replace(/[\n\u2028\u2029]+/g, ' ');
}

function clean(value: unknown, max: number | undefined, noise: RegExp): string | undefined {
  if (typeof value !== 'string' && numberOf(value) === undefined) return undefined;
  const limit = Math.max(1, Math.floor(numberOf(max) ?? DEFAULT_MAX));

  // Cleaning only ever shortens text, so a bounded window keeps the cost linear in `max` for
  // megabyte inputs; text that is mostly control characters may come out shorter than it could.
  const raw = String(value).trimStart();
  const window = 4 * limit + 64;
  let cut = raw.length > window;
  let text = (cut ? cutAt(raw, window) : raw)
    .replace(LINE_BREAK, '\n')
    .replace(noise, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
  if (text === '') return undefined;

  if (text.length > limit) {
    text = cutAt(text, limit).trimEnd();
    cut = true;
  }
  return cut ? `${text}…` : text;
}

/** The first `length` code units of a text, without a high surrogate whose partner they cut off. */
const cutAt = (text: string, length: number): string =>
  text.slice(0, isHighSurrogate(text.charCodeAt(length - 1)) ? length - 1 : length);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The media type of a Content-Type value, lower case, without parameters ('' when none). */
export const mediaOf = (contentType: string | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * A text body read as JSON when it is JSON: the media type says so (`*\/json`, `+json`) or the
 * text starts with { or [ (a cut one, by its readable beginning). Undefined when it is not JSON;
 * the text itself is then what the server said.
 */
export function jsonOf(trimmed: string, media: string, cut: boolean): unknown {
  const json = media === 'application/json' || media === 'text/json' || media.endsWith('+json');
  return json || trimmed.startsWith('{') || trimmed.startsWith('[')
    ? parseJsonText(trimmed, cut)
    : undefined;
}

/** Brackets open at once in a cut body; deeper than that is no error body worth saving. */
const MAX_DEPTH = 64;

/**
 * Server text → JSON value, or undefined when it is not JSON. When `cut` (the body was capped),
 * invalid JSON falls back to its longest readable beginning: a bulk 207 easily outgrows the cap,
 * and its OperationId, Reason and first child errors come first.
 */
export function parseJsonText(text: string, cut: boolean): unknown {
  const value = parseJson(text);
  return value === undefined && cut ? parseJsonPrefix(text) : value;
}

/**
 * The readable beginning of a cut JSON text, in one linear scan that keeps the closing brackets
 * of what is open (innermost first, as one string) and the last cut point: a comma between
 * members, just after a closing bracket or after a string value. Where the text ends:
 * - inside a string that is a value (a member's value or an array element), that string is
 *   closed with '…' (an incomplete escape at its end dropped) and so are the open brackets: a
 *   huge Reason cut by the cap still reads as a reason, cut;
 * - anywhere else (inside a key, a number, a literal), it goes back to the last cut point.
 * Nesting deeper than MAX_DEPTH ends the scan: the complete members before it are kept.
 */
function parseJsonPrefix(text: string): unknown {
  let closers = '';
  let cutAt = -1;
  let cutClosers = '';
  let inString = false;
  let expectKey = false; // the next string in the open object is a key
  let stringIsValue = false;
  let escapeAt = -1; // where the last escape in the open string starts
  let scannedAll = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') {
        escapeAt = i;
        i++;
      } else if (ch === '"') {
        inString = false;
        // A string value, once closed, is a complete member or element.
        if (stringIsValue) {
          cutAt = i + 1;
          cutClosers = closers;
        }
      }
    } else if (ch === '"') {
      inString = true;
      escapeAt = -1;
      // A key only where an object expects one: `expectKey` is only ever set inside an object.
      stringIsValue = closers !== '' && !expectKey;
    } else if (ch === '{' || ch === '[') {
      if (closers.length >= MAX_DEPTH) {
        scannedAll = false;
        break;
      }
      closers = (ch === '{' ? '}' : ']') + closers;
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      closers = closers.slice(1);
      expectKey = false;
      cutAt = i + 1;
      cutClosers = closers;
      if (closers === '') {
        scannedAll = false;
        break;
      }
    } else if (ch === ',' && closers !== '') {
      expectKey = closers[0] === '}';
      cutAt = i;
      cutClosers = closers;
    } else if (ch === ':') {
      expectKey = false;
    }
  }
  if (scannedAll && inString && stringIsValue) {
    const closed = parseJson(`${openStringEnd(text, escapeAt)}…"${closers}`);
    if (closed !== undefined) return closed;
  }
  return cutAt < 0 ? undefined : parseJson(text.slice(0, cutAt) + cutClosers);
}

/**
 * The text up to the end of an open string, without what cannot stand at its end: an escape cut
 * short (a lone backslash, `\u` with fewer than four digits), a high surrogate whose partner was
 * cut off (escaped or raw).
 */
function openStringEnd(text: string, escapeAt: number): string {
  let end = text.length;
  if (escapeAt >= 0) {
    const unicode = text[escapeAt + 1] === 'u';
    if (escapeAt + 1 >= end || (unicode && escapeAt + 6 > end)) end = escapeAt;
    else if (unicode && escapeAt + 6 === end && /^[dD][89abAB]/.test(text.slice(escapeAt + 2))) {
      end = escapeAt;
    }
  }
  if (end === text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/** JSON.parse with undefined (which JSON never yields) for invalid input. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
