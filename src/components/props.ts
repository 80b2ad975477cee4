import { isValidElement, type ReactNode, type Ref } from 'react';
import type { Bag } from '../core/guards';

/*
 * What the components accept at their edge. Props come from apps (often untyped JavaScript) and
 * descriptors may carry whatever a forged object held, so every value is checked where it is
 * rendered: junk is dropped or replaced by a default, never passed on to React to throw at.
 */

/** A callback, or undefined for anything that cannot be called. */
export function callbackOf<T extends (...args: never[]) => unknown>(value: unknown): T | undefined {
  return typeof value === 'function' ? (value as T) : undefined;
}

const PORTAL = Symbol.for('react.portal');
const MAX_NODE_DEPTH = 16;

/**
 * What React can render of `node`: text, numbers, booleans, null, elements, portals and lists of
 * them. Anything else (a plain object, a function, a symbol, a promise) becomes null, inside a
 * list too, so one bad entry does not take the rest down.
 */
export function renderable(node: unknown, depth = 0): ReactNode {
  switch (typeof node) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'undefined':
      return node as ReactNode;
    case 'object':
      break;
    default:
      return null; // functions and symbols render nothing, or throw
  }
  if (node === null) return null;
  try {
    if (isValidElement(node) || (node as Bag).$$typeof === PORTAL) return node as ReactNode;
    if (depth >= MAX_NODE_DEPTH) return null;
    if (Array.isArray(node)) return node.map((child) => renderable(child, depth + 1));
    // Other iterables (a Set, a generator) render as lists in React; promises and plain objects do not.
    if (typeof (node as Iterable<unknown>)[Symbol.iterator] === 'function') {
      return Array.from(node as Iterable<unknown>, (child) => renderable(child, depth + 1));
    }
  } catch {
    // a proxy or a getter that throws: nothing to render
  }
  return null;
}

/** A ref React can attach: a callback, or an object whose `current` it may set. */
export function refOf<T>(ref: unknown): Ref<T> | undefined {
  if (typeof ref === 'function') return ref as Ref<T>;
  if (typeof ref !== 'object' || ref === null) return undefined;
  try {
    const current = Object.getOwnPropertyDescriptor(ref, 'current');
    if (current) return current.writable || current.set ? (ref as Ref<T>) : undefined;
    // React checks `ref.hasOwnProperty('current')` in development: a null-prototype object throws.
    return Object.isExtensible(ref) && typeof (ref as Bag).hasOwnProperty === 'function'
      ? (ref as Ref<T>)
      : undefined;
  } catch {
    return undefined;
  }
}

const STYLE_NAME = /^(?:--[\w-]+|[A-Za-z]+)$/;
/**
 * Names on CSSStyleDeclaration that are no CSS property: React's `style[name] = value` throws on
 * the read-only ones (a browser's strict mode, jsdom) and would replace the methods it calls.
 */
const NOT_CSS = new Set([
  'length',
  'parentRule',
  'item',
  'getPropertyValue',
  'getPropertyPriority',
  'setProperty',
  'removeProperty',
]);

/** An inline style React can apply: a plain object of names to strings or finite numbers. */
function styleOf(style: unknown): Bag | undefined {
  if (typeof style !== 'object' || style === null || Array.isArray(style)) return undefined;
  const out: Bag = {};
  try {
    for (const name of Object.keys(style)) {
      const value = (style as Bag)[name];
      if (!STYLE_NAME.test(name) || NOT_CSS.has(name)) continue;
      if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
        out[name] = value;
      }
    }
  } catch {
    return undefined;
  }
  return out;
}

const EVENT_HANDLER = /^on[A-Z]/;

/**
 * An attribute value React can write: primitives as they are, an object as the text it turns
 * into (React would do the same, and throw where that throws: a null-prototype object).
 * Symbols and functions, which React drops with a warning, are dropped here.
 */
function attributeOf(value: unknown): unknown {
  switch (typeof value) {
    case 'symbol':
    case 'function':
      return undefined;
    case 'object':
      if (value === null) return null;
      try {
        return String(value);
      } catch {
        return undefined;
      }
    default:
      return value;
  }
}

/**
 * The native props an app passed, minus what would make React throw (a style that is not an
 * object, an attribute that cannot become text) or act on something that is not there (an
 * `onClick` string, which React would throw at on the first click). `dangerouslySetInnerHTML`
 * never reaches our markup: the components render text, never HTML. `own`: names of the
 * component's own props that stayed in the rest (the hook's options), kept off the DOM.
 */
export function nativeProps<T extends object>(props: T, own: readonly string[] = []): T {
  const out: Bag = {};
  for (const name of Object.keys(props)) {
    const value = (props as Bag)[name];
    if (name === 'dangerouslySetInnerHTML' || name === 'children' || own.includes(name)) continue;
    if (EVENT_HANDLER.test(name)) {
      if (typeof value === 'function') out[name] = value;
    } else {
      out[name] = name === 'style' ? styleOf(value) : attributeOf(value);
    }
  }
  return out as T;
}
