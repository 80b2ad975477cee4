import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { StatusAlert, type StatusAlertStatusProps, StatusBadge } from '../src';
import { ja } from '../src/i18n/locales/ja';
import {
  abortReason,
  axiosConflict,
  bulkErrors,
  created,
  failedByPosition,
  hostileHtml,
  json,
  longReason,
  reply,
  sentStreams,
  thrown,
  timeoutReason,
  twoFailedValues,
} from './connect-responses';

/** The alert holding a title, and its role: errors interrupt, the rest are polite. */
const roleOf = (title: HTMLElement) => title.closest('.rcs-alert')?.getAttribute('role');

const meta = {
  title: 'Components/StatusAlert/CONNECT responses',
  component: StatusAlert,
  render: (args, { loaded }) => <StatusAlert {...args} status={loaded.status} />,
} satisfies Meta<StatusAlertStatusProps>;
export default meta;
type Story = StoryObj<StatusAlertStatusProps>;

/** The documented 400 body: Error, Reason and Resolution, and no operation id. */
export const BadRequestWithReason: Story = {
  loaders: [
    json(400, {
      Error: 'The request is not valid.',
      Reason: 'Exceeded the maximum return count of 2500000 events.',
      Resolution: 'Reduce query size and resubmit the request.',
    }),
  ],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText("Couldn't process this request"))).toBe('alert');
    await expect(canvas.getByText('Details from the service')).toBeVisible();
    await expect(canvas.getByText(/^Exceeded the maximum return count/)).toBeVisible();
    await expect(canvas.getByText('Reduce query size and resubmit the request.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Copy operation ID' })).toBeNull();
  },
};

/** camelCase fields, and the operation id only in the `Operation-Id` header. */
export const NotFoundCamelCaseWithOperationId: Story = {
  loaders: [
    json(
      404,
      {
        error: 'Not found.',
        reason: 'Stream "pump-7" does not exist in namespace "plant-a".',
        resolution: 'Check the stream ID and the namespace.',
      },
      { 'Operation-Id': '0HN7A2B3C4D5E:00000002' },
    ),
  ],
  play: async ({ canvas, userEvent }) => {
    await expect(roleOf(canvas.getByText("Couldn't find this item"))).toBe('alert');
    await expect(canvas.getByText(/^Stream "pump-7" does not exist/)).toBeVisible();
    await expect(canvas.getByText('0HN7A2B3C4D5E:00000002')).toBeVisible();
    const copy = canvas.getByRole('button', { name: 'Copy operation ID' });
    await expect(copy).toHaveAttribute('title', 'Copy operation ID');
    await userEvent.click(copy);
    // Copied, or (clipboard refused in a headless browser) selected with a hint: both are honest.
    await waitFor(() =>
      expect(canvas.getByText(/^(Copied|Select the ID and copy it)$/)).toBeVisible(),
    );
  },
};

/** A bulk create: 12 streams made, 8 failed with three statuses. Five inline, three behind. */
export const BulkCreatePartlyFailed: Story = {
  loaders: [
    json(207, {
      OperationId: 'op-bulk-207',
      Reason: 'Some streams could not be created.',
      Data: created(12),
      ChildErrors: bulkErrors,
    }),
  ],
  play: async ({ canvas, userEvent }) => {
    // A warning is polite: the alert is a status region, not an interruption.
    await expect(roleOf(canvas.getByText("Some items didn't go through"))).toBe('status');
    await expect(canvas.getByText('8 of 20 failed')).toBeVisible();
    await expect(canvas.getByText('5 with code 409')).toBeVisible();
    await expect(canvas.getByText('2 with code 400')).toBeVisible();
    await expect(canvas.getByText('1 with code 403')).toBeVisible();
    for (const id of ['pump-1', 'pump-2', 'pump-3', 'valve-1', 'valve-2']) {
      await expect(canvas.getByText(id)).toBeVisible();
    }
    await expect(canvas.getByText('meter-1')).not.toBeVisible();
    await userEvent.click(canvas.getByText('Show 3 more'));
    for (const id of ['meter-1', 'meter-2', 'meter-3']) {
      await expect(canvas.getByText(id)).toBeVisible();
    }
  },
};

/** The failed items' lines, as a person reads them. */
const itemLines = (canvas: { getAllByRole: (role: 'listitem') => HTMLElement[] }) =>
  canvas.getAllByRole('listitem').map((item) => item.textContent ?? '');

/**
 * ChildErrors keyed by place in the request ("0", "2"), not by id: the items are named by their
 * place counted from 1, "Item 1" and "Item 3", never a bare "0".
 */
export const PartlyFailedByPosition: Story = {
  loaders: [
    json(207, { OperationId: 'op-bulk-places', Data: created(2), ChildErrors: failedByPosition }),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByText('2 of 4 failed')).toBeVisible();
    await expect(canvas.getByText('Item 1')).toBeVisible();
    await expect(canvas.getByText('Item 3')).toBeVisible();
    const lines = itemLines(canvas);
    await expect(lines).toEqual([
      'Item 1 (409): A stream with this ID exists with another type.',
      'Item 3 (400): The type "ValveV9" does not exist.',
    ]);
    for (const line of lines) await expect(line).not.toMatch(/^\d+ \(/);
    await expect(canvas.queryByText(/^0 \(/)).toBeNull();
  },
};

/** The same answer, named by the app from what it sent (`itemName`): the stream ids. */
export const PartlyFailedNamedByApp: Story = {
  ...PartlyFailedByPosition,
  args: { itemName: ({ position }) => (position ? sentStreams[position - 1] : undefined) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('pump-1')).toBeVisible();
    await expect(itemLines(canvas)).toEqual([
      'pump-1 (409): A stream with this ID exists with another type.',
      'valve-1 (400): The type "ValveV9" does not exist.',
    ]);
    await expect(canvas.queryByText(/^Item \d/)).toBeNull();
  },
};

/** Some endpoints answer 200 and list what failed under `Errors`. */
export const OkWithErrors: Story = {
  loaders: [
    json(200, {
      Results: created(4),
      Errors: {
        OperationId: 'op-200-errors',
        Error: 'Some values were not written.',
        Reason: 'Two values are outside the stream index range.',
        ChildErrors: twoFailedValues,
      },
    }),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByText("Some items didn't go through")).toBeVisible();
    await expect(canvas.getByText('2 of 6 failed')).toBeVisible();
    await expect(canvas.getByText('value-17')).toBeVisible();
    await expect(canvas.getByText('op-200-errors')).toBeVisible();
  },
};

/** Not every error body is JSON: plain text is shown as it came, trimmed. */
export const ServerErrorPlainText: Story = {
  loaders: [
    reply(500, '  Internal Server Error. Correlation 7f3a.\n', { 'Content-Type': 'text/plain' }),
  ],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText('Something failed on our side'))).toBe('alert');
    await expect(canvas.getByText('Internal Server Error. Correlation 7f3a.')).toBeVisible();
  },
};

/** RFC 9457 problem details from another API behind the same client. */
export const ProblemJson: Story = {
  loaders: [
    reply(
      429,
      JSON.stringify({
        type: 'https://example.com/problems/quota',
        title: 'Quota exceeded',
        status: 429,
        detail: 'This tenant used all 5000 requests allowed this hour.',
        instance: '/tenants/t1/namespaces/n1/streams',
      }),
      { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Too many requests right now')).toBeVisible();
    await expect(
      canvas.getByText('Try again after the 30 s pause the service asked for.'),
    ).toBeVisible();
    await expect(canvas.getByText(/^This tenant used all 5000 requests/)).toBeVisible();
  },
};

/** Long server text is cut for real; Show more reveals it, Show less hides it again. */
export const LongReason: Story = {
  loaders: [json(400, { Reason: longReason })],
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.queryByText(longReason)).toBeNull();
    const more = canvas.getByRole('button', { name: 'Show more' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    await expect(canvas.getByText(longReason)).toBeVisible();
    const less = canvas.getByRole('button', { name: 'Show less' });
    await expect(less).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(less);
    await expect(canvas.queryByText(longReason)).toBeNull();
  },
};

/** A gateway's HTML error page: every tag stays visible text, nothing runs. */
export const HostileHtmlBody: Story = {
  loaders: [reply(502, hostileHtml, { 'Content-Type': 'text/html' })],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText(hostileHtml)).toBeVisible();
    await expect(canvasElement.querySelector('script, img, h1')).toBeNull();
    await expect((window as { pwned?: unknown }).pwned).toBeUndefined();
  },
};

/** fetch rejects with a TypeError when no response arrives (offline, DNS, CORS). */
export const Offline: Story = {
  loaders: [thrown(() => new TypeError('Failed to fetch'))],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText("Couldn't reach the service"))).toBe('alert');
  },
};

/** The real reason `AbortSignal.timeout()` gives: a TimeoutError. */
export const Timeout: Story = {
  loaders: [thrown(timeoutReason)],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText('Stopped waiting for an answer'))).toBe('status');
  },
};

/** The real reason an `AbortController` gives: an AbortError. */
export const Aborted: Story = {
  loaders: [thrown(abortReason)],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText('Request cancelled'))).toBe('status');
  },
};

/** What axios rejects with: the parsed body on `response.data`, the method on `config`. */
export const AxiosError: Story = {
  loaders: [thrown(axiosConflict)],
  play: async ({ canvas }) => {
    await expect(roleOf(canvas.getByText('This clashes with an existing item'))).toBe('alert');
    await expect(canvas.getByText('A type "Pump" exists with another definition.')).toBeVisible();
    await expect(canvas.getByText('op-409')).toBeVisible();
  },
};

/** In a table, a partial failure says how many failed instead of a bare "Partly failed". */
export const BadgeRowForPartialFailure: Story = {
  loaders: [json(207, { Data: created(5), ChildErrors: bulkErrors.slice(0, 3) })],
  render: (_args, { loaded }) => (
    <table>
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Pumps, plant A</th>
          <td>
            <StatusBadge status={loaded.status} />
          </td>
        </tr>
      </tbody>
    </table>
  ),
  play: async ({ canvas }) => {
    const label = canvas.getByText('3 of 8 failed');
    await expect(label).toBeVisible();
    await expect(label.closest('.rcs-badge')).toHaveAccessibleDescription(
      "Some items didn't go through",
    );
  },
};

/**
 * Japanese from the toolbar (`react-connect-status/locales/ja`): the state's words, the details'
 * labels and the buttons change; the service's own text stays as it came, in its own language.
 */
export const Japanese: Story = {
  globals: { locale: 'ja' },
  args: { onRetry: () => {} },
  loaders: [
    json(500, {
      OperationId: 'op-7f3a9c',
      Error: 'Internal error',
      Reason: 'The stream store did not answer.',
      Resolution: 'Try again later.',
    }),
  ],
  play: async ({ canvas, canvasElement }) => {
    const { title, message } = ja.states['500'];
    const region = canvas.getByRole('alert');
    await expect(region).toHaveTextContent(title);
    await expect(canvas.getByText(message)).toBeVisible();
    await expect(canvas.getByText(ja.ui.detailsFromService)).toBeVisible();
    await expect(canvas.getByText('The stream store did not answer.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: ja.ui.retry })).toBeVisible();
    await expect(canvas.getByRole('button', { name: ja.ui.copy })).toBeVisible();
    // Every line of ours wraps inside the alert: nothing cut off or spilling out.
    for (const text of canvasElement.querySelectorAll<HTMLElement>('.rcs-alert :is(h2, p, dt)')) {
      await expect(text.scrollWidth, text.textContent ?? '').toBeLessThanOrEqual(
        text.clientWidth + 1,
      );
    }
  },
};
