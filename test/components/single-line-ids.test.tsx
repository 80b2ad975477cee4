import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { toConnectError } from '../../src/core/connect-error';
import { ConnectStatusProvider } from '../../src/hooks/provider';

/*
 * An operation id with line breaks in it, as a person and monitoring meet it: on screen, on the
 * clipboard and in a status event, always on one line.
 */

const HAS_BREAK = /[\r\n\u0085\u2028\u2029]/;
const ONE_LINE = 'op-1 ERROR payment failed';

const bulk = toConnectError({
  status: 207,
  headers: { 'operation-id': 'op-1\r\nERROR payment failed' },
  body: {
    ChildErrors: [
      { Id: 's-1\nERROR x', StatusCode: 409, Reason: 'Exists.' },
      { Id: 's-2\u2028y', StatusCode: 409, Reason: 'Exists.' },
    ],
  },
});

describe('an operation id on one line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is shown, copied and sent in events without line breaks', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const onStatus = vi.fn();
    render(
      <ConnectStatusProvider onStatus={onStatus}>
        <StatusAlert status={bulk} />
      </ConnectStatusProvider>,
    );
    const id = document.querySelector('.rcs-details__id');
    expect(id?.textContent).toBe(ONE_LINE);
    await user.click(screen.getByRole('button', { name: 'Copy operation ID' }));
    expect(writeText).toHaveBeenCalledWith(ONE_LINE);
    expect(onStatus).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'shown', operationId: ONE_LINE }),
    );
    for (const [event] of onStatus.mock.calls) {
      expect(HAS_BREAK.test(event.operationId ?? '')).toBe(false);
    }
  });

  it('shows failed items by their ids on one line', () => {
    render(<StatusAlert status={bulk} />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('s-1 ERROR x');
    expect(items[1]).toContain('s-2 y');
    for (const item of items) expect(HAS_BREAK.test(item)).toBe(false);
  });
});
