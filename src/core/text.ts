/** Text a server sent: cleaned to be safe to show and keep, or read as JSON even when cut. */

const DEFAULT_MAX = 4000;

// C0 controls except tab and newline, DEL and C1 controls: they garble logs and screens.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// With the `u` flag only unpaired surrogates match, so valid pairs are left alone.
const LONE_SURROGATE = /\p{Cs}/gu;
const LINE_BREAK = /\r\n?/g;

/**
 * Server text → safe plain string: only strings (finite numbers → String), trimmed, whitespace
 * runs inside kept but control chars (except \n, \t) removed, cut to `max` characters (default
 * 4000) at a code point boundary (no broken surrogate pairs), with '…' appended when cut.
 * Returns undefined for empty/non-string. Never throws.
 *
 * Lengths are UTF-16 code units (`string.length`), so the result is at most `max + 1` long.
 * `\r\n` and a lone `\r` become `\n` (a bare `\r` is a line break, not noise), and unpaired
 * surrogates become U+FFFD so the result can be encoded anywhere.
 */
export function cleanText(value: unknown, max?: number): string | undefined {
  let raw: string;
  if (typeof value === 'string') raw = value;
  else if (typeof value === 'number' && Number.isFinite(value)) raw = String(value);
  else return undefined;

  const limit =
    typeof max === 'number' && Number.isFinite(max) ? Math.max(1, Math.floor(max)) : DEFAULT_MAX;

  // Cleaning only ever shortens text, so a bounded window keeps the cost linear in `max` for
  // megabyte inputs; text that is mostly control characters may come out shorter than it could.
  raw = raw.trimStart();
  const window = 4 * limit + 64;
  let cut = raw.length > window;
  if (cut) {
    raw = raw.slice(0, window);
    if (isHighSurrogate(raw.charCodeAt(raw.length - 1))) raw = raw.slice(0, -1);
  }

  let text = raw
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
  if (text === '') return undefined;

  if (text.length > limit) {
    const end = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
    text = text.slice(0, end).trimEnd();
    cut = true;
  }
  return cut ? `${text}…` : text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Brackets open at once in a cut body; deeper than that is no error body worth saving. */
const MAX_DEPTH = 64;

/**
 * Server text → JSON value, or undefined when it is not JSON. When `cut` (the body was capped),
 * invalid JSON falls back to its longest prefix of complete members: a bulk 207 easily outgrows
 * the cap, and its OperationId, Reason and first child errors come first.
 */
export function parseJsonText(text: string, cut: boolean): unknown {
  const value = parseJson(text);
  return value === undefined && cut ? parseJsonPrefix(text) : value;
}

/** Cuts back to the last complete member (at a comma or after a closing bracket) and closes
 * the brackets still open there. Linear: the open brackets are kept as one string. */
function parseJsonPrefix(text: string): unknown {
  let closers = ''; // closing brackets for what is open, innermost first
  let cutAt = -1;
  let cutClosers = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (closers.length >= MAX_DEPTH) return undefined;
      closers = (ch === '{' ? '}' : ']') + closers;
    } else if (ch === '}' || ch === ']') {
      closers = closers.slice(1);
      cutAt = i + 1;
      cutClosers = closers;
      if (closers === '') break;
    } else if (ch === ',' && closers !== '') {
      cutAt = i;
      cutClosers = closers;
    }
  }
  return cutAt < 0 ? undefined : parseJson(text.slice(0, cutAt) + cutClosers);
}

/** JSON.parse with undefined (which JSON never yields) for invalid input. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
