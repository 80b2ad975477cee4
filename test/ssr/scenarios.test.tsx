import { within } from '@testing-library/dom';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ConnectStatus,
  ConnectStatusProvider,
  describeStatus,
  en,
  formatMessage,
  StatusAlert,
  StatusBadge,
  toConnectError,
} from '../../src';
import { de } from '../../src/i18n/locales/de';
import { renderOnServer, serverRenderAndHydrate, setUpHydration } from './hydrate';

setUpHydration();
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T14:00:00Z') });
  // The retry jitter, pinned so the countdown reads the same on every run.
  vi.spyOn(Math, 'random').mockReturnValue(0);
  return () => vi.useRealTimers();
});

const noop = () => undefined;
const { ui } = en;
const retryIn = (seconds: number) => formatMessage(ui.retryIn, { seconds });

/** An app-owned controller with a retry due in 5 s, as a server would render it. */
const scheduledController = () =>
  ({
    retryState: 'scheduled' as const,
    attempt: 1,
    retryAt: Date.now() + 5000,
    delayMs: 5000,
    retryInMs: 5000,
    waitingForConnection: false,
    descriptor: describeStatus(503),
    maxAttempts: 3,
    canRetry: true,
    willAutoRetry: true,
    retry: noop,
    cancel: noop,
  }) satisfies ConnectStatus;
describe('server rendering and hydration of richer states', () => {
  it('a scheduled retry: no timer on the server, the countdown starts once mounted', () => {
    const busy = { status: 503, headers: { 'Retry-After': '30' } };
    const { container, complaints, timersAfterServerRender } = serverRenderAndHydrate(
      <StatusAlert status={busy} onRetry={noop} autoRetry />,
    );
    expect(complaints).toEqual([]);
    expect(timersAfterServerRender).toBe(0);
    expect(container).toHaveTextContent(retryIn(30));
    act(() => vi.advanceTimersByTime(1000));
    expect(container).toHaveTextContent(retryIn(29));
    expect(within(container).getByRole('button', { name: ui.cancel })).toBeVisible();
  });

  it('a scheduled retry from an app-owned controller renders its countdown on the server', () => {
    const controller = scheduledController();
    const { container, complaints } = serverRenderAndHydrate(
      <>
        <StatusBadge controller={controller} />
        <StatusAlert controller={controller} />
      </>,
    );
    expect(complaints).toEqual([]);
    // The badge's and the alert's visible countdowns, both already in the server's HTML.
    expect(within(container).getByText(new RegExp(retryIn(5)))).toBeInTheDocument();
    expect(container.querySelector('.rcs-badge__retry')).toHaveTextContent('↻ 5 s');
  });

  it("the countdown's twin names its time of day only once hydrated: time zones differ", () => {
    const controller = scheduledController();
    const tree = (
      <>
        <StatusBadge controller={controller} />
        <StatusAlert controller={controller} />
      </>
    );
    const html = renderOnServer(tree);
    expect(html).not.toMatch(/Trying again at|\d:\d{2}:\d{2}/);
    expect(html).toContain('Attempt 1 of 3');
    const { container, complaints } = serverRenderAndHydrate(tree);
    expect(complaints).toEqual([]);
    const due = new Intl.DateTimeFormat('en', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(controller.retryAt);
    const twins = [...container.querySelectorAll('.rcs-visually-hidden')].map(
      (el) => el.textContent,
    );
    expect(twins).toContain(`Trying again at ${due}`);
    expect(twins).toContain(`Trying again at ${due} · Attempt 1 of 3`);
  });

  it('details from the service: reason cut with "Show more", operation id to copy', () => {
    const reason = `The stream definition is invalid. ${'Field X is out of range. '.repeat(40)}`;
    const status = toConnectError({
      status: 400,
      body: { OperationId: 'op-7f3a', Error: 'Bad request', Reason: reason, Resolution: 'Fix X.' },
    });
    const { container, complaints } = serverRenderAndHydrate(<StatusAlert status={status} />);
    expect(complaints).toEqual([]);
    const view = within(container);
    expect(view.getByText('op-7f3a')).toBeVisible();
    expect(view.getByRole('button', { name: ui.copy })).toBeVisible();
    expect(view.getByRole('button', { name: ui.showMore })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('a partial failure: the count, five items inline and the rest behind a disclosure', () => {
    const ChildErrors = Array.from({ length: 7 }, (_, i) => ({
      Id: `item-${i}`,
      StatusCode: i % 2 ? 409 : 400,
      Reason: `Item ${i} was refused.`,
    }));
    const status = toConnectError({ status: 207, body: { Data: [{}, {}], ChildErrors } });
    const { container, complaints } = serverRenderAndHydrate(
      <>
        <StatusBadge status={status} />
        <StatusAlert status={status} />
      </>,
    );
    expect(complaints).toEqual([]);
    const view = within(container);
    const summary = formatMessage(ui.partialFailedOf, { failed: 7, total: 9 });
    expect(view.getAllByText(summary).length).toBe(2);
    expect(view.getByText(formatMessage(ui.partialMore, { count: 2 }))).toBeVisible();
  });

  it('a Retry-After beyond the long cap: advice names the time, nothing is scheduled', () => {
    const status = { status: 503, headers: { 'retry-after': String(3 * 3600) } };
    const { container, complaints } = serverRenderAndHydrate(
      <StatusAlert status={status} onRetry={noop} autoRetry />,
    );
    expect(complaints).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    const advice = describeStatus(status).retry.advice;
    expect(advice).not.toBe(en.states['503'].advice);
    expect(within(container).getByText(advice)).toBeVisible();
  });

  it('a locale and overrides from a provider reach both renders', () => {
    const overrides = { states: { '503': { label: 'Gleich wieder da' } } };
    const { container, complaints } = serverRenderAndHydrate(
      <ConnectStatusProvider messages={de} overrides={overrides}>
        <StatusBadge status={503} />
        <StatusAlert status={404} headingLevel={3} />
      </ConnectStatusProvider>,
    );
    expect(complaints).toEqual([]);
    const view = within(container);
    expect(view.getByText('Gleich wieder da')).toBeVisible();
    expect(view.getByRole('heading', { level: 3 })).toHaveTextContent(de.states['404'].title);
  });
});
