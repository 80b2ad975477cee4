import { type ClassValue, clsx } from 'clsx';
import { isValidElement, type ReactNode, type Ref } from 'react';
import { type Bag, isObject } from '../core/guards';

/*
 * What the components accept at their edge. Props come from apps (often untyped JavaScript) and
 * descriptors may carry whatever a forged object held. Only what React would throw at, or what
 * would change our own markup, is checked here: junk React itself drops is left to React.
 */

/** A callback, or undefined for anything that cannot be called. */
export function callbackOf<T extends (...args: never[]) => unknown>(value: unknown): T | undefined {
  return typeof value === 'function' ? (value as T) : undefined;
}

const PORTAL = Symbol.for('react.portal');
/** Deep enough for any real list; a list that holds itself ends here instead of in a stack overflow. */
const MAX_NODE_DEPTH = 16;

/**
 * What React can render of `node`: text, numbers, booleans, null, elements, portals and lists of
 * them. Anything else (a plain object, a function, a symbol, a promise) becomes null, inside a
 * list too, so one bad entry does not take the rest down.
 */
export function renderable(node: unknown, depth = 0): ReactNode {
  // React renders nothing for these either, but they would count as an action given.
  if (typeof node === 'function' || typeof node === 'symbol') return null;
  if (typeof node !== 'object' || node === null) return node as ReactNode;
  try {
    if (isValidElement(node) || (node as Bag).$$typeof === PORTAL) return node as ReactNode;
    // Arrays and other iterables (a Set, a generator) render as lists; promises and plain
    // objects, which React throws at, have no iterator.
    if (
      depth < MAX_NODE_DEPTH &&
      typeof (node as Iterable<unknown>)[Symbol.iterator] === 'function'
    ) {
      return Array.from(node as Iterable<unknown>, (child) => renderable(child, depth + 1));
    }
  } catch {
    // a proxy or a getter that throws: nothing to render
  }
  return null;
}

/**
 * Our class, then the app's `className` as clsx joins class names (text, lists, objects of
 * flags). What throws when read (a proxy, a getter) adds nothing, nor does a list that holds
 * itself: its walk overflows the stack, caught here like any other throw.
 */
export function classNameOf(ours: string, given: unknown): string {
  try {
    return clsx(ours, given as ClassValue);
  } catch {
    return ours;
  }
}

/** A ref React can attach: a callback, or an object whose `current` it may set. */
export function refOf<T>(ref: unknown): Ref<T> | undefined {
  // No ref (the usual case) is answered here: the descriptor read below throws for it, and a
  // throw on every render is slow.
  if (ref == null || typeof ref === 'function') return ref as Ref<T>;
  // Other primitives fall through: they have no own `current` and are not extensible.
  try {
    const current = Object.getOwnPropertyDescriptor(ref, 'current');
    // React sets `current`, and in development checks `ref.hasOwnProperty('current')`: a
    // null-prototype object throws there.
    const settable = current
      ? current.writable || current.set
      : Object.isExtensible(ref) && typeof (ref as Bag).hasOwnProperty === 'function';
    if (settable) return ref as Ref<T>;
  } catch {
    // A proxy that throws is no ref.
  }
}

/** A CSS property: camelCase letters, or a custom property. Indexes and other names are none. */
const STYLE_NAME = /^(?:--[\w-]+|[A-Za-z]+)$/;
/**
 * Names on CSSStyleDeclaration that are no CSS property: React's `style[name] = value` throws on
 * the read-only ones (a browser's strict mode, jsdom) and would replace the methods it calls.
 */
const NOT_CSS =
  /^(?:length|parentRule|item|getPropertyValue|getPropertyPriority|setProperty|removeProperty)$/;

/**
 * An inline style React can apply: a plain copy (React calls `hasOwnProperty` on it) of the
 * entries whose names are CSS properties and whose values are strings or finite numbers (a
 * symbol or a null-prototype object throws when React turns it into text).
 */
function styleOf(style: unknown): Bag | undefined {
  if (!isObject(style)) return undefined;
  const out: Bag = {};
  try {
    for (const [name, value] of Object.entries(style)) {
      if (STYLE_NAME.test(name) && !NOT_CSS.test(name)) {
        if (typeof value === 'string' || Number.isFinite(value)) out[name] = value;
      }
    }
  } catch {
    return undefined;
  }
  return out;
}

const EVENT_HANDLER = /^on[A-Z]/;

/**
 * An attribute value React can write. React drops symbols and functions itself, except a
 * function as `action` or `formAction`, which it replaces by a `javascript:` URL: dropped here.
 * An object becomes the text React would make of it, or nothing where that throws (a
 * null-prototype object).
 */
function attributeOf(value: unknown): unknown {
  if (typeof value === 'function') return undefined;
  if (!isObject(value)) return value;
  try {
    return String(value);
  } catch {
    return undefined;
  }
}

/**
 * The native props an app passed, minus what would make React throw (a style that is not an
 * object, an attribute that cannot become text) or act on something that is not there (an
 * `onClick` string, which React would throw at on the first click). `dangerouslySetInnerHTML`
 * never reaches our markup: the components render text, never HTML, and their own children
 * come after these props, so an app's `children` never shows either. `own`: names of the
 * component's own props that stayed in the rest (the hook's options), kept off the DOM.
 */
export function nativeProps<T extends object>(props: T, own: readonly string[] = []): T {
  const out: Bag = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'dangerouslySetInnerHTML' || own.includes(name)) continue;
    out[name] =
      name === 'style'
        ? styleOf(value)
        : EVENT_HANDLER.test(name)
          ? callbackOf(value)
          : attributeOf(value);
  }
  return out as T;
}
