import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import { API, mockApi, operationIds } from '../mocks';
import {
  copyOperationId,
  expectNoMessage,
  findMessage,
  SLOW,
  type Walk,
  walk,
  watchConsole,
} from './play-helpers';
import { StreamList } from './recipes/fetch';
import { createQueryClient, StreamListQuery } from './recipes/tanstack';

/**
 * The fetch and TanStack Query recipes from Docs/Recipes, run as written against the mock API.
 * If a snippet on that page stops working, these stories fail.
 */
const meta = {
  title: 'Examples/Recipes',
  tags: ['!autodocs'],
  beforeEach: watchConsole,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const streams = (ns: string) => `${API}/namespaces/${ns}/streams`;

/** A QueryClient per story, as the recipe makes it. */
function WithQuery({ url }: { url: string }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <StreamListQuery url={url} />
    </QueryClientProvider>
  );
}

const recovers = (title: string): Walk =>
  walk(async ({ canvas }) => {
    await findMessage(canvas, title);
    await expect(await canvas.findByText('Pump 1 flow', {}, SLOW)).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
    await expectNoMessage(canvas, title);
  });

const noAccess: Walk = walk(async ({ canvas, userEvent }) => {
  const message = await findMessage(canvas, "You don't have access to this");
  await expect(within(message).queryByRole('button', { name: 'Try again' })).toBeNull();
  await copyOperationId(message, userEvent, operationIds.noRole);
});

export const FetchBusyThenBack: Story = {
  name: 'fetch: busy (503), back after Retry-After',
  render: () => <StreamList url={streams('plant-a')} />,
  beforeEach: mockApi('unavailable'),
  play: recovers('Service temporarily unavailable'),
};

export const FetchOffline: Story = {
  name: 'fetch: offline, then back',
  render: () => <StreamList url={streams('plant-a')} />,
  beforeEach: mockApi('offline'),
  play: recovers("Couldn't reach the service"),
};

export const FetchNoAccess: Story = {
  name: 'fetch: no access (403)',
  render: () => <StreamList url={streams('plant-b')} />,
  beforeEach: mockApi('healthy'),
  play: noAccess,
};

export const QueryBusyThenBack: Story = {
  name: 'TanStack Query: busy (503), back after Retry-After',
  render: () => <WithQuery url={streams('plant-a')} />,
  beforeEach: mockApi('unavailable'),
  play: recovers('Service temporarily unavailable'),
};

export const QueryOffline: Story = {
  name: 'TanStack Query: offline, then back',
  render: () => <WithQuery url={streams('plant-a')} />,
  beforeEach: mockApi('offline'),
  play: recovers("Couldn't reach the service"),
};

export const QueryNoAccess: Story = {
  name: 'TanStack Query: no access (403)',
  render: () => <WithQuery url={streams('plant-b')} />,
  beforeEach: mockApi('healthy'),
  play: noAccess,
};
