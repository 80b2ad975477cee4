/** Reading what apps and servers hand over, without trusting its shape. */

export type Bag = Record<string, unknown>;

export const isObject = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null;

/** A property read that survives proxies and throwing getters; undefined for non-objects. */
export function read(source: unknown, name: string): unknown {
  try {
    return isObject(source) ? source[name] : undefined;
  } catch {
    return undefined;
  }
}
