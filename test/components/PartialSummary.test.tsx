import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { readConnectError, toConnectError } from '../../src/core/connect-error';

const child = (id: string, StatusCode: number, Reason = `${id} failed.`) => ({
  Id: id,
  StatusCode,
  Reason,
  Resolution: 'Fix it and send it again.',
});

/** A bulk create: 12 items worked, 8 failed with three different statuses. */
const bulk = toConnectError({
  status: 207,
  body: {
    OperationId: 'op-bulk',
    Reason: 'Some streams were not created.',
    Data: Array.from({ length: 12 }, (_, i) => ({ Id: `ok${i}` })),
    ChildErrors: [
      child('s1', 409),
      child('s2', 409),
      child('s3', 409),
      child('s4', 409),
      child('s5', 400),
      child('s6', 400),
      child('s7', 403),
      child('s8', 409),
    ],
  },
});

describe('PartialSummary', () => {
  it('says how many of how many failed, in the alert and on the badge', () => {
    const small = toConnectError({
      status: 207,
      body: { Data: [1, 2], ChildErrors: [child('a', 409), child('b', 400), child('c', 400)] },
    });
    render(
      <>
        <StatusAlert status={small} />
        <StatusBadge status={small} />
      </>,
    );
    expect(screen.getAllByText('3 of 5 failed')).toHaveLength(2);
    // Three failures fit inline: no grouping, no disclosure.
    expect(screen.queryByText(/with code/)).toBeNull();
    expect(screen.queryByText(/^Show \d+ more$/)).toBeNull();
    expect(screen.getByText('a')).toBeVisible();
  });

  it('lists each failed item with its id, status, reason and what to do', () => {
    render(<StatusAlert status={bulk} />);
    const first = screen.getByText('s1').closest('li');
    expect(first).toHaveTextContent('s1 (409): s1 failed. Fix it and send it again.');
  });

  it('groups by status when many failed, shows five and hides the rest behind a disclosure', async () => {
    const user = userEvent.setup();
    render(<StatusAlert status={bulk} />);
    expect(screen.getByText('8 of 20 failed')).toBeVisible();
    expect(screen.getByText('5 with code 409')).toBeVisible();
    expect(screen.getByText('2 with code 400')).toBeVisible();
    expect(screen.getByText('1 with code 403')).toBeVisible();
    for (const id of ['s1', 's2', 's3', 's4', 's5']) expect(screen.getByText(id)).toBeVisible();
    for (const id of ['s6', 's7', 's8']) expect(screen.getByText(id)).not.toBeVisible();
    const more = screen.getByText('Show 3 more');
    await user.click(more);
    for (const id of ['s6', 's7', 's8']) expect(screen.getByText(id)).toBeVisible();
    expect(screen.getByText('op-bulk')).toBeVisible();
  });

  it('reads a 200 with Errors as a partial failure', () => {
    const result = toConnectError({
      status: 200,
      body: {
        Results: [{ Id: 'r1' }, { Id: 'r2' }, { Id: 'r3' }, { Id: 'r4' }],
        Errors: {
          OperationId: 'op-200',
          Reason: 'Two values were rejected.',
          ChildErrors: [child('v1', 400), child('v2', 404)],
        },
      },
    });
    render(<StatusAlert status={result} />);
    // A warning, so the alert is polite.
    const title = screen.getByText("Some items didn't go through");
    expect(title.closest('.rcs-alert')).toHaveAttribute('role', 'status');
    expect(screen.getByText('2 of 6 failed')).toBeVisible();
    expect(screen.getByText('Two values were rejected.')).toBeVisible();
  });

  it('names an item without an id "Item", and cuts a long item reason', async () => {
    const user = userEvent.setup();
    const long = Array.from({ length: 150 }, () => 'word').join(' ');
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: [{ StatusCode: 400, Reason: long }] },
    });
    render(<StatusAlert status={result} />);
    expect(screen.getByText('1 failed')).toBeVisible();
    const item = screen.getByText('Item').closest('li') as HTMLElement;
    expect(item.textContent?.length).toBeLessThan(long.length);
    await user.click(within(item).getByRole('button', { name: 'Show more' }));
    expect(item).toHaveTextContent(long);
  });

  it('says "at least" when the body was too big to read to the end', async () => {
    const ChildErrors = Array.from({ length: 3000 }, (_, i) => child(`s${i}`, 404));
    const body = JSON.stringify({ OperationId: 'op-big', Data: [1], ChildErrors });
    const response = new Response(body, {
      status: 207,
      headers: { 'Content-Type': 'application/json' },
    });
    const cut = await readConnectError(response, { maxBytes: 16 * 1024 });
    render(
      <>
        <StatusAlert status={cut} />
        <StatusBadge status={cut} />
      </>,
    );
    const counted = cut.partial?.failed ?? 0;
    expect(counted).toBeGreaterThan(10);
    expect(counted).toBeLessThan(3000);
    expect(screen.getAllByText(`At least ${counted} failed`)).toHaveLength(2);
  });
});
