import { read } from '../core/guards';
import type { NextStep } from '../core/types';
import { report } from '../hooks/status-events';

/**
 * What a status page offers for each next step, keyed by step: a URL renders a link, a function
 * a button. Only the entry for the state's own step is ever read.
 */
export type StatusPageActions = Partial<Record<NextStep, string | (() => void)>>;

/** A step's action once checked: a link to follow or a callback to run. */
export type PageAction = { href: string } | { run: () => void };

const SCHEME = /^([a-z][a-z\d+.-]*):/i;
/** Schemes that navigate or open a mail client; every other one (`javascript:`, `data:`) can run code or worse. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The URL a link may carry, or undefined. Relative URLs (`/login`, `../streams`, `?tab=2`, `#help`)
 * and absolute ones with http, https or mailto pass; any other scheme is refused. The URL is read
 * as a browser reads it: spaces and control characters around it ignored, tabs and line breaks
 * inside it removed, so `java\tscript:` is refused as the `javascript:` it is.
 */
export function linkOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a URL parser drops
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  if (url === '') return undefined; // an empty href would link to the page itself
  const scheme = SCHEME.exec(url)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase()) ? url : undefined;
}

/**
 * The app's action for `step`: its URL if it is one a link may carry, its function, or undefined
 * for anything else (a forged object, a refused URL, a throwing getter).
 */
export function pageActionOf(actions: unknown, step: NextStep): PageAction | undefined {
  const value = read(actions, step);
  if (typeof value === 'function') return { run: value as () => void };
  const href = linkOf(value);
  return href === undefined ? undefined : { href };
}

/**
 * Runs an app's callback, with no arguments (not the click event: `refetch` or `navigate` would
 * read it as options). A throw is the app's bug, not the page's: it is reported as an uncaught
 * error is (window `error` event, error monitoring), and the page stays as it is.
 */
function run(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    report(error);
  }
}

/** The step's link or button, labelled in the catalog's words; filled when it is the page's main action. */
export function PageActionButton({
  action,
  label,
  primary,
}: {
  action: PageAction;
  label: string;
  primary: boolean;
}) {
  const variant = primary ? 'primary' : undefined;
  if ('href' in action) {
    return (
      <a className="rcs-button" data-variant={variant} href={action.href}>
        {label}
      </a>
    );
  }
  return (
    <button
      type="button"
      className="rcs-button"
      data-variant={variant}
      onClick={() => run(action.run)}
    >
      {label}
    </button>
  );
}
