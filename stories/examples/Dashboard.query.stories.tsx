import type { Meta, StoryObj } from '@storybook/react-vite';
import { Dashboard } from './Dashboard';
import { watchConsole } from './play-helpers';
import { queryLayer } from './query-layer';
import { busy, shared } from './stories';

/**
 * The same dashboard with TanStack Query: `useQuery`'s error goes to `useConnectStatus`, and a
 * retry is `refetch({ throwOnError: true })`. Each story gets its own QueryClient with
 * `retry: false`, so only one retry policy is in charge.
 */
const meta = {
  title: 'Examples/Dashboard/TanStack Query',
  render: () => <Dashboard layer={queryLayer} />,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  beforeEach: watchConsole,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Healthy: Story = { name: 'Everything works', ...shared.healthy };
export const Busy503: Story = { name: 'Busy (503), Retry now', ...busy('retry-now') };
export const Offline: Story = { name: 'Offline, then back', ...shared.offline };
export const SessionExpired401: Story = { name: 'Session expired (401)', ...shared.sessionExpired };
export const NoAccess403: Story = { name: 'No access to a namespace (403)', ...shared.noAccess };
export const UnknownStream404: Story = { name: 'Deleted stream (404)', ...shared.unknownStream };
export const ServerError500: Story = {
  name: 'Server error (500), operation ID',
  ...shared.serverError,
};
export const LargeRead408: Story = { name: 'Large read times out (408)', ...shared.largeRead };
export const StaleSave412: Story = { name: 'Save after someone else (412)', ...shared.staleSave };
export const BulkImport207: Story = { name: 'Bulk import, some fail (207)', ...shared.bulkImport };
export const CreateExisting302: Story = {
  name: 'Create: already there (302)',
  ...shared.createExisting,
};
export const CreateConflict409: Story = { name: 'Create: clashes (409)', ...shared.createConflict };
