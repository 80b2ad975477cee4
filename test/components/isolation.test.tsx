import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

/** Characters of server text shown before 'Show more' (LongText). */
const SHORT_TEXT = 300;

import { ServerDetails } from '../../src/components/ServerDetails';
import { StatusAlert } from '../../src/components/StatusAlert';
import { toConnectError } from '../../src/core/connect-error';
import type { StatusDescriptor } from '../../src/core/types';
import { describeStatus } from '../../src/i18n/describe';
import { formatMessage } from '../../src/i18n/format';
import { en } from '../../src/i18n/locales/en';

/** Text of an element outside every <bdi>: our own words only. */
function ourWords(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const isolate of copy.querySelectorAll('bdi')) isolate.replaceWith('[server]');
  return copy.textContent ?? '';
}

const conflict = toConnectError({
  status: 207,
  headers: { 'Operation-Id': 'op-\u05D0\u05D1' },
  body: {
    Reason: 'Some items failed.',
    Resolution: 'Fix them.',
    ChildErrors: [
      { Id: 'שגיאה', StatusCode: 409, Reason: 'A clash.', Resolution: 'Reload.' },
      { StatusCode: 400, Reason: 'No id.' },
    ],
  },
});

describe('server text is isolated from our words', () => {
  it('each piece sits in its own <bdi>; ours stay outside', () => {
    const { container } = render(<StatusAlert status={conflict} />);
    const details = container.querySelector('.rcs-details') as HTMLElement;
    const isolated = [...details.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toEqual([
      'Some items failed.',
      'Fix them.',
      'op-\u05D0\u05D1',
      'שגיאה',
      'A clash.',
      'Reload.',
      'No id.',
    ]);
    const items = details.querySelectorAll('.rcs-partial__items li');
    expect(ourWords(items[0] as Element)).toBe('[server] (409): [server] [server]');
    // No id: our words "Item 2" (its place in the list), not isolated, as they are ours.
    expect(ourWords(items[1] as Element)).toBe(
      `${formatMessage(en.ui.itemAt, { position: 2 })} (400): [server]`,
    );
    expect(ourWords(details.querySelector('.rcs-details__operation') as Element)).toBe(
      `${en.ui.operationId}[server] ${en.ui.copy} `,
    );
    expect(ourWords(details.querySelector('.rcs-details__label') as Element)).toBe(
      en.ui.detailsFromService,
    );
  });

  it('holds for text that reached the component uncleaned (no core in between)', () => {
    const descriptor = {
      ...describeStatus(207),
      details: { operationId: 'op\u202E-1', reason: '\u202Efdp.exe' },
      partial: {
        failed: 1,
        items: [{ id: 'evil\u202E', status: 409, reason: '\u202Efdp.exe' }],
        groups: [{ status: 409, count: 1 }],
      },
    } as StatusDescriptor;
    const { container } = render(<ServerDetails descriptor={descriptor} messages={en} />);
    const item = container.querySelector('.rcs-partial__items li') as HTMLElement;
    const [id, reason] = item.querySelectorAll('bdi');
    // The controls are still there (nothing cleaned them), each inside its own isolate.
    expect(id?.textContent).toBe('evil\u202E');
    expect(reason?.textContent).toBe('\u202Efdp.exe');
    expect(ourWords(item)).toBe('[server] (409): [server]');
    expect(container.querySelector('.rcs-details__id > bdi')?.textContent).toBe('op\u202E-1');
  });

  it('a long reason and resolution are cut together, each still isolated', async () => {
    const user = userEvent.setup();
    const reason = `${'reason '.repeat(30)}end.`;
    const resolution = `${'resolution '.repeat(30)}end.`;
    const result = toConnectError({
      status: 207,
      body: { ChildErrors: [{ Id: 'a', StatusCode: 400, Reason: reason, Resolution: resolution }] },
    });
    render(<StatusAlert status={result} />);
    const item = screen.getByText('a').closest('li') as HTMLElement;
    const cut = [...item.querySelectorAll('bdi')].map((bdi) => bdi.textContent ?? '');
    expect(cut[1]).toBe(reason);
    expect(cut[2]?.endsWith('…')).toBe(true);
    expect(cut.slice(1).join(' ').length).toBeLessThanOrEqual(SHORT_TEXT + 1);
    await user.click(within(item).getByRole('button', { name: en.ui.showMore }));
    const open = [...item.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(open).toEqual(['a', reason, resolution]);
  });
});
