import type { Range } from './api';

/**
 * The example app's own words: its headings, labels and buttons. The library's words (titles,
 * messages, advice, retry lines) come from its message catalog; these are what any app adds
 * around them, kept in one place as an app would keep them.
 */
export const copy = {
  dashboard: 'Streams dashboard',
  namespace: 'Namespace',
  streams: 'Streams',
  caption: (ns: string) => `Streams in ${ns}`,
  columns: { name: 'Stream', id: 'ID', value: 'Last value', status: 'Status', actions: 'Actions' },
  open: 'Open',
  loading: 'Loading…',
  pick: 'Open a stream to see its details.',
  details: 'Stream details',
  description: 'Description',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  reloadLatest: 'Reload latest version',
  signIn: 'Sign in again',
  values: 'Stored values',
  range: 'Time range',
  ranges: { '1h': 'Last hour', '24h': 'Last 24 hours', '30d': 'Last 30 days' } satisfies Record<
    Range,
    string
  >,
  valueCount: (count: string) => `${count} values`,
  create: 'New stream',
  streamId: 'Stream ID',
  name: 'Name',
  createButton: 'Create stream',
  creating: 'Creating…',
  openExisting: (name: string) => `Open ${name}`,
  import: 'Import streams',
  importHint: 'Line 4 streams from the commissioning sheet.',
  importButton: (count: number) => `Import ${count} streams`,
  importing: 'Importing…',
  results: 'Import results',
  item: 'Item',
  result: 'Result',
} as const;
