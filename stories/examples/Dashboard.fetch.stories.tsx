import type { Meta, StoryObj } from '@storybook/react-vite';
import { Dashboard } from './Dashboard';
import { fetchLayer } from './fetch-layer';
import { watchConsole } from './play-helpers';
import { busy, shared } from './stories';

/**
 * The dashboard with plain `fetch`: failed responses become ConnectErrors (`readConnectError`),
 * and `useConnectStatus` drives the badges, alerts and retries. Every request goes to a mock
 * CONNECT API (MSW); each story picks how it misbehaves.
 */
const meta = {
  title: 'Examples/Dashboard/Fetch',
  render: () => <Dashboard layer={fetchLayer} />,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  beforeEach: watchConsole,
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Healthy: Story = { name: 'Everything works', ...shared.healthy };
export const Busy503: Story = { name: 'Busy (503), back after the countdown', ...busy('wait') };
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
