import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { StatusBadge } from '../../src/components/StatusBadge';
import { readConnectError, toConnectError } from '../../src/core/connect-error';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { de } from '../../src/i18n/locales/de';

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

  it('says a resolution items of one status share once, on the first of them', () => {
    render(<StatusAlert status={bulk} />);
    const line = (id: string) => screen.getByText(id).closest('li')?.textContent;
    // s1–s4 and s8 are 409s with the same resolution: said once, by s1.
    expect(line('s1')).toBe('s1 (409): s1 failed. Fix it and send it again.');
    expect(line('s2')).toBe('s2 (409): s2 failed.');
    expect(line('s8')).toBe('s8 (409): s8 failed.');
    // Another status says it again: it is another group.
    expect(line('s5')).toBe('s5 (400): s5 failed. Fix it and send it again.');
    expect(line('s6')).toBe('s6 (400): s6 failed.');
    expect(line('s7')).toBe('s7 (403): s7 failed. Fix it and send it again.');
  });

  it('shows the counts per status as "409 × 5" and says them in words', () => {
    const { container } = render(<StatusAlert status={bulk} />);
    const pills = [...container.querySelectorAll('.rcs-partial__groups > li')];
    expect(pills.map((pill) => pill.querySelector('[aria-hidden="true"]')?.textContent)).toEqual([
      '409 × 5',
      '400 × 2',
      '403 × 1',
    ]);
    expect(pills.map((pill) => pill.querySelector('.rcs-visually-hidden')?.textContent)).toEqual([
      '5 with code 409',
      '2 with code 400',
      '1 with code 403',
    ]);
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

  it('names an item without an id by its place, and cuts a long item reason', async () => {
    const user = userEvent.setup();
    const long = Array.from({ length: 150 }, () => 'word').join(' ');
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: [{ StatusCode: 400, Reason: long }] },
    });
    render(<StatusAlert status={result} />);
    expect(screen.getByText('1 failed')).toBeVisible();
    const item = screen.getByText('Item 1').closest('li') as HTMLElement;
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

/** The failed items' lines, as a person reads them. */
const lines = () => screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
/** A line that starts with a bare number, "0 (409)": what a person cannot place. */
const BARE = /^\d+ \(/;

describe('PartialSummary: failed items a person recognises', () => {
  it('names items of ChildErrors keyed by position by their place, counted from 1', () => {
    const result = toConnectError({
      status: 207,
      body: {
        ChildErrors: {
          '0': { StatusCode: 409, Reason: 'Exists with another type.' },
          '1': { StatusCode: 400, Reason: 'Unknown type.' },
        },
      },
    });
    render(<StatusAlert status={result} />);
    expect(lines()).toEqual([
      'Item 1 (409): Exists with another type.',
      'Item 2 (400): Unknown type.',
    ]);
    expect(lines().some((line) => BARE.test(line))).toBe(false);
  });

  it('keeps the place in the request when only some items failed', () => {
    const result = toConnectError({
      status: 207,
      body: {
        Data: [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }],
        ChildErrors: { '1': { StatusCode: 409 }, '4': { StatusCode: 400 } },
      },
    });
    render(<StatusAlert status={result} />);
    expect(screen.getByText('2 of 5 failed')).toBeVisible();
    expect(lines()).toEqual(['Item 2 (409)', 'Item 5 (400)']);
  });

  it('names items of an array without ids by their place, and keeps the ids it has', () => {
    const result = toConnectError({
      status: 207,
      body: {
        ChildErrors: [
          { StatusCode: 409 },
          { StreamId: 'stream-a', StatusCode: 400 },
          null, // a place in the request that did not fail
          { StatusCode: 404 },
        ],
      },
    });
    render(<StatusAlert status={result} />);
    expect(lines()).toEqual(['Item 1 (409)', 'stream-a (400)', 'Item 4 (404)']);
    // A real id is the service's text: isolated. "Item 1" is ours: not.
    expect(screen.getByText('stream-a').tagName).toBe('BDI');
    expect(screen.getByText('Item 1').tagName).toBe('SPAN');
  });

  it('does not take a list of only the failures, beside items that worked, for places', () => {
    const result = toConnectError({
      status: 207,
      body: {
        Data: [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }],
        ChildErrors: [{ StatusCode: 409 }, { StatusCode: 400 }],
      },
    });
    render(<StatusAlert status={result} />);
    // The failures could be any two of five: no "Item 1" that might name the wrong one.
    expect(lines()).toEqual(['Item (409)', 'Item (400)']);
  });

  it('keeps real ids as they are: keys that are ids, and numbers that cannot be places', () => {
    const byId = toConnectError({
      status: 207,
      body: {
        ChildErrors: {
          'stream-a': { StatusCode: 409 },
          'stream-b': { Id: 'stream-b2', StatusCode: 400 },
        },
      },
    });
    const { unmount } = render(<StatusAlert status={byId} />);
    expect(lines()).toEqual(['stream-a (409)', 'stream-b2 (400)']);
    unmount();
    // Three items worked and two failed: keys 1001 and 1002 are no places in five items.
    const numericIds = toConnectError({
      status: 207,
      body: { Data: [1, 2, 3], ChildErrors: { '1001': { StatusCode: 409 }, '1002': {} } },
    });
    render(<StatusAlert status={numericIds} />);
    expect(lines()).toEqual(['1001 (409)', '1002']);
  });

  it('says it in German', () => {
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: { '0': { StatusCode: 409 }, '1': { StatusCode: 400 } } },
    });
    render(
      <ConnectStatusProvider messages={de}>
        <StatusAlert status={result} />
      </ConnectStatusProvider>,
    );
    expect(lines()).toEqual(['Eintrag 1 (409)', 'Eintrag 2 (400)']);
  });

  it('uses the name the app gives from what it sent, as isolated plain text', () => {
    const sent = [{ StreamId: 'pump-1' }, { StreamId: 'pump-2' }, { StreamId: 'pump-3' }];
    const result = toConnectError({
      status: 207,
      body: {
        ChildErrors: {
          '0': { StatusCode: 409 },
          '2': { StatusCode: 400 },
          '7': { StatusCode: 404 },
        },
      },
    });
    const seen: unknown[] = [];
    const itemName = (item: { id?: string; position?: number; status?: number }) => {
      seen.push(item);
      return item.position ? sent[item.position - 1]?.StreamId : undefined;
    };
    render(<StatusAlert status={result} itemName={itemName} />);
    // An item the app cannot name keeps the default name.
    expect(lines()).toEqual(['pump-1 (409)', 'pump-3 (400)', 'Item 8 (404)']);
    expect(screen.getByText('pump-1').tagName).toBe('BDI');
    expect(seen).toContainEqual({ id: undefined, position: 1, status: 409 });
  });

  it('keeps the default name when itemName throws, returns junk, or is no function', () => {
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: { '0': { StatusCode: 409 }, '1': { Id: 'stream-b', StatusCode: 400 } } },
    });
    const junk: unknown[] = [
      undefined,
      null,
      '',
      '   ',
      {},
      ['pump'],
      Symbol('pump'),
      () => 'pump',
      Promise.resolve('pump'),
      Number.NaN,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
        },
      ),
    ];
    const throwing = () => {
      throw new Error('boom');
    };
    for (const itemName of [throwing, 'pump', 42, ...junk.map((value) => () => value)]) {
      const { unmount } = render(
        <StatusAlert status={result} itemName={itemName as () => string} />,
      );
      expect(lines()).toEqual(['Item 1 (409)', 'stream-b (400)']);
      unmount();
    }
  });

  it('cleans the name like server text: no controls, no reordering, cut to length', () => {
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: [{ StatusCode: 409 }, { StatusCode: 400 }] },
    });
    const names = ['\u202Epump\u0000-1 ', 'x'.repeat(500)];
    render(
      <StatusAlert
        status={result}
        itemName={({ position }) => (position ? names[position - 1] : undefined)}
      />,
    );
    expect(lines()[0]).toBe('pump-1 (409)');
    expect(lines()[1]).toBe(`${'x'.repeat(200)}… (400)`);
  });
});
