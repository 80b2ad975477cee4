import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkOf } from '../../src/components/page-actions';
import { StatusPage, type StatusPageProps } from '../../src/components/StatusPage';
import { catalog } from '../../src/core/catalog';
import type { ConnectError, StatusKey } from '../../src/core/types';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { useConnectStatus } from '../../src/hooks/useConnectStatus';
import { describeStatus } from '../../src/i18n/describe';
import { de } from '../../src/i18n/locales/de';
import { en } from '../../src/i18n/locales/en';
import { serverRenderAndHydrate, setUpHydration } from '../ssr/hydrate';
import { inputFor } from '../support/every-state';
import { advance, r503 } from '../support/fake-clock';
import { anything, hostileValue, statusInput } from './fuzz-arbitraries';

setUpHydration();
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const h1 = () => screen.getByRole('heading', { level: 1 });
/**
 * The h1's words: the visually hidden severity, then the title. (jsdom's accessible name drops
 * the space at the end of the hidden span, which browsers keep: the stories check the name.)
 */
const expectTitle = (text: string) => expect(h1().textContent).toBe(text);
const offline = () => new TypeError('Failed to fetch');
const pending = () => new Promise<never>(() => {});
/** Props as untyped JavaScript may pass them: what the types rule out. */
const untyped = (props: object) => props as StatusPageProps;

/** An app that clears its error once the retry worked, and keeps the page mounted. */
function ClearsOnRetry() {
  const [error, setError] = useState<unknown>(503);
  return <StatusPage status={error} onRetry={async () => setError(null)} />;
}

/** An app that runs the hook itself and hands the page its controller. */
function WithController({ status }: { status: unknown }) {
  const controller = useConnectStatus(status, { onRetry: pending });
  return <StatusPage controller={controller} />;
}

/** Both a controller and a status, as untyped JavaScript can pass them. */
function Both() {
  const controller = useConnectStatus(404);
  return <StatusPage {...untyped({ controller, status: 503, onRetry: pending })} />;
}

describe('what the page says, per state', () => {
  it.each([
    [401, 'Error'],
    [403, 'Error'],
    [404, 'Error'],
    [500, 'Error'],
    [503, 'Warning'],
  ] as const)(
    '%i: the title as the h1, after its severity; the message and the advice',
    (code, severity) => {
      const { title, message, retry, key } = describeStatus(code);
      const { container } = render(<StatusPage status={code} />);
      expectTitle(`${severity}: ${title}`);
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(screen.getByText(retry.advice)).toBeInTheDocument();
      const root = container.firstElementChild;
      expect(root).toHaveClass('rcs-page');
      expect(root).toHaveAttribute('data-status-key', key);
      expect(root).toHaveAttribute('data-severity', severity.toLowerCase());
    },
  );

  it('offline: no answer at all', () => {
    render(<StatusPage status={offline()} />);
    expectTitle("Error: Couldn't reach the service");
    expect(screen.getByText('Check your connection, then try again.')).toBeInTheDocument();
  });

  it('one h1 only, and the badge above it hidden from assistive technology (it repeats it)', () => {
    const { container } = render(<StatusPage status={404} showCode />);
    expect(screen.getAllByRole('heading')).toHaveLength(1);
    expect(h1()).toHaveTextContent("Couldn't find this item");
    expect(h1()).toHaveTextContent('Code 404');
    const badge = container.querySelector('.rcs-badge');
    expect(badge).toHaveTextContent('Not found');
    expect(badge?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it("shows the service's details and the operation id, as text, isolated", () => {
    const error: ConnectError = {
      kind: 'connect-error',
      status: 500,
      operationId: 'op-42',
      reason: '<img src=x onerror=alert(1)>',
    };
    const { container } = render(<StatusPage status={error} />);
    expect(screen.getByText('Operation ID')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy operation ID' })).toBeInTheDocument();
    expect(container.querySelector('.rcs-details__id > bdi')).toHaveTextContent('op-42');
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('null and junk say "Something went wrong": a page is never blank', () => {
    for (const status of [null, undefined, 'nonsense', {}, Symbol('x')]) {
      const { unmount } = render(<StatusPage status={status} />);
      expectTitle('Error: Something went wrong');
      unmount();
    }
  });
});

describe('the action for the state’s next step', () => {
  it('a URL becomes the primary link', () => {
    render(<StatusPage status={401} actions={{ 'sign-in': '/login?next=%2Fstreams' }} />);
    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/login?next=%2Fstreams');
    expect(link).toHaveClass('rcs-button');
    expect(link).toHaveAttribute('data-variant', 'primary');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a function becomes the primary button, called with no arguments', async () => {
    const openForm = vi.fn();
    render(<StatusPage status={403} actions={{ 'request-access': openForm }} />);
    const button = screen.getByRole('button', { name: 'Request access' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(button);
    expect(openForm).toHaveBeenCalledExactlyOnceWith();
  });

  it.each([
    [404, 'check-address', 'Go back'],
    [400, 'fix-input', 'Change the request'],
    [412, 'reload', 'Reload'],
    [207, 'review-items', 'Review the failed items'],
    [405, 'contact-support', 'Contact support'],
    [202, 'wait', 'Check again'],
    [200, 'none', 'Continue'],
  ] as const)('%i: %s is labelled "%s"', (status, step, label) => {
    render(<StatusPage status={status} actions={{ [step]: '/next' }} />);
    expect(screen.getByRole('link', { name: label })).toHaveAttribute('href', '/next');
  });

  it("a step without an action shows none; another step's action is not shown", () => {
    render(
      <StatusPage
        status={404}
        actions={{
          'sign-in': '/login',
          'request-access': vi.fn<() => void>(),
          retry: vi.fn<() => void>(),
        }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    '   ',
  ])('refuses the URL %j: no link at all', (href) => {
    const { container } = render(<StatusPage status={401} actions={{ 'sign-in': href }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('a, [href]')).toBeNull();
    // The page itself is whole.
    expectTitle('Error: Your session has expired');
  });

  it.each([
    ['/login', '/login'],
    ['login', 'login'],
    ['../streams', '../streams'],
    ['?tab=access', '?tab=access'],
    ['#help', '#help'],
    ['//sso.example.com/login', '//sso.example.com/login'],
    ['https://sso.example.com/login', 'https://sso.example.com/login'],
    ['HTTP://sso.example.com', 'HTTP://sso.example.com'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['  /login\n', '/login'],
  ])('links to %j', (href, expected) => {
    render(<StatusPage status={401} actions={{ 'sign-in': href }} />);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', expected);
  });

  it('reads URLs as a browser does (linkOf)', () => {
    expect(linkOf('ja\r\nvascript:alert(1)')).toBeUndefined();
    expect(linkOf('\u0000 https://x.test/a b ')).toBe('https://x.test/a b');
    expect(linkOf('tel:+4930123')).toBeUndefined();
    expect(linkOf(42)).toBeUndefined();
    expect(linkOf(new URL('https://x.test/'))).toBeUndefined();
  });

  it('a callback that throws is reported, and the page stays as it was', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const bug = new Error('app bug');
    const broken = vi.fn(() => {
      throw bug;
    });
    render(<StatusPage status={404} actions={{ 'check-address': broken }} />);
    const button = screen.getByRole('button', { name: 'Go back' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(broken).toHaveBeenCalledTimes(2);
    expect(reported).toHaveBeenCalledTimes(2);
    expect(reported).toHaveBeenCalledWith(bug);
    expectTitle("Error: Couldn't find this item");
    expect(screen.getByRole('button', { name: 'Go back' })).toBe(button);
  });

  it('forged actions of any kind show no action and never throw', () => {
    const forged = [
      null,
      'sign-in',
      42,
      ['/login'],
      { 'sign-in': { href: '/login' } },
      { 'sign-in': Symbol('x') },
      {
        get 'sign-in'(): string {
          throw new Error('getter');
        },
      },
      new Proxy(
        {},
        {
          get() {
            throw new Error('proxy');
          },
        },
      ),
      Object.create({ 'sign-in': 'javascript:alert(1)' }),
    ];
    for (const actions of forged) {
      const { unmount } = render(<StatusPage status={401} actions={actions as never} />);
      expectTitle('Error: Your session has expired');
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      unmount();
    }
  });
});

describe('retry', () => {
  it("with onRetry, the page's own Try again replaces the app's retry action", async () => {
    const onRetry = vi.fn(pending);
    const appRetry = vi.fn();
    render(<StatusPage status={503} onRetry={onRetry} actions={{ retry: appRetry }} />);
    const buttons = screen.getAllByRole('button', { name: 'Try again' });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onRetry).toHaveBeenCalledOnce();
    expect(appRetry).not.toHaveBeenCalled();
    // Busy, as in the alert; the retry line replaces the advice.
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(screen.queryByText('Wait a moment, then try again.')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Trying again… Attempt 1 of 3');
  });

  it('offline with onRetry: one Try again, the page’s, for check-connection too', () => {
    const appAction = vi.fn();
    render(
      <StatusPage
        status={offline()}
        onRetry={pending}
        actions={{ 'check-connection': appAction }}
      />,
    );
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
  });

  it("without a retry of its own, the app's retry action is the button", async () => {
    const appRetry = vi.fn();
    render(<StatusPage status={503} actions={{ retry: appRetry }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(appRetry).toHaveBeenCalledOnce();
  });

  it('a retryable state with another step: Try again leads, the step’s action follows', () => {
    const { container } = render(
      <StatusPage status={500} onRetry={pending} actions={{ 'contact-support': '/help' }} />,
    );
    const [first, second] = container.querySelectorAll('.rcs-alert__actions > *');
    expect(first).toHaveAccessibleName('Try again');
    expect(first).toHaveAttribute('data-variant', 'primary');
    expect(second).toHaveAccessibleName('Contact support');
    expect(second).not.toHaveAttribute('data-variant');
  });

  it('counts down like the alert: Retry now and Cancel, and stopped when cancelled', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const onRetry = vi.fn(() => Promise.resolve());
    render(<StatusPage status={r503('5')} onRetry={onRetry} autoRetry />);
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Trying again in 5 s');
    expect(region).toHaveTextContent('Attempt 1 of 3');
    await advance(2000);
    expect(region).toHaveTextContent('Trying again in 3 s');
    act(() => screen.getByRole('button', { name: 'Cancel' }).click());
    expect(region).toHaveTextContent('Automatic retries stopped.');
    await advance(10_000, 1000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('says "Back to normal" when the app clears its error once the retry worked', async () => {
    render(<ClearsOnRetry />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // Once the page has rendered what the app shows after the retry resolved.
    await waitFor(() => expectTitle('Success: Back to normal'));
    expect(screen.getByText('The retry worked.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('controller or status', () => {
  it("shows the app's own controller, its retry included", () => {
    render(<WithController status={503} />);
    expectTitle('Warning: Service temporarily unavailable');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('with both (untyped JavaScript), the controller wins, as in the alert', () => {
    render(<Both />);
    expectTitle("Error: Couldn't find this item");
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a forged controller is ignored: the status shows', () => {
    render(<StatusPage {...untyped({ controller: { descriptor: {} }, status: 401 })} />);
    expectTitle('Error: Your session has expired');
  });
});

describe('the page around it', () => {
  it('is no live region and takes no focus; only what changes in place is announced', () => {
    const { container } = render(<StatusPage status={500} onRetry={pending} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).not.toHaveAttribute('role');
    expect(root).not.toHaveAttribute('aria-live');
    expect(h1().closest('[aria-live]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveAttribute('aria-atomic', 'false');
    expect(container.querySelector('.rcs-alert__actions')).toHaveAttribute('aria-live', 'off');
  });

  it('forwards ref, className and native props to the root, and drops what would throw', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <StatusPage
        ref={ref}
        {...untyped({
          status: 404,
          className: 'app-page',
          id: 'failure',
          'data-route': 'streams',
          onClick: 'nope',
          style: 'color: red',
          children: 'x',
        })}
      />,
    );
    const root = container.firstElementChild;
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('rcs-page', 'app-page');
    expect(root).toHaveAttribute('id', 'failure');
    expect(root).toHaveAttribute('data-route', 'streams');
    expect(root?.textContent).toMatch(/^Not found/);
  });
});

describe('words', () => {
  it('German through the provider: the same page, every word German', () => {
    render(
      <ConnectStatusProvider messages={de}>
        <StatusPage status={401} actions={{ 'sign-in': '/anmelden' }} showCode />
      </ConnectStatusProvider>,
    );
    expect(h1()).toHaveTextContent('Ihre Sitzung ist abgelaufen');
    expect(h1()).toHaveTextContent('Fehler:');
    expect(h1()).toHaveTextContent('Code 401');
    expect(screen.getByText(de.states['401'].advice)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
  });

  it('one label overridden; a catalog without labels (older, or partial) falls back to English', () => {
    const { unmount } = render(
      <ConnectStatusProvider overrides={{ ui: { nextStep: { 'sign-in': 'Sign in again' } } }}>
        <StatusPage status={401} actions={{ 'sign-in': '/login' }} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByRole('link', { name: 'Sign in again' })).toBeInTheDocument();
    unmount();
    const { nextStep: _dropped, ...olderUi } = de.ui;
    render(
      <ConnectStatusProvider messages={{ ...de, ui: olderUi } as never}>
        <StatusPage status={403} actions={{ 'request-access': '/access' }} />
      </ConnectStatusProvider>,
    );
    expect(h1()).toHaveTextContent(de.states['403'].title);
    expect(
      screen.getByRole('link', { name: en.ui.nextStep['request-access'] }),
    ).toBeInTheDocument();
  });
});

describe('server rendering', () => {
  const cases: [string, StatusPageProps, string][] = [
    ['a link', { status: 401, actions: { 'sign-in': '/login' }, showCode: true }, 'Sign in'],
    ['a button', { status: 403, actions: { 'request-access': () => {} } }, 'Request access'],
    ['a countdown', { status: r503('30'), onRetry: pending, autoRetry: true }, 'Retry now'],
    [
      'a wait too long to count down, named as a time of day once hydrated',
      { status: r503('7200'), onRetry: pending, autoRetry: true },
      'Try again',
    ],
    [
      'the operation id',
      { status: { status: 500, headers: { 'Operation-Id': 'op-1' } } },
      'Copy operation ID',
    ],
  ];
  it.each(cases)(
    'with %s: the same HTML on the server and at hydration, no timer on the server',
    (_name, props, control) => {
      vi.useFakeTimers({ now: new Date('2026-03-02T14:00:00Z') });
      const { container, complaints, timersAfterServerRender } = serverRenderAndHydrate(
        <StatusPage {...props} />,
      );
      expect(complaints).toEqual([]);
      expect(timersAfterServerRender).toBe(0);
      const view = within(container);
      expect(view.getByRole('heading', { level: 1 })).toBeInTheDocument();
      const named = { name: control };
      expect(view.queryByRole('link', named) ?? view.queryByRole('button', named)).not.toBeNull();
    },
  );
});

describe('every state on the server, with an action for every step', () => {
  const everyStep = Object.fromEntries(Object.keys(en.ui.nextStep).map((step) => [step, '/next']));

  it.each(Object.keys(catalog) as StatusKey[])('%s', (key) => {
    vi.useFakeTimers({ now: new Date('2026-03-02T14:00:00Z') });
    const status = inputFor(key);
    const { container, complaints, timersAfterServerRender } = serverRenderAndHydrate(
      <StatusPage status={status} actions={everyStep} onRetry={pending} autoRetry showCode />,
    );
    expect(complaints).toEqual([]);
    expect(timersAfterServerRender).toBe(0);
    const view = within(container);
    expect(view.getByRole('heading', { level: 1 })).toHaveTextContent(en.states[key].title);
    // The step's link, unless the page's own retry takes its place.
    const { nextStep, retry } = describeStatus(status);
    const replaced = retry.retryable && (nextStep === 'retry' || nextStep === 'check-connection');
    const links = view.queryAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(
      replaced ? [] : [en.ui.nextStep[nextStep]],
    );
  });
});

describe('property: anything as status and actions', () => {
  const action = fc.oneof(
    fc.constantFrom('/login', 'https://x.test', 'javascript:alert(1)', ' data:x', '', () => {}),
    hostileValue,
    anything,
  );
  const actions = fc.oneof(
    fc.dictionary(
      fc.constantFrom('sign-in', 'request-access', 'check-address', 'retry', 'none', '__proto__'),
      action,
      { maxKeys: 4 },
    ),
    anything,
  );

  it('never throws, always renders an h1 with words, links only to safe URLs', () => {
    vi.useFakeTimers();
    fc.assert(
      fc.property(statusInput, actions, fc.boolean(), (status, given, showCode) => {
        const ui = <StatusPage status={status} actions={given as never} showCode={showCode} />;
        const rendered = render(ui);
        for (const root of [
          rendered.container,
          Object.assign(document.createElement('div'), { innerHTML: renderToString(ui) }),
        ]) {
          const title = root.querySelector('h1');
          expect(title?.textContent?.trim()).toBeTruthy();
          for (const link of root.querySelectorAll('a')) {
            expect(link.getAttribute('href')).toBe(linkOf(link.getAttribute('href')));
            expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
          }
        }
        rendered.unmount();
      }),
      { numRuns: 300 },
    );
  });
});
