/**
 * Equality by value, as TanStack Query compares query keys: arrays and plain objects by their
 * content (key order aside), anything else by identity (a class instance, a function, a
 * ConnectError's identity tells one failure from the next). Deep structures end at a few levels,
 * compared by identity there, so a cycle cannot loop. May throw on a hostile proxy: callers catch.
 */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > 8 || !isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key], depth + 1))
  );
}

/** An array, or an object literal (`{…}`, `Object.create(null)`) that is no ConnectError. */
export function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    Array.isArray(value) ||
    ((proto === Object.prototype || proto === null) &&
      (value as Record<string, unknown>).kind !== 'connect-error')
  );
}
