import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StatusAlert, type StatusAlertProps } from '../../src/components/StatusAlert';
import { StatusBadge, type StatusBadgeProps } from '../../src/components/StatusBadge';
import { StatusPage } from '../../src/components/StatusPage';
import { type UseConnectStatusOptions, useConnectStatus } from '../../src/hooks/useConnectStatus';
import { en } from '../../src/i18n/locales/en';
import { reactPassesAnyRef } from './fuzz-arbitraries';

/** Props as untyped JavaScript could pass them. */
const alert = (props: Record<string, unknown>) =>
  createElement(StatusAlert, props as StatusAlertProps);
const badge = (props: Record<string, unknown>) =>
  createElement(StatusBadge, props as StatusBadgeProps);

const fail = (): never => {
  throw new Error('hostile');
};

/** Renders on the server too: the same props must not throw there either. */
function renderBoth(ui: ReactElement) {
  expect(() => renderToString(ui)).not.toThrow();
  return render(ui);
}

/**
 * A hook result handed to both components; `status` is given too, and loses. A type error in
 * TypeScript (the props are a union), but plain JavaScript can still pass both.
 */
function Shared({ input, ...options }: { input: unknown } & UseConnectStatusOptions) {
  const controller = useConnectStatus(input, options);
  return (
    <>
      {/* @ts-expect-error status and controller together */}
      <StatusAlert controller={controller} status={200} />
      {/* @ts-expect-error status and controller together */}
      <StatusBadge controller={controller} status={200} />
    </>
  );
}

describe('StatusAlert: props of the wrong kind mean "not given"', () => {
  it.each([7, 1, 0, '1 onload', '3', Number.NaN, 2.5, {}, null, Symbol('h')])(
    'headingLevel %s: a paragraph, never an invalid tag',
    (headingLevel) => {
      const { container } = renderBoth(alert({ status: 409, headingLevel }));
      expect(screen.queryByRole('heading')).toBeNull();
      expect(container.querySelector('.rcs-alert__title')?.tagName).toBe('P');
    },
  );

  it.each([2, 3, 4, 5, 6])('headingLevel %i: that heading', (headingLevel) => {
    renderBoth(alert({ status: 409, headingLevel }));
    expect(screen.getByRole('heading', { level: headingLevel })).toHaveTextContent(
      en.states['409'].title,
    );
  });

  it.each([
    ['a plain object', { label: 'Sign in' }],
    ['a function', () => 'Sign in'],
    ['a symbol', Symbol('Sign in')],
    ['a promise', Promise.resolve('Sign in')],
  ])('action that is %s: not rendered', (_kind, action) => {
    const { container } = renderBoth(alert({ status: 401, action }));
    expect(container.querySelector('.rcs-alert__actions')).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent(en.states['401'].title);
  });

  it('action lists keep what renders and drop the rest', () => {
    const link = (
      <a key="in" href="/sign-in">
        Sign in
      </a>
    );
    renderBoth(alert({ status: 401, action: [link, { junk: true }, Symbol('x'), 'or wait'] }));
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(screen.getByText('or wait', { exact: false })).toBeVisible();
  });

  it('onDismiss and onRetry that are not functions count as absent', async () => {
    renderBoth(alert({ status: 503, onDismiss: 'close()', onRetry: { retry: true } }));
    expect(screen.queryByRole('button', { name: en.ui.dismiss })).toBeNull();
    expect(screen.queryByRole('button', { name: en.ui.retry })).toBeNull();
  });

  it('flags are on only when true: showCode="yes" shows no code, focusOnError=1 takes no focus', () => {
    const { container } = renderBoth(alert({ status: 404, showCode: 'yes', focusOnError: 1 }));
    expect(container.querySelector('.rcs-alert__code')).toBeNull();
    expect(container.querySelector('.rcs-alert')).not.toHaveAttribute('tabindex');
    // A 0 is not rendered as "0" either.
    render(alert({ status: 404, showCode: 0 }));
    expect(screen.queryByText('0')).toBeNull();
  });

  it.each([
    Symbol('c'),
    () => 'c',
    { mine: true, __proto__: null },
    ['mine', Symbol('x'), () => 1, 0, null],
  ])('className %s: ours stays, the rest is what clsx makes of it', (className) => {
    const { container } = renderBoth(alert({ status: 500, className }));
    expect(container.querySelector('.rcs-alert')).toHaveClass('rcs-alert');
  });

  it('className lists and objects join as clsx joins them', () => {
    const className = ['a', { b: true, c: 0 }, [['d', null]], 0, 3, '', Symbol('e')];
    const { container } = renderBoth(alert({ status: 500, className }));
    expect(container.querySelector('.rcs-alert')?.getAttribute('class')).toBe('rcs-alert a b d 3');
  });

  const cyclic: unknown[] = ['x'];
  cyclic.push(cyclic);
  it.each([
    ['a proxy whose keys throw', new Proxy({}, { ownKeys: fail })],
    [
      'a getter that throws',
      {
        get mine(): boolean {
          return fail();
        },
      },
    ],
    ['a list that holds itself', cyclic],
  ])('className that is %s: ours alone, never a throw', (_kind, className) => {
    for (const element of [alert({ status: 500, className }), badge({ status: 500, className })]) {
      const { container } = renderBoth(element);
      expect(container.firstElementChild?.getAttribute('class')).toMatch(/^rcs-(alert|badge)$/);
    }
  });

  it.each([
    {},
    { descriptor: null },
    'controller',
    { descriptor: { severity: 'error', title: 'Forged' }, retryState: 'idle' },
  ])('a controller that is not a hook result (%j) is ignored: the status shows', (controller) => {
    renderBoth(alert({ status: 404, controller }));
    expect(screen.getByRole('alert')).toHaveTextContent(en.states['404'].title);
    expect(screen.queryByText('Forged')).toBeNull();
  });

  it('a real controller from useConnectStatus is honoured', () => {
    const { container } = render(<Shared input={409} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.states['409'].title);
    expect(container.querySelector('.rcs-badge')).toHaveTextContent(en.states['409'].label);
  });

  it('native props that React would throw at are dropped; the rest pass through', async () => {
    const user = userEvent.setup();
    const ref = 'legacy-string-ref';
    const { container } = renderBoth(
      alert({
        status: 500,
        id: 'err',
        'data-row': 7,
        'aria-label': Object.create(null),
        style: 'color: red',
        dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' },
        onClick: 'alert(1)',
        title: { toString: () => 'Details' },
        ...(reactPassesAnyRef && { ref }),
      }),
    );
    const root = container.querySelector('.rcs-alert') as HTMLElement;
    expect(root).toHaveAttribute('id', 'err');
    expect(root).toHaveAttribute('data-row', '7');
    expect(root).toHaveAttribute('title', 'Details');
    expect(root).not.toHaveAttribute('aria-label');
    expect(root).not.toHaveAttribute('style');
    expect(container.querySelector('img')).toBeNull();
    expect(root).toHaveTextContent(en.states['500'].title);
    await user.click(root);
  });

  it("the hook's options stay off the DOM, for the alert and the page alike", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const options = {
      onRetry: () => Promise.resolve(),
      autoRetry: true,
      maxAttempts: 2,
      method: 'GET',
      idempotent: true,
      policy: { baseMs: 10 },
      requestKey: ['streams', 1],
      onStatus: () => {},
    };
    const { container } = render(
      <>
        {alert({ status: 503, ...options, 'data-view': 'alert' })}
        {createElement(StatusPage, { status: 503, ...options, 'data-view': 'page' } as never)}
      </>,
    );
    for (const view of container.querySelectorAll('[data-view]')) {
      const names = [...view.attributes].map((attribute) => attribute.name.toLowerCase());
      for (const name of Object.keys(options)) expect(names).not.toContain(name.toLowerCase());
    }
    // They still reach the hook: the retry is offered, and counted against maxAttempts 2.
    expect(screen.getAllByRole('button', { name: 'Retry now' })).toHaveLength(2);
    expect(container).toHaveTextContent('Attempt 1 of 2');
    expect(error).not.toHaveBeenCalled();
  });

  it('keeps a usable style, and only its usable entries', () => {
    const { container } = renderBoth(
      alert({ status: 500, style: { color: 'red', margin: Symbol('m'), padding: {}, 0: 'x' } }),
    );
    const root = container.querySelector('.rcs-alert') as HTMLElement;
    expect(root.style.color).toBe('red');
    expect(root.style.margin).toBe('');
  });

  it('drops style names that are no CSS property (found by the prop fuzzer: React threw)', () => {
    const style = { length: '', parentRule: 'x', setProperty: '', item: 'x', color: 'red' };
    const { container } = renderBoth(alert({ status: 500, style }));
    const root = container.querySelector('.rcs-alert') as HTMLElement;
    expect(root.style.color).toBe('red');
    expect(typeof root.style.setProperty).toBe('function');
  });

  it('a NaN status can be dismissed like any other', () => {
    const onDismiss = vi.fn();
    render(alert({ status: Number.NaN, onDismiss }));
    fireEvent.click(screen.getByRole('button', { name: en.ui.dismiss }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('StatusBadge: props of the wrong kind mean "not given"', () => {
  it.each(['xl', 'SM', '', 3, null, {}, Symbol('s')])('size %s: md', (size) => {
    const { container } = renderBoth(badge({ status: 503, size }));
    expect(container.querySelector('.rcs-badge')).toHaveAttribute('data-size', 'md');
  });

  it.each(['sm', 'md', 'lg'])('size %s: itself', (size) => {
    const { container } = renderBoth(badge({ status: 503, size }));
    expect(container.querySelector('.rcs-badge')).toHaveAttribute('data-size', size);
  });

  it('live, showCode and title of the wrong kind', () => {
    const { container } = renderBoth(
      badge({ status: 503, live: 'yes', showCode: 1, title: Symbol('t') }),
    );
    const root = container.querySelector('.rcs-badge') as HTMLElement;
    expect(root).not.toHaveAttribute('role');
    expect(root.querySelector('.rcs-badge__code')).toBeNull();
    expect(root).toHaveAttribute('title', en.states['503'].title);
    render(badge({ status: 503, title: '  ' }));
    expect(screen.getAllByTitle(en.states['503'].title)).toHaveLength(2);
  });

  it.each([{}, { descriptor: null }, 'controller'])(
    'a controller that is not a hook result (%j) is ignored',
    (controller) => {
      const { container } = renderBoth(badge({ status: 404, controller }));
      expect(container.querySelector('.rcs-badge')).toHaveTextContent(en.states['404'].label);
    },
  );

  it('odd native props and refs do not throw', () => {
    const { container } = renderBoth(
      badge({
        status: 404,
        ...(reactPassesAnyRef && { ref: 42 }),
        style: ['a'],
        id: Object.create(null),
        onMouseEnter: 5,
        dangerouslySetInnerHTML: 'x',
        className: () => 'x',
      }),
    );
    const root = container.querySelector('.rcs-badge') as HTMLElement;
    expect(root).toHaveTextContent(en.states['404'].label);
    expect(root).not.toHaveAttribute('id');
    fireEvent.mouseEnter(root);
  });
});
