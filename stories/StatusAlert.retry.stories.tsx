import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { StatusAlert, type StatusAlertStatusProps, StatusBadge, useConnectStatus } from '../src';
import {
  expectBackToNormal,
  expectNoBackToNormalBesideAFailure,
  ReloadingAlert,
  useReloading,
} from './reloading';

/*
 * The retry cycle in a real browser, with real (short) timers. Waits use generous `waitFor`
 * timeouts and never assume exact wall-clock timing, since CI machines are slow.
 *
 * Each alert sits in a small demo app (stories/reloading.tsx) that does what a real one does:
 * once `onRetry` (the story's spy, standing for the request) resolves, the app has its data
 * and shows no failure, so the alert says "Back to normal"; a rejection leaves the failure.
 */

const unavailable = (retryAfter: string) =>
  new Response(null, { status: 503, headers: { 'Retry-After': retryAfter } });
/** Short backoff so a story settles in well under a second. */
const quick = { baseMs: 100, capMs: 300 };
/** No spread on top of Retry-After, so a 2 s wait counts down from exactly 2. */
const exact = { jitterMs: 0 };
const slow = { timeout: 5000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const meta = {
  title: 'Components/StatusAlert/Retry',
  component: StatusAlert,
  args: {
    status: unavailable('2'),
    autoRetry: true,
    policy: exact,
    onRetry: fn(() => sleep(300)),
  },
  render: (args) => <ReloadingAlert {...args} />,
} satisfies Meta<StatusAlertStatusProps>;
export default meta;
type Story = StoryObj<StatusAlertStatusProps>;

/**
 * A 503 with Retry-After: 2: a countdown people can skip or stop, from the keyboard too. The
 * retry works, and the alert says so in place of the failure.
 */
export const Scheduled: Story = {
  play: async ({ canvas, canvasElement, args, userEvent }) => {
    const region = canvas.getByRole('status');
    // The visible line ticks, hidden from assistive technology; beside it a hidden twin names
    // the time the retry is due, which never goes stale, so the live region says it once.
    await expect(region).toHaveTextContent('Trying again in 2 s');
    await expect(region).toHaveTextContent('Attempt 1 of 3');
    const twin = canvas.getByText(/^Trying again at \d{1,2}:\d{2}:\d{2}/);
    const due = twin.textContent;
    await expect(canvas.getByText(/^Trying again in/)).toHaveAttribute('aria-hidden', 'true');
    const retryNow = canvas.getByRole('button', { name: 'Retry now' });
    const cancel = canvas.getByRole('button', { name: 'Cancel' });
    await userEvent.tab();
    await expect(retryNow).toHaveFocus();
    await userEvent.tab();
    await expect(cancel).toHaveFocus();
    await waitFor(() => expect(canvas.getByText(/Trying again in 1 s/)).toBeVisible(), slow);
    await expect(twin).toHaveTextContent(due ?? '');
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce(), slow);
    await expectBackToNormal(canvasElement, 'Service temporarily unavailable');
  },
};

/**
 * The retry is running: the button stays (focus is not lost) but is busy and inert. The request
 * never answers, so the story stays here.
 */
export const Retrying: Story = {
  args: { status: 500, policy: quick, onRetry: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvas, args, userEvent }) => {
    const busy = await canvas.findByRole('button', { name: 'Trying again…' }, slow);
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    // The busy button says "Trying again…"; the line beside it adds the attempt alone on
    // screen, and all of it for screen readers, which hear the line and not the button.
    await expect(canvas.getByRole('alert')).toHaveTextContent('Trying again… Attempt 1 of 3');
    await expect(canvas.getByText('Attempt 1 of 3')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await userEvent.click(busy);
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

let flakyCalls = 0;
/** The first retry fails (it rejects), the second works: the app clears its failure. */
export const SucceededAfterRetry: Story = {
  args: {
    status: 503,
    policy: quick,
    onRetry: fn(() =>
      ++flakyCalls === 1 ? Promise.reject(new Error('still busy')) : Promise.resolve(),
    ),
  },
  beforeEach: () => {
    flakyCalls = 0;
  },
  play: async ({ canvasElement, args }) => {
    await expectBackToNormal(canvasElement, 'Service temporarily unavailable');
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
  },
};

/** Every retry fails: after the last one the alert says what to do next and offers a new try. */
export const Exhausted: Story = {
  args: {
    status: 500,
    policy: quick,
    maxAttempts: 2,
    onRetry: fn(() => Promise.reject(new Error('still down'))),
  },
  play: async ({ canvas, canvasElement, args }) => {
    const message =
      'Still not working after 2 tries. Check the service status, or contact support.';
    await waitFor(() => expect(canvas.getByText(message)).toBeVisible(), slow);
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await sleep(500);
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
    expectNoBackToNormalBesideAFailure(canvasElement);
  },
};

/**
 * The app's reload resolves, but the service still fails and the app keeps showing it (TanStack
 * Query's `refetch()` without `throwOnError` resolves so): what is on screen decides, so each
 * try counts as failed and the retries run out, never "Back to normal" beside the failure.
 */
export const ResolvedWhileStillFailing: Story = {
  args: { status: 503, policy: quick, maxAttempts: 2, onRetry: fn(() => sleep(100)) },
  // No demo app: the failure stays on screen whatever the promise says.
  render: (args) => <StatusAlert {...args} />,
  play: async ({ canvas, canvasElement, args }) => {
    const message =
      'Still not working after 2 tries. Check the service status, or contact support.';
    await waitFor(() => expect(canvas.getByText(message)).toBeVisible(), slow);
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
    await expect(canvas.getByText('Service temporarily unavailable')).toBeVisible();
    await expect(canvas.queryByText(/Back to normal/)).toBeNull();
    expectNoBackToNormalBesideAFailure(canvasElement);
  },
};

/** Cancel, from the keyboard: the countdown stops and nothing runs on its own. */
export const Cancelled: Story = {
  play: async ({ canvas, args, userEvent }) => {
    canvas.getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Automatic retries stopped.')).toBeVisible();
    // Cancel is gone, so its focus moves to the retry button rather than to the page.
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await expect(canvas.queryByText(/Trying again in/)).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).toBeNull();
    // Nothing, visible or visually hidden, still claims a countdown or a due time: the one
    // figure left is the pause the service asked for, said as what it asked for.
    const pause = 'Try again after the 2 s pause the service asked for.';
    await expect(canvas.getByText(pause)).toBeVisible();
    const left = canvas.getByRole('status').textContent?.replace(pause, '');
    await expect(left).not.toMatch(/\d+\s*s\b|\d{1,2}:\d{2}/);
    await sleep(3000); // past the 2 s the retry was due
    await expect(args.onRetry).not.toHaveBeenCalled();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A page cannot switch Chromium offline, so `navigator.onLine` is shadowed on the instance. */
const restoreOnline = () => {
  Reflect.deleteProperty(navigator, 'onLine');
};

/** Due while offline: the retry waits for the connection, then runs at once, and works. */
export const OfflinePaused: Story = {
  args: { status: unavailable('1') },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return restoreOnline;
  },
  play: async ({ canvas, canvasElement, args }) => {
    const offline = "Offline. Trying again when you're back online.";
    await waitFor(() => expect(canvas.getByText(offline)).toBeVisible(), slow);
    await sleep(500);
    await expect(args.onRetry).not.toHaveBeenCalled();
    restoreOnline();
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledOnce(), slow);
    await expectBackToNormal(canvasElement, 'Service temporarily unavailable');
  },
};

const inTwoHours = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * 3_600_000);

/** Retry-After as a date two hours ahead: too long to count down, so a time of day instead. */
export const RetryAfterDate: Story = {
  args: { status: unavailable(inTwoHours.toUTCString()) },
  // The time it names is two hours from now: not the same picture twice.
  parameters: { screenshot: { mask: ['.rcs-alert__advice'] } },
  play: async ({ canvas, args }) => {
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
    const advice = canvas.getByText(/^Try again after /);
    await expect(advice).toBeVisible();
    await expect(advice).toHaveTextContent(time.format(inTwoHours));
    await expect(canvas.queryByText(/Trying again in/)).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await sleep(1500);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** A POST may not be safe to send twice: no countdown, only a retry the person chooses. */
export const PostNeverAutoRetries: Story = {
  args: { status: unavailable('1'), method: 'POST' },
  play: async ({ canvas, canvasElement, args, userEvent }) => {
    await expect(canvas.queryByText(/Trying again in/)).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Retry now' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await sleep(2000); // past the 1 s the server asked for
    await expect(args.onRetry).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    await expectBackToNormal(canvasElement, 'Service temporarily unavailable');
  },
};

/**
 * One controller, two views: a tile's badge and the alert never disagree. The app clears its
 * failure once the retry works, as the other stories' demo app does.
 */
function BadgeAndAlert({ status, onRetry, autoRetry, policy, method }: StatusAlertStatusProps) {
  const app = useReloading(status, onRetry);
  const controller = useConnectStatus(app.status, {
    onRetry: app.onRetry,
    autoRetry,
    policy,
    method,
  });
  return (
    <div style={{ display: 'grid', gap: 12, justifyItems: 'start', maxWidth: 720 }}>
      <StatusBadge controller={controller} />
      <StatusAlert controller={controller} />
    </div>
  );
}

/**
 * The badge counts down with the alert and shows the retry while it runs. Once it worked, the
 * badge has nothing to warn of and goes; the alert says "Back to normal".
 */
export const BadgeWithCountdown: Story = {
  args: { onRetry: fn(() => sleep(800)) },
  render: (args) => <BadgeAndAlert {...args} />,
  play: async ({ canvas, canvasElement, args }) => {
    // The badge's tooltip and description is the full title.
    const badge = canvas.getByTitle('Service temporarily unavailable');
    await expect(badge).toHaveAttribute('data-retry-state', 'scheduled');
    // The seconds alone beside a glyph, so the badge keeps its width in a table cell.
    await expect(badge).toHaveTextContent(/↻ [12] s/);
    const width = badge.getBoundingClientRect().width;
    await waitFor(() => expect(badge).toHaveTextContent('↻ 1 s'), slow);
    await expect(badge.getBoundingClientRect().width).toBe(width);
    await waitFor(() => expect(badge).toHaveTextContent('Trying again…'), slow);
    await expect(badge).toHaveAttribute('data-retry-state', 'retrying');
    await expect(canvas.getByRole('button', { name: 'Trying again…' })).toBeVisible();
    await expectBackToNormal(canvasElement, 'Service temporarily unavailable');
    await expect(badge).not.toBeInTheDocument();
    await expect(canvasElement.querySelector('.rcs-badge')).toBeNull();
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};
