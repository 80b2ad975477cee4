/**
 * Reading what apps and servers hand over, without trusting its shape: every check on an outside
 * value that more than one file makes lives here, once.
 */

import type { ConnectError } from './types';

export type Bag = Record<string, unknown>;

export const isObject = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null;

/** An object that is not an array: a JSON object, a record of fields. */
export const isRecord = (value: unknown): value is Bag => isObject(value) && !Array.isArray(value);

/** A property read that survives proxies and throwing getters; undefined for non-objects. */
export function read(source: unknown, name: string): unknown {
  try {
    return isObject(source) ? source[name] : undefined;
  } catch {
    return undefined;
  }
}

/** A copy without undefined values: results must survive JSON and structuredClone unchanged. */
export function compact<T extends object>(value: T): T {
  const out = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

/** A finite number, else undefined: counts and codes from a forged object may be anything. */
export const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** A string with more than whitespace in it. */
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Text worth showing: a non-blank string, or a finite number as text. */
export function shownText(value: unknown): string | undefined {
  if (isText(value)) return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** A count: a non-negative safe integer. Not -0 (1 / -0 is -Infinity): a plain value survives
 * JSON as it is, and -0 would come back as 0. */
export const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && 1 / (value as number) > 0;

/** A 1-based place in a request: a positive safe integer, or undefined. */
export const positionOf = (value: unknown): number | undefined =>
  isCount(value) && value > 0 ? value : undefined;

/** An array, else empty: lists from a forged object may be anything. */
export const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** A code written as one to three digits ("503", " 404 "), else undefined. */
export function parseCode(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A status the server could have meant: an integer 100–599, or such a number as a string. */
export function toStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' ? parseCode(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/**
 * True for a plain object produced by readConnectError / toConnectError (kind === 'connect-error'
 * and a numeric status).
 */
export function isConnectError(value: unknown): value is ConnectError {
  try {
    if (!isRecord(value)) return false;
    // Object.prototype of any realm (or none): results may come from a worker or an iframe.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
    return value.kind === 'connect-error' && numberOf(value.status) !== undefined;
  } catch {
    return false;
  }
}

/** Characters kept of an id from a server (operation id, item id, parameter key). */
export const ID_MAX = 200;
/** Characters kept of a URI (a Location, a problem type): longer ones are no address to follow. */
export const URI_MAX = 2000;
