import { isObject, isText, read } from '../core/guards';

/*
 * How a catalog an app hands over is completed, shared by the full catalog (messages.ts, from
 * English) and the badge's few words (brief.ts, from enBrief), so neither loads the other.
 */

/**
 * A BCP 47 tag Intl formats with, canonicalised ('EN-gb' → 'en-GB'), or undefined. A POSIX
 * name ('de_DE.UTF-8', what `LANG` holds) is read as the tag it names ('de-DE').
 */
function usableLocale(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  // '.', '@' and '_' never occur in a BCP 47 tag, so this leaves a tag as it is.
  const tag = value.replace(/[.@].*$/s, '').replace(/_/g, '-');
  try {
    // Intl's formatters reject exactly the tags this rejects (ECMA-402), so they take the rest.
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a tag Intl accepts
  }
}

/** A catalog, or a group of its words, as the walk below reads it. */
type Words = { [name: string]: string | Words };

/**
 * Every word `shape` names (an English catalog: the names never come from the catalog being
 * read, so a key such as `__proto__` is never looked at), from `source` where it is a string
 * with more than whitespace in it, else from `fallback` (a complete catalog of that shape); the
 * locale likewise, if Intl takes it. A source that already holds every word is returned as it
 * is, and so is a fallback it adds nothing to, so memos keyed on a catalog hold. Never throws.
 */
export function complete<T>(source: unknown, fallback: T, shape: T): T {
  let keepSource = true;
  let keepFallback = true;
  const walk = (own: unknown, base: Words, names: Words): Words => {
    const out: Words = {};
    for (const name of Object.keys(names)) {
      const given = read(own, name);
      const kept = base[name] as Words;
      // A group with `other` is a message with a count: its forms by plural category.
      const { other } = names[name] as Words;
      if (typeof names[name] === 'object' && !other) {
        out[name] = walk(given, kept, names[name] as Words);
        continue;
      }
      const word = name === 'locale' ? usableLocale(given) : given;
      // A message with a count may be one text for every count, or forms taken whole when
      // their `other` is text; each form is checked where it is picked (pluralOf).
      out[name] = isText(word) || (other && isText(read(given, 'other'))) ? (word as Words) : kept;
      keepSource &&= out[name] === given;
      keepFallback &&= out[name] === kept;
    }
    return out;
  };
  const built = walk(source, fallback as Words, shape as Words);
  return (keepSource ? source : keepFallback ? fallback : built) as T;
}

/**
 * `complete` as a provider applies it, cached per (messages, overrides) pair of objects: the
 * catalog's words over `fallback`'s, then the overrides' over those. Anything that is not an
 * object counts as absent. A catalog that was complete already stays the same object (memos
 * keyed on it hold), and one that adds nothing to `fallback` is `fallback`. Never throws.
 */
export function completer<T extends object>(fallback: T) {
  const cache = new WeakMap<object, { base: T; over: WeakMap<object, T> }>();
  return (messages?: unknown, overrides?: unknown): T => {
    const source = isObject(messages) ? messages : fallback;
    let entry = cache.get(source);
    if (!entry) {
      entry = { base: complete(source, fallback, fallback), over: new WeakMap() };
      cache.set(source, entry);
    }
    if (!isObject(overrides)) return entry.base;
    let result = entry.over.get(overrides);
    if (!result) {
      result = complete(overrides, entry.base, fallback);
      entry.over.set(overrides, result);
    }
    return result;
  };
}
