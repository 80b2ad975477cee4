import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { mockApi, operationIds } from '../mocks';
import { SLOW, type Walk, walk, watchConsole } from './play-helpers';
import { RoutesApp } from './routes-app';

/**
 * React Router error routes: a memory router whose loaders read the mock CONNECT API (MSW), and
 * one errorElement that renders `<StatusPage status={useRouteError()} … />`. Each story opens
 * the app where a person would meet one outcome and does what the page says.
 */
const meta = {
  title: 'Examples/Routes',
  tags: ['!autodocs'],
  beforeEach: watchConsole,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<Walk>[0]['canvas'];

/** The page's h1 by its accessible name: the severity in words, then the title. */
const pageTitled = (canvas: Canvas, name: string) =>
  canvas.findByRole('heading', { level: 1, name }, SLOW);

/** The streams list, loaded. */
async function expectStreams(canvas: Canvas) {
  await expect(await pageTitled(canvas, 'Streams')).toBeVisible();
  await expect(within(canvas.getByRole('list')).getAllByRole('link')).toHaveLength(4);
}

/** The page's retry recovers: its h1 goes, the list comes. */
const recovers = (title: string): Walk =>
  walk(async ({ canvas, step }) => {
    await step('See what happened and the retry on its way', async () => {
      await expect(await pageTitled(canvas, title)).toBeVisible();
      await expect(
        await canvas.findByText(/^Trying again in \d+ s · Attempt 1 of 3$/, {}, SLOW),
      ).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Retry now' })).toBeVisible();
    });
    await step('See the list once the retry worked', async () => {
      await expectStreams(canvas);
      await expect(canvas.queryByRole('heading', { name: title })).toBeNull();
    });
  });

export const Healthy: Story = {
  name: 'Everything works',
  render: () => <RoutesApp path="/streams" />,
  beforeEach: mockApi('healthy'),
  play: walk(async ({ canvas, userEvent }) => {
    await expectStreams(canvas);
    await userEvent.click(canvas.getByRole('link', { name: 'Pump 1 flow' }));
    await expect(await pageTitled(canvas, 'Pump 1 flow')).toBeVisible();
    await userEvent.click(canvas.getByRole('link', { name: 'Plant A settings' }));
    await expect(await pageTitled(canvas, 'Settings of plant-a')).toBeVisible();
  }),
};

export const UnknownStream404: Story = {
  name: 'Unknown stream (404)',
  render: () => <RoutesApp path="/streams" />,
  beforeEach: mockApi('notFound'),
  play: walk(async ({ canvas, userEvent }) => {
    await expectStreams(canvas);
    // Still listed, deleted since: its loader gets the service's 404.
    await userEvent.click(canvas.getByRole('link', { name: 'Tank 3 level' }));
    await expect(await pageTitled(canvas, "Error: Couldn't find this item")).toBeVisible();
    await expect(
      canvas.getByText('No stream with ID tank-03.level in namespace plant-a.'),
    ).toBeVisible();
    await expect(canvas.getByText(operationIds.notFound)).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Go back' })).toHaveAttribute('href', '/streams');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  }),
};

export const SignedOut401: Story = {
  name: 'Signed out (401), sign in and back',
  render: () => <RoutesApp path="/streams/pump-01.flow" />,
  beforeEach: mockApi('tokenExpires'),
  play: walk(async ({ canvas, userEvent, step }) => {
    await expect(await pageTitled(canvas, 'Error: Your session has expired')).toBeVisible();
    await expect(canvas.getByText(operationIds.signedOut)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    const signIn = canvas.getByRole('link', { name: 'Sign in' });
    await expect(signIn).toHaveAttribute('href', '/login?next=%2Fstreams%2Fpump-01.flow');
    await step('Follow the link, sign in, and land on the stream', async () => {
      await userEvent.click(signIn);
      await expect(await pageTitled(canvas, 'Sign in')).toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
      await expect(await pageTitled(canvas, 'Pump 1 flow')).toBeVisible();
    });
  }),
};

export const NoAccess403: Story = {
  name: 'No access to a namespace (403)',
  render: () => <RoutesApp path="/streams" />,
  beforeEach: mockApi('healthy'),
  play: walk(async ({ canvas, userEvent, step }) => {
    await expectStreams(canvas);
    await userEvent.click(canvas.getByRole('link', { name: 'Plant B settings' }));
    await expect(await pageTitled(canvas, "Error: You don't have access to this")).toBeVisible();
    await expect(
      canvas.getByText('Your account has no role that may read namespace plant-b.'),
    ).toBeVisible();
    await expect(canvas.getByText(operationIds.noRole)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await step('Request access: the app’s own action, a button', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Request access' }));
      await expect(await pageTitled(canvas, 'Access requested')).toBeVisible();
    });
  }),
};

export const Busy503: Story = {
  name: 'Busy (503), back after the retry',
  render: () => <RoutesApp path="/streams" />,
  beforeEach: mockApi('unavailable'),
  play: recovers('Warning: Service temporarily unavailable'),
};

export const Offline: Story = {
  name: 'Offline, then back',
  render: () => <RoutesApp path="/streams" />,
  beforeEach: mockApi('offline'),
  play: recovers("Error: Couldn't reach the service"),
};
