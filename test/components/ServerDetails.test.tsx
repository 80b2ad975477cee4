import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Characters of server text shown before 'Show more' (LongText). */
const SHORT_TEXT = 300;

import { StatusAlert } from '../../src/components/StatusAlert';
import { toConnectError } from '../../src/core/connect-error';

const documented400 = toConnectError({
  status: 400,
  body: {
    Error: 'The request is not valid.',
    Reason: 'Exceeded the maximum return count of 2500000 events.',
    Resolution: 'Reduce query size and resubmit the request.',
  },
});

const withId = (id = 'op-7f3a') =>
  toConnectError({ status: 500, headers: { 'Operation-Id': id }, body: { Reason: 'Boom.' } });

const words = (n: number, word = 'reason') => Array.from({ length: n }, () => word).join(' ');

describe('ServerDetails: the service’s words', () => {
  it('shows reason and resolution under "Details from the service"', () => {
    render(<StatusAlert status={documented400} />);
    expect(screen.getByText('Details from the service')).toBeVisible();
    expect(screen.getByText('Exceeded the maximum return count of 2500000 events.')).toBeVisible();
    expect(screen.getByText('Reduce query size and resubmit the request.')).toBeVisible();
    // The generic Error adds nothing once the Reason says what is wrong.
    expect(screen.queryByText('The request is not valid.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy operation ID' })).toBeNull();
  });

  it('falls back to the Error when there is no Reason, and shows a repeated line once', () => {
    render(
      <StatusAlert
        status={toConnectError({ status: 409, body: { Error: 'Exists.', Resolution: 'Exists.' } })}
      />,
    );
    expect(screen.getAllByText('Exists.')).toHaveLength(1);
  });

  it('shows a plain-text body as text', () => {
    render(<StatusAlert status={toConnectError({ status: 500, body: 'Upstream <b>down</b>' })} />);
    expect(screen.getByText('Upstream <b>down</b>')).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
  });

  it('shows nothing extra when the service said nothing', () => {
    render(<StatusAlert status={404} />);
    expect(screen.queryByText('Details from the service')).toBeNull();
  });

  it('cuts long text for real, with Show more and Show less', async () => {
    const user = userEvent.setup();
    const reason = words(200);
    render(<StatusAlert status={toConnectError({ status: 400, body: { Reason: reason } })} />);
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const shown = screen.getByText(/^reason reason/);
    expect(shown.textContent?.length).toBeLessThanOrEqual(SHORT_TEXT + 1);
    // Cut at a word break, not mid-word.
    expect(shown.textContent).toMatch(/ reason…$/);
    await user.click(more);
    expect(screen.getByText(reason)).toBeVisible();
    const less = screen.getByRole('button', { name: 'Show less' });
    expect(less).toHaveAttribute('aria-expanded', 'true');
    await user.click(less);
    expect(screen.queryByText(reason)).toBeNull();
  });

  it('never cuts an emoji in half', () => {
    const reason = `${'a'.repeat(SHORT_TEXT - 1)}😀 and more`;
    render(<StatusAlert status={toConnectError({ status: 400, body: { Reason: reason } })} />);
    const shown = screen.getByText(/^a+/).textContent ?? '';
    expect(shown).not.toMatch(/[\uD800-\uDBFF]…$/);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('CopyButton: the operation id', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('copies the id with the clipboard API and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<StatusAlert status={withId()} />);
    expect(screen.getByText('op-7f3a')).toBeVisible();
    const button = screen.getByRole('button', { name: 'Copy operation ID' });
    expect(button).toHaveAttribute('title', 'Copy operation ID'); // its tooltip
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith('op-7f3a');
    // Read out by the alert's own live region (500 is an error: role alert), not a nested one.
    expect(screen.getByRole('alert')).toContainElement(await screen.findByText('Copied'));
    // On screen the copy icon turns into a check; the word is for the ear.
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(screen.getByText('Copied')).toHaveClass('rcs-visually-hidden');
  });

  it('without clipboard permission, selects the id and copies it the old way', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('', 'NotAllowedError'),
    );
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<StatusAlert status={withId()} />);
    await user.click(screen.getByRole('button', { name: 'Copy operation ID' }));
    expect(await screen.findByText('Copied')).toBeVisible();
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(window.getSelection()?.toString()).toBe('op-7f3a');
  });

  it('when nothing can copy, leaves the id selected and asks the person to copy it', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<StatusAlert status={withId('op-no-clipboard')} />);
    await user.click(screen.getByRole('button', { name: 'Copy operation ID' }));
    const feedback = await screen.findByText('Select the ID and copy it');
    expect(screen.getByRole('alert')).toContainElement(feedback);
    expect(window.getSelection()?.toString()).toBe('op-no-clipboard');
  });

  it('copes with a page that has no clipboard API at all', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    render(<StatusAlert status={withId()} />);
    await user.click(screen.getByRole('button', { name: 'Copy operation ID' }));
    expect(await screen.findByText('Select the ID and copy it')).toBeVisible();
  });

  it('announces again on a second copy', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<StatusAlert status={withId()} />);
    const button = screen.getByRole('button', { name: 'Copy operation ID' });
    await user.click(button);
    finish();
    const region = await screen.findByText('Copied');
    await user.click(button);
    // Emptied while copying, so the same words arriving again are announced again.
    expect(region).toHaveTextContent('');
    finish();
    expect(await screen.findByText('Copied')).toBe(region);
  });
});
