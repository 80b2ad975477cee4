import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { describeStatus, StatusBadge, type StatusBadgeStatusProps } from '../src';
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
    // The icon is the badge's background image (decorative, one element per badge): check it
    // is there and drawn in the badge's own text colour, in this theme.
    const style = getComputedStyle(badge as Element);
    await expect(style.backgroundImage).toContain('data:image/svg+xml');
    await expect(style.backgroundImage).toContain(`fill='%23${hex(style.color)}'`);
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
