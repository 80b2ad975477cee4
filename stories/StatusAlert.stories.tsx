import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { describeStatus, StatusAlert, type StatusAlertStatusProps } from '../src';
import { documentedArgTypes } from './docs/arg-types';
import { expectBackToNormal, ReloadingAlert } from './reloading';
import { everyState, statusControl } from './states';

const meta = {
  title: 'Components/StatusAlert',
  component: StatusAlert,
  args: { status: 503, showCode: false },
  // Descriptions, types and defaults as in the README's props reference.
  argTypes: documentedArgTypes('StatusAlert', { status: statusControl }),
} satisfies Meta<StatusAlertStatusProps>;
export default meta;
type Story = StoryObj<StatusAlertStatusProps>;

/** One story per CONNECT code: title, message and advice, in the right kind of live region. */
const code = (status: number): Story => ({
  args: { status },
  play: async ({ canvas }) => {
    const { title, message, retry, severity } = describeStatus(status);
    const region = canvas.getByRole(severity === 'error' ? 'alert' : 'status');
    await expect(region).toHaveTextContent(title);
    await expect(canvas.getByText(message)).toBeVisible();
    await expect(canvas.getByText(retry.advice)).toBeVisible();
  },
});

export const Ok200 = code(200);
export const Created201 = code(201);
export const Accepted202 = code(202);
export const NoContent204 = code(204);
export const MultiStatus207 = code(207);
export const Found302 = code(302);
export const BadRequest400 = code(400);
export const Unauthorized401 = code(401);
export const Forbidden403 = code(403);
export const NotFound404 = code(404);
export const MethodNotAllowed405 = code(405);
export const RequestTimeout408 = code(408);
export const Conflict409 = code(409);
export const PreconditionFailed412 = code(412);
export const ServerError500 = code(500);
export const Unavailable503 = code(503);

/**
 * A retryable state with `onRetry`: the button calls it and stays busy until it settles. It
 * works, so the app (stories/reloading.tsx) shows no failure any more: "Back to normal".
 */
export const WithRetry: Story = {
  args: { status: 500, onRetry: fn(() => new Promise((resolve) => setTimeout(resolve, 200))) },
  render: (args) => <ReloadingAlert {...args} />,
  play: async ({ canvas, canvasElement, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
    await expect(canvas.getByRole('button', { name: 'Trying again…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expectBackToNormal(canvasElement, 'Something failed on our side');
  },
};

/** Sign-in as the app's own action, and a dismiss button. */
export const WithActionAndDismiss: Story = {
  args: {
    status: 401,
    action: (
      <a className="rcs-button" href="#sign-in">
        Sign in
      </a>
    ),
    onDismiss: fn(),
  },
  // Ends as it starts, shown: the story is what the alert looks like with both.
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  },
};

/** Dismissed, it stays hidden until the status changes: then the new one shows. */
export const DismissedUntilTheStatusChanges: Story = {
  args: { onDismiss: fn() },
  render: function Render(args) {
    const [status, setStatus] = useState<number>(503);
    return (
      <div style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
        <button type="button" onClick={() => setStatus(404)}>
          Load another stream
        </button>
        <StatusAlert {...args} status={status} />
      </div>
    );
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
    await expect(canvas.queryByText('Service temporarily unavailable')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Load another stream' }));
    await expect(await canvas.findByText("Couldn't find this item")).toBeVisible();
  },
};

/** Junk in, a clear fallback out: never a blank, never a throw. */
export const JunkInput: Story = {
  args: { status: '<img src=x onerror=alert(1)>' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong');
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** Every state stacked, to compare the words and the severities. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12, maxWidth: 720 }}>
      {everyState.map(({ name, status }) => (
        <StatusAlert key={name} {...args} status={status} />
      ))}
    </div>
  ),
  args: { showCode: true },
  play: async ({ canvas }) => {
    for (const { status } of everyState) {
      await expect(canvas.getAllByText(describeStatus(status).title).length).toBeGreaterThan(0);
    }
  },
};
