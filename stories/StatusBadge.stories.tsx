import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect } from 'storybook/test';
import {
  type ConnectStatus,
  describeStatus,
  StatusBadge,
  type StatusBadgeStatusProps,
} from '../src';
import { bulkErrors, created, json } from './connect-responses';
import { documentedArgTypes } from './docs/arg-types';
import { everyState, statusControl } from './states';

const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 503, showCode: false, size: 'md' },
  // Descriptions, types and defaults as in the README's props reference.
  argTypes: documentedArgTypes('StatusBadge', {
    status: statusControl,
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  }),
} satisfies Meta<StatusBadgeStatusProps>;
export default meta;
type Story = StoryObj<StatusBadgeStatusProps>;

/** `rgb(130, 7, 30)` → `82071e`. */
const hex = (rgb: string) =>
  (rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

/** One story per CONNECT code: the short label shows, the full title is the description. */
const code = (status: number): Story => ({
  args: { status },
  play: async ({ canvas }) => {
    const { label, title, severity } = describeStatus(status);
    const text = canvas.getByText(label);
    await expect(text).toBeVisible();
    const badge = text.closest('.rcs-badge');
    await expect(badge).toHaveAttribute('data-severity', severity);
    // The icon is a mask on the badge's ::before (decorative, no element of its own): check it
    // is there and filled with the badge's own text colour, in this theme.
    const icon = getComputedStyle(badge as Element, '::before');
    await expect(icon.maskImage).toContain('data:image/svg+xml');
    await expect(hex(icon.backgroundColor)).toBe(hex(getComputedStyle(badge as Element).color));
    await expect(badge).toHaveAccessibleDescription(title);
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

export const WithCode: Story = {
  args: { status: 404, showCode: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Not found')).toBeVisible();
    await expect(canvas.getByText('Code 404')).toBeVisible();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <p style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <StatusBadge {...args} size="sm" />
      <StatusBadge {...args} size="md" />
      <StatusBadge {...args} size="lg" />
    </p>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Unavailable')).toHaveLength(3);
  },
};

/** Every state side by side, as in a dashboard table. */
export const AllStates: Story = {
  render: (args) => (
    <table>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Badge</th>
        </tr>
      </thead>
      <tbody>
        {everyState.map(({ name, status }) => (
          <tr key={name}>
            <td>{name}</td>
            <td>
              <StatusBadge {...args} status={status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  args: { showCode: true },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('row')).toHaveLength(everyState.length + 1);
    for (const { status } of everyState) {
      await expect(canvas.getAllByText(describeStatus(status).label).length).toBeGreaterThan(0);
    }
  },
};

/**
 * A retry 12 s away, as a controller an app's own retry loop could build: fixed, so the picture
 * holds still. In an app, `useConnectStatus` gives the ticking one.
 */
const retryIn12s: ConnectStatus = {
  descriptor: describeStatus(503),
  retryState: 'scheduled',
  attempt: 1,
  maxAttempts: 3,
  retryInMs: 12_000,
  delayMs: 30_000,
  retryAt: Date.now() + 12_000,
  waitingForConnection: false,
  canRetry: true,
  willAutoRetry: true,
  retry: () => {},
  cancel: () => {},
};

const dense = {
  padding: '2px 8px',
  textAlign: 'start',
  borderBlockEnd: '1px solid #8884',
} as const;

/**
 * In a dense 13 px table, as dashboards set them: the badge (12 px text, 18.5 px tall) is no
 * taller than 1.5 × the table's text, codes are smaller tabular digits, and a countdown is a
 * glyph and seconds, in place of the code, so the badge stays about as wide as the others.
 */
export const InADenseTable: Story = {
  parameters: { screenshot: { still: true, rtl: true } },
  loaders: [json(207, { Data: created(5), ChildErrors: bulkErrors.slice(0, 3) })],
  render: (_args, { loaded }) => {
    const rows: [string, string, ReactNode][] = [
      ['Pump 1 flow', '42.5 m³/h', <StatusBadge key="a" status={200} showCode />],
      ['Pump 1 pressure', '3.2 bar', <StatusBadge key="b" status={202} showCode />],
      ['Tank 3 level', '—', <StatusBadge key="c" status={404} showCode />],
      ['Boiler 2 temperature', '—', <StatusBadge key="d" status={401} showCode />],
      ['Valve 7 position', '—', <StatusBadge key="e" status={409} showCode />],
      ['Meter 2 energy', '—', <StatusBadge key="f" controller={retryIn12s} showCode />],
      ['Pumps, plant A import', '5 created', <StatusBadge key="g" status={loaded.status} />],
    ];
    return (
      <table style={{ fontSize: 13, lineHeight: 1.5, borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={dense} scope="col">
              Stream
            </th>
            <th style={dense} scope="col">
              Last value
            </th>
            <th style={dense} scope="col">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value, badge]) => (
            <tr key={name}>
              <th style={{ ...dense, fontWeight: 500 }} scope="row">
                {name}
              </th>
              <td style={dense}>{value}</td>
              <td style={dense}>{badge}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
  play: async ({ canvas }) => {
    const rows = canvas.getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(7);
    const badges = rows.map((row) => row.querySelector('.rcs-badge') as HTMLElement);
    for (const badge of badges) {
      // At most 1.5 × the table's 13 px text: the badge never sets the row's height.
      await expect(badge.getBoundingClientRect().height).toBeLessThanOrEqual(13 * 1.5);
      // The icon 4 px from the label (0.35em of 12 px).
      const gap = Number.parseFloat(getComputedStyle(badge, '::before').marginInlineEnd);
      await expect(gap).toBeGreaterThanOrEqual(3.5);
      await expect(gap).toBeLessThanOrEqual(5);
    }
    await expect(canvas.getByText('3 of 8 failed')).toBeVisible();
    const counting = canvas.getByTitle('Service temporarily unavailable');
    await expect(counting).toHaveTextContent('↻ 12 s');
    // While it counts down, the code gives way: at most 1.3 × the widest other badge.
    const width = (badge: HTMLElement) => badge.getBoundingClientRect().width;
    const widest = Math.max(...badges.filter((badge) => badge !== counting).map(width));
    await expect(width(counting)).toBeLessThanOrEqual(1.3 * widest);
    // The code: smaller and lighter than the label, so it reads as a second level.
    const code = badges[0]?.querySelector('.rcs-badge__code') as HTMLElement;
    await expect(Number.parseFloat(getComputedStyle(code).fontSize)).toBeLessThan(12);
  },
};

/**
 * Japanese from the toolbar (`react-connect-status/locales/ja`), every state in a dense 13 px
 * table: each label stays on one line, whole, and no taller than 1.5 × the table's text.
 */
export const JapaneseInADenseTable: Story = {
  globals: { locale: 'ja' },
  parameters: { screenshot: { still: true } },
  render: () => (
    <table lang="ja" style={{ fontSize: 13, lineHeight: 1.5, borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th style={dense} scope="col">
            入力
          </th>
          <th style={dense} scope="col">
            状態
          </th>
        </tr>
      </thead>
      <tbody>
        {everyState.map(({ name, status }) => (
          <tr key={name}>
            <th style={{ ...dense, fontWeight: 500 }} scope="row">
              {name}
            </th>
            <td style={dense}>
              <StatusBadge status={status} showCode />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async ({ canvas }) => {
    const badges = canvas
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        return row.querySelector('.rcs-badge') as HTMLElement;
      });
    await expect(badges).toHaveLength(everyState.length);
    await expect(canvas.getByTitle('サービスが一時的に利用不可')).toBeVisible();
    for (const badge of badges) {
      const label = badge.textContent ?? '';
      // One line: no taller than 1.5 × the table's 13 px text; nothing cut off or spilling out.
      await expect(badge.getBoundingClientRect().height, label).toBeLessThanOrEqual(13 * 1.5);
      await expect(badge.scrollWidth, label).toBeLessThanOrEqual(badge.clientWidth + 1);
      await expect(label).not.toMatch(/[A-Za-z]{3,}/); // no English left (codes are digits)
    }
  },
};
