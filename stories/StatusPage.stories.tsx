import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { type ConnectError, StatusPage, type StatusPageStatusProps } from '../src';
import { documentedArgTypes } from './docs/arg-types';
import { expectBackToNormal, ReloadingPage } from './reloading';
import { statusControl } from './states';

const meta = {
  title: 'Components/StatusPage',
  component: StatusPage,
  args: { status: 404, showCode: false },
  // Descriptions, types and defaults as in the README's props reference.
  argTypes: documentedArgTypes('StatusPage', { status: statusControl }),
} satisfies Meta<StatusPageStatusProps>;
export default meta;
type Story = StoryObj<StatusPageStatusProps>;

/** What a failed route load throws: a 500 with the operation id support asks for. */
const serverError: ConnectError = {
  kind: 'connect-error',
  status: 500,
  method: 'GET',
  url: '/api/v1/tenants/t/namespaces/plant-a/streams/pump-7',
  operationId: '0HN7A2B3C4D5E:00000031',
  reason: 'The storage partition for this namespace did not respond.',
};

/** The session ran out: "Sign in" is a link to the app's sign-in page. */
export const Unauthorized401: Story = {
  args: { status: 401, actions: { 'sign-in': '/login?next=%2Fstreams' } },
  parameters: { screenshot: { rtl: true } },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Error: Your session has expired' }),
    ).toBeVisible();
    const signIn = canvas.getByRole('link', { name: 'Sign in' });
    await expect(signIn).toHaveAttribute('href', '/login?next=%2Fstreams');
    await expect(signIn).toHaveAttribute('data-variant', 'primary');
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** No access: "Request access" is a button that opens the app's request form. */
export const Forbidden403: Story = {
  args: { status: 403, actions: { 'request-access': fn() } },
  play: async ({ canvas, args, userEvent }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: "Error: You don't have access to this" }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Request access' }));
    await expect(args.actions?.['request-access']).toHaveBeenCalledOnce();
  },
};

/** Not found, with the code shown: "Go back" is the app's own navigation. */
export const NotFound404: Story = {
  args: { status: 404, showCode: true, actions: { 'check-address': fn(), 'sign-in': '/login' } },
  play: async ({ canvas }) => {
    await expect(
      // The code's words are visually hidden, after the digits that are hidden from speech.
      canvas.getByRole('heading', {
        level: 1,
        name: /^Error: Couldn't find this item\s*Code 404$/,
      }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Go back' })).toBeVisible();
    // Only the state's own step: the sign-in link is for a 401.
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** No action for the state's step: the page still says what happened and what to do. */
export const NotFoundWithoutActions: Story = {
  args: { status: 404 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Couldn't find this item",
    );
    await expect(
      canvas.getByText('Check the ID and the namespace, or pick the item again from the list.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/**
 * A 500 with the service's reason and operation id: Try again is the page's own retry (it counts
 * towards the budget), "Contact support" the app's link beside it.
 */
export const ServerError500: Story = {
  args: {
    status: serverError,
    onRetry: fn(() => Promise.resolve()),
    actions: { 'contact-support': 'mailto:support@example.com' },
  },
  // The app clears its failure once the retry works (stories/reloading.tsx).
  render: (args) => <ReloadingPage {...args} />,
  parameters: { screenshot: { rtl: true } },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Error: Something failed on our side' }),
    ).toBeVisible();
    await expect(canvas.getByText('0HN7A2B3C4D5E:00000031')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy operation ID' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    const support = canvas.getByRole('link', { name: 'Contact support' });
    await expect(support).toHaveAttribute('href', 'mailto:support@example.com');
    await expect(support).not.toHaveAttribute('data-variant');
  },
};

/**
 * The page's Try again works: the app has its data again and shows no failure, so the page,
 * still on screen, says so in place of the failure (its reason and operation id go with it).
 */
export const RetryWorked: Story = {
  args: {
    status: serverError,
    onRetry: fn(() => new Promise((resolve) => setTimeout(resolve, 200))),
  },
  render: (args) => <ReloadingPage {...args} />,
  play: async ({ canvas, canvasElement, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    await expectBackToNormal(canvasElement, 'Something failed on our side');
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Success: Back to normal' }),
    ).toBeVisible();
    await expect(canvas.queryByText('0HN7A2B3C4D5E:00000031')).toBeNull();
  },
};

/** Unavailable, with a retry: the page's Try again, and the advice until it is pressed. */
export const Unavailable503: Story = {
  args: { status: 503, onRetry: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvas, args, userEvent }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Warning: Service temporarily unavailable' }),
    ).toBeVisible();
    await expect(canvas.getByText('Wait a moment, then try again.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    // Busy, not gone: focus stays, and the retry line replaces the advice, announced politely.
    await expect(canvas.getByRole('button', { name: 'Trying again…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again… Attempt 1 of 3');
    await expect(canvas.queryByText('Wait a moment, then try again.')).toBeNull();
  },
};

/**
 * Retrying on its own after the 30 s the service asked for: Retry now and Cancel, as in the
 * alert. Cancelled, the page says so and keeps Try again.
 */
export const Unavailable503Counting: Story = {
  args: {
    status: { status: 503, headers: { 'Retry-After': '30' } },
    autoRetry: true,
    onRetry: fn(() => Promise.resolve()),
  },
  render: (args) => <ReloadingPage {...args} />,
  play: async ({ canvas, args, userEvent }) => {
    // 30 s, plus up to a second of spread so that many clients do not retry at once.
    await expect(canvas.getByRole('status')).toHaveTextContent(/Trying again in 3[01] s/);
    await expect(canvas.getByRole('button', { name: 'Retry now' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.getByText('Automatic retries stopped.')).toBeVisible());
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/**
 * No answer at all: the page's Try again takes the place of the app's own `check-connection`
 * action, so there is one, and it counts.
 */
export const Offline: Story = {
  args: {
    status: new TypeError('Failed to fetch'),
    onRetry: fn(() => new Promise<never>(() => {})),
    actions: { 'check-connection': fn() },
  },
  parameters: { screenshot: { rtl: true } },
  play: async ({ canvas, args }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: "Error: Couldn't reach the service" }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);
    await expect(args.actions?.['check-connection']).not.toHaveBeenCalled();
  },
};

/** Offline without a retry of the page's own: the app's action is the button. */
export const OfflineWithAppAction: Story = {
  args: { status: new TypeError('Failed to fetch'), actions: { 'check-connection': fn() } },
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.actions?.['check-connection']).toHaveBeenCalledOnce();
  },
};

/** In German, from the toolbar's locale: the same page, the catalog's German words. */
export const German: Story = {
  args: { status: 401, actions: { 'sign-in': '/anmelden' } },
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Fehler: Ihre Sitzung ist abgelaufen' }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/anmelden',
    );
  },
};

/** Junk in: a clear fallback, and a `javascript:` URL that never becomes a link. */
export const JunkInput: Story = {
  args: {
    status: '<img src=x onerror=alert(1)>',
    actions: { 'contact-support': 'javascript:alert(1)' },
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Something went wrong',
    );
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvasElement.querySelector('img, [href^="javascript"]')).toBeNull();
  },
};
