import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StatusAlert } from '../../src/components/StatusAlert';
import { connectCodes } from '../../src/core/catalog';
import type { StatusKey } from '../../src/core/types';
import { en } from '../../src/i18n/locales/en';

const words = (key: StatusKey) => en.states[key];

/** An app whose reload clears its error once it worked. */
function ClearsOnSuccess({ onRetry }: { onRetry: () => Promise<void> }) {
  const [status, setStatus] = useState<number | null>(500);
  const reload = () => onRetry().then(() => setStatus(null));
  return <StatusAlert status={status} onRetry={reload} />;
}

describe('StatusAlert', () => {
  it.each(connectCodes)('shows what happened, why and what to do for %i', (code) => {
    render(<StatusAlert status={code} />);
    const { title, message, advice } = words(String(code) as StatusKey);
    expect(screen.getByText(title)).toBeVisible();
    expect(screen.getByText(message)).toBeVisible();
    expect(screen.getByText(advice)).toBeVisible();
  });

  it('interrupts for errors and is polite otherwise', () => {
    const { rerender } = render(<StatusAlert status={404} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName('');
    expect(screen.getByRole('alert')).toHaveTextContent("Error: Couldn't find this item");
    rerender(<StatusAlert status={202} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Information: Queued for processing');
  });

  it('offers a retry for retryable states only, and only with onRetry', () => {
    const { rerender } = render(<StatusAlert status={503} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    rerender(<StatusAlert status={503} onRetry={() => {}} />);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    rerender(<StatusAlert status={412} onRetry={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('keeps the retry button busy while the retry runs', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const onRetry = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<ClearsOnSuccess onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const busy = screen.getByRole('button', { name: 'Trying again…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await user.click(busy);
    expect(onRetry).toHaveBeenCalledTimes(1);
    finish();
    expect(await screen.findByText('Back to normal')).toBeVisible();
  });

  it('renders the action slot and a dismiss button that hides the alert', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(
      <StatusAlert status={401} action={<a href="/sign-in">Sign in</a>} onDismiss={onDismiss} />,
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('forwards ref, className and native props to its root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<StatusAlert ref={ref} status={500} className="mine" id="err" />);
    expect(ref.current).toBe(screen.getByRole('alert'));
    expect(ref.current).toHaveClass('rcs-alert', 'mine');
    expect(ref.current).toHaveAttribute('id', 'err');
    expect(ref.current).toHaveAttribute('data-severity', 'error');
  });

  it('renders server text as text, never as HTML', () => {
    const { container } = render(
      <StatusAlert status={{ status: 500, body: '<script>window.pwned=1</script><b>bold</b>' }} />,
    );
    expect(container.querySelector('script, b')).toBeNull();
    expect(screen.getByText(/<script>window.pwned=1<\/script>/)).toBeVisible();
  });

  it('uses a heading when given a level, and shows the code on request', () => {
    render(<StatusAlert status={409} headingLevel={3} showCode />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      'This clashes with an existing item',
    );
    expect(screen.getByText('Code 409')).toBeVisible();
  });

  it('shows nothing before there is a status, but keeps its live region ready', () => {
    render(<StatusAlert status={undefined} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
