/**
 * "Nothing a server or an app hands over crashes a render": every public component, given any
 * value in any prop or ConnectError field, renders a sensible state in jsdom and on the server.
 * Nothing here catches a render error: a throw fails the property and fast-check shrinks it.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { linkOf } from '../../src/components/page-actions';
import { ServerDetails } from '../../src/components/ServerDetails';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { StatusPage } from '../../src/components/StatusPage';
import type { StatusDescriptor } from '../../src/core/types';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { describeStatus } from '../../src/i18n/describe';
import { en } from '../../src/i18n/locales/en';
import { resolveMessages } from '../../src/i18n/messages';
import {
  anything,
  forgedConnectError,
  hostileValue,
  messagesInput,
  overridesInput,
  partial,
  refReachesComponent,
  serverText,
  statusInput,
} from './fuzz-arbitraries';

const RUNS = 2_000;
/** Per property: 2,000 runs, each rendered twice (jsdom and renderToString). */
const TIMEOUT = 240_000;

/** Elements our markup is made of; anything else would have come from somewhere else. */
const OURS = new Set([
  'DIV',
  'P',
  'SPAN',
  'BDI',
  'CODE',
  'BUTTON',
  'UL',
  'DL',
  'DT',
  'DD',
  'LI',
  'DETAILS',
  'SUMMARY',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** The element the random-props properties pass as `action`, allowed on top of ours. */
const APP_ACTION = 'STRONG';

function foreignElements(root: ParentNode, allowed: ReadonlySet<string> = OURS): string[] {
  return [...root.querySelectorAll('*')]
    .map((element) => element.tagName)
    .filter((tag) => !allowed.has(tag));
}

/** Visible words of an element: without the visually hidden severity prefix. */
function shownText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.rcs-visually-hidden')) hidden.remove();
  return copy.textContent?.trim() ?? '';
}

/** Server HTML as a DOM fragment, to check with the same queries. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/**
 * Renders in jsdom and on the server; hands each root to `check`. A throw from either render is
 * the failure this file is about, so nothing catches it.
 */
function renderBoth(ui: ReactElement, check: (root: ParentNode, where: string) => void): void {
  const { container } = render(ui);
  check(container, 'jsdom');
  cleanup();
  check(parse(renderToString(ui)), 'server');
}

/** A visible alert says what happened: an element for the title, with words in it. */
function expectSensibleAlert(root: ParentNode, where: string): void {
  const alert = root.querySelector('.rcs-alert');
  expect(alert, where).not.toBeNull();
  const title = alert?.querySelector('.rcs-alert__title') ?? null;
  expect(shownText(title), where).not.toBe('');
  expect(shownText(alert?.querySelector('.rcs-alert__message') ?? null), where).not.toBe('');
}

function expectSensibleBadge(root: ParentNode, where: string): void {
  const badge = root.querySelector('.rcs-badge');
  expect(badge, where).not.toBeNull();
  expect(shownText(badge), where).not.toBe('');
  expect(badge?.getAttribute('title')?.trim(), where).toBeTruthy();
  expect(['sm', 'md', 'lg'], where).toContain(badge?.getAttribute('data-size'));
}

// React's development warnings about odd props (a symbol id, an object style value) are the
// app's to fix and would flood the log over thousands of runs; they are collected, and the ones
// that would be our mistake (invalid nesting, a hydration mismatch) fail the run.
let warnings: string[] = [];
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // No retry timer may fire between runs: the clock stands still.
  vi.useFakeTimers();
});
afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterEach(() => {
  const ours = warnings.filter((text) =>
    /cannot be a descendant of|cannot contain a nested|validateDOMNesting|hydrat/i.test(text),
  );
  warnings = [];
  expect(ours).toEqual([]);
  // No `__proto__` key anywhere became a prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('forged ConnectErrors: any value in every field', () => {
  it(
    'StatusAlert renders a sensible alert, never markup from the data',
    () => {
      fc.assert(
        fc.property(forgedConnectError, (error) => {
          renderBoth(<StatusAlert status={error} />, (root, where) => {
            expectSensibleAlert(root, where);
            expect(foreignElements(root), where).toEqual([]);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'StatusBadge renders a label, never markup from the data',
    () => {
      fc.assert(
        fc.property(forgedConnectError, (error) => {
          renderBoth(<StatusBadge status={error} />, (root, where) => {
            expectSensibleBadge(root, where);
            expect(foreignElements(root), where).toEqual([]);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('forged descriptors: what reaches the components if the core let anything through', () => {
  // The core normalises every ConnectError it is given; this checks the components do not
  // depend on it: the descriptor is built by hand, so nothing has cleaned its details.
  const details = fc.oneof(
    fc.record(
      {
        operationId: serverText,
        error: serverText,
        reason: serverText,
        resolution: serverText,
        text: serverText,
        parameters: anything,
        location: serverText,
      },
      { requiredKeys: [] },
    ),
    anything,
  );

  it(
    'ServerDetails renders text only, every piece of it isolated',
    () => {
      fc.assert(
        fc.property(details, partial, (forgedDetails, forgedPartial) => {
          const descriptor = {
            ...describeStatus(207),
            details: forgedDetails,
            partial: forgedPartial,
          } as unknown as StatusDescriptor;
          renderBoth(<ServerDetails descriptor={descriptor} messages={en} />, (root, where) => {
            expect(foreignElements(root), where).toEqual([]);
            // Server text sits in a <bdi>: the lines, the operation id, each item's id and words.
            for (const line of root.querySelectorAll('.rcs-details__text')) {
              expect(line.querySelector('bdi'), where).not.toBeNull();
            }
            for (const id of root.querySelectorAll('.rcs-details__id')) {
              expect(id.firstElementChild?.tagName, where).toBe('BDI');
            }
            // Ours when there is no id: "Item", or "Item 3" for a real place, never junk.
            for (const id of root.querySelectorAll('.rcs-partial__id')) {
              if (id.tagName !== 'BDI')
                expect(id.textContent, where).toMatch(/^Item( [1-9][\d,]*)?$/);
            }
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

/** Any value for a prop, leaning towards the junk a typo or untyped JavaScript produces. */
const junk = fc.oneof(anything, hostileValue);
const appAction = <strong className="app-action">Sign in</strong>;

/** Native props with odd values; `ref` and the event handlers included. */
const nativeProps = {
  id: junk,
  style: fc.oneof(
    junk,
    fc.constantFrom('color: red', { color: Symbol('red') }, { color: {} }, ['a'], {
      0: 'x',
      '': 'y',
      'a b': 'z',
      '--x': 1,
    }),
  ),
  title: junk,
  role: junk,
  tabIndex: junk,
  hidden: junk,
  lang: junk,
  dir: junk,
  'aria-label': junk,
  'data-row': junk,
  onClick: junk,
  onKeyDown: junk,
  dangerouslySetInnerHTML: fc.oneof(junk, fc.constant({ __html: '<img src=x onerror=alert(1)>' })),
  children: junk,
  // Any ref but a callback that throws: that is the app's own code failing, and React rightly
  // lets it fail (as an onClick that throws would, on a click).
  ref: fc
    .oneof(
      junk.filter((value) => typeof value !== 'function'),
      fc.constantFrom('legacy', 42, {}, Object.freeze({ current: null }), () => {}),
    )
    .filter(refReachesComponent),
};

const sharedProps = {
  status: statusInput,
  controller: fc.oneof(junk, fc.constantFrom({}, { descriptor: null }, 'controller', [])),
  method: junk,
  showCode: fc.oneof(fc.boolean(), junk),
  className: fc.oneof(
    junk,
    fc.constantFrom(['a', Symbol('b'), () => 'c', { d: true }], { toString: 1 }),
  ),
  ...nativeProps,
};

const alertProps = fc.record(
  {
    ...sharedProps,
    action: fc.oneof(
      junk,
      fc.constantFrom(appAction, [appAction, {}, Symbol('x')], () => appAction, Promise.resolve(1)),
    ),
    onDismiss: fc.oneof(
      junk,
      fc.constant(() => {}),
    ),
    onRetry: fc.oneof(
      junk,
      fc.constant(() => undefined),
    ),
    headingLevel: fc.oneof(
      fc.integer({ min: -1, max: 8 }),
      fc.constantFrom('1 onload', '3', Number.NaN, 2.5, {}),
      junk,
    ),
    focusOnError: fc.oneof(fc.boolean(), junk),
    itemName: fc.oneof(
      junk,
      fc.func(fc.oneof(junk, fc.string(), hostileValue)),
      fc.constant(() => {
        throw new Error('app bug');
      }),
    ),
    autoRetry: fc.oneof(fc.boolean(), junk),
    maxAttempts: fc.oneof(fc.integer({ min: -5, max: 200 }), junk),
    idempotent: fc.oneof(fc.boolean(), junk),
    policy: fc.oneof(
      junk,
      fc.record(
        { baseMs: junk, capMs: junk, longCapMs: junk, jitterMs: junk, maxAttempts: junk },
        { requiredKeys: [] },
      ),
    ),
    requestKey: fc.oneof(junk, fc.constantFrom(['streams', 1], [1n], 'k')),
  },
  { requiredKeys: [] },
);

const badgeProps = fc.record(
  {
    ...sharedProps,
    size: fc.oneof(fc.constantFrom('sm', 'md', 'lg', 'xl', 'SM'), junk),
    live: fc.oneof(fc.boolean(), junk),
  },
  { requiredKeys: [] },
);

/** An app's actions for a status page: URLs good and bad, callbacks, and anything else. */
const pageAction = fc.oneof(
  fc.constantFrom('/login', 'https://sso.test', 'javascript:alert(1)', 'java\tscript:x', () => {}),
  junk,
);
const pageProps = fc.record(
  {
    ...sharedProps,
    actions: fc.oneof(
      junk,
      fc.dictionary(
        fc.constantFrom('sign-in', 'request-access', 'check-address', 'retry', 'none', '__proto__'),
        pageAction,
        { maxKeys: 4 },
      ),
    ),
    onRetry: fc.oneof(
      junk,
      fc.constant(() => undefined),
    ),
    autoRetry: fc.oneof(fc.boolean(), junk),
    maxAttempts: fc.oneof(fc.integer({ min: -5, max: 200 }), junk),
    requestKey: fc.oneof(junk, fc.constantFrom(['streams', 1], 'k')),
  },
  { requiredKeys: [] },
);
/** A page adds its h1 and the app's links to our elements. */
const PAGE = new Set([...OURS, 'H1', 'A']);

const LEVELS = new Set([2, 3, 4, 5, 6]);

describe('random props: any value in every prop', () => {
  it(
    'StatusAlert',
    () => {
      fc.assert(
        fc.property(alertProps, (props) => {
          const visible = props.status != null;
          const ui = createElement(StatusAlert, props as never);
          renderBoth(ui, (root, where) => {
            const alert = root.querySelector('.rcs-alert');
            expect(alert, where).not.toBeNull();
            expect(foreignElements(root, new Set([...OURS, APP_ACTION])), where).toEqual([]);
            if (!visible) return;
            expectSensibleAlert(root, where);
            const title = alert?.querySelector('.rcs-alert__title');
            const level = props.headingLevel;
            expect(title?.tagName, where).toBe(
              typeof level === 'number' && LEVELS.has(level) ? `H${level}` : 'P',
            );
            const actionGiven =
              props.action === appAction ||
              (Array.isArray(props.action) && props.action.includes(appAction));
            expect(root.querySelector('.app-action') !== null, where).toBe(actionGiven);
            const dismissable = typeof props.onDismiss === 'function';
            expect(root.querySelector('.rcs-alert__dismiss') !== null, where).toBe(dismissable);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'StatusPage: always an h1 with words; links only to URLs a link may carry',
    () => {
      fc.assert(
        fc.property(pageProps, (props) => {
          const ui = createElement(StatusPage, props as never);
          renderBoth(ui, (root, where) => {
            const page = root.querySelector('.rcs-page');
            expect(page, where).not.toBeNull();
            expect(foreignElements(root, PAGE), where).toEqual([]);
            expect(root.querySelectorAll('h1'), where).toHaveLength(1);
            expect(shownText(root.querySelector('h1')), where).not.toBe('');
            expect(shownText(page?.querySelector('.rcs-alert__message') ?? null), where).not.toBe(
              '',
            );
            for (const link of root.querySelectorAll('a')) {
              const href = link.getAttribute('href');
              expect(href, where).toBe(linkOf(href));
              expect(link.textContent?.trim(), where).not.toBe('');
            }
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'StatusBadge',
    () => {
      fc.assert(
        fc.property(badgeProps, (props) => {
          const ui = createElement(StatusBadge, props as never);
          renderBoth(ui, (root, where) => {
            expect(foreignElements(root), where).toEqual([]);
            if (props.status == null) {
              expect(root.querySelector('.rcs-badge'), where).toBeNull();
              return;
            }
            expectSensibleBadge(root, where);
            const size = props.size;
            expect(root.querySelector('.rcs-badge')?.getAttribute('data-size'), where).toBe(
              size === 'sm' || size === 'lg' ? size : 'md',
            );
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

/**
 * States whose words use much of the catalog: a wait in seconds, a time of day, a partial failure
 * with counts, groups and a disclosure. Badges for all three; alerts (the costly render) for the
 * last two.
 */
const partial207 = {
  kind: 'connect-error',
  status: 207,
  operationId: 'op-1',
  reason: 'Some failed.',
  partial: {
    succeeded: 1200,
    failed: 1234,
    items: Array.from({ length: 7 }, (_, i) => ({ id: `item-${i}`, status: 409, reason: 'No.' })),
    groups: [
      { status: 409, count: 1000 },
      { status: 400, count: 234 },
    ],
  },
};
const longWait = { status: 503, headers: { 'Retry-After': '7200' } };
const badgeInputs = [{ status: 503, headers: { 'Retry-After': '30' } }, longWait, partial207];
const alertInputs = [longWait, partial207];

describe('ConnectStatusProvider: any messages and overrides', () => {
  it(
    'every component below it speaks, in some locale Intl accepts',
    () => {
      fc.assert(
        fc.property(messagesInput, overridesInput, (messages, overrides) => {
          const catalog = resolveMessages(messages, overrides);
          expect(Intl.getCanonicalLocales(catalog.locale)).toEqual([catalog.locale]);
          const ui = (
            <ConnectStatusProvider messages={messages as never} overrides={overrides as never}>
              {alertInputs.map((status, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
                <StatusAlert key={index} status={status} showCode headingLevel={3} />
              ))}
              {badgeInputs.map((status, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
                <StatusBadge key={index} status={status} showCode />
              ))}
              <StatusPage status={401} actions={{ 'sign-in': '/login' }} />
            </ConnectStatusProvider>
          );
          renderBoth(ui, (root, where) => {
            const alerts = root.querySelectorAll('.rcs-alert');
            // The page's eyebrow is a badge of its own: not one of the list's.
            const badges = [...root.querySelectorAll('.rcs-badge')].filter(
              (badge) => !badge.closest('.rcs-page'),
            );
            expect(alerts, where).toHaveLength(alertInputs.length);
            expect(badges, where).toHaveLength(badgeInputs.length);
            for (const alert of alerts) {
              expect(shownText(alert.querySelector('.rcs-alert__title')), where).not.toBe('');
              expect(shownText(alert.querySelector('.rcs-alert__advice')), where).not.toBe('');
            }
            for (const badge of badges) expect(shownText(badge), where).not.toBe('');
            // The page's title, and its action named in the catalog's words.
            expect(shownText(root.querySelector('.rcs-page h1')), where).not.toBe('');
            expect(root.querySelector('.rcs-page a')?.textContent?.trim(), where).toBeTruthy();
            expect(foreignElements(root, PAGE), where).toEqual([]);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
