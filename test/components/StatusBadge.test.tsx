import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from '../../src/components/StatusBadge';
import { connectCodes } from '../../src/core/catalog';
import { ConnectStatusProvider } from '../../src/hooks/provider';
import { en } from '../../src/i18n/locales/en';

describe('StatusBadge', () => {
  it.each(connectCodes)('shows the short label of %i with its title as description', (code) => {
    const { container } = render(<StatusBadge status={code} />);
    const words = en.states[String(code) as keyof typeof en.states];
    expect(screen.getByText(words.label)).toBeVisible();
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveAttribute('title', words.title);
    expect(badge).toHaveAccessibleDescription(words.title);
  });

  // The icon is CSS (.rcs-badge::before per data-severity; a11y.test.tsx checks the rules).
  it('says the severity in text, with an icon that adds nothing to read', () => {
    const { container } = render(<StatusBadge status={503} />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveAttribute('data-severity', 'warning');
    expect(badge.textContent).toBe('Unavailable');
    expect(badge.querySelector('svg, img, [role=img]')).toBeNull();
    expect(badge).toHaveAccessibleDescription(en.states['503'].title);
  });

  it('shows the code only when asked', () => {
    const { rerender } = render(<StatusBadge status={404} />);
    expect(screen.queryByText('Code 404')).toBeNull();
    rerender(<StatusBadge status={404} showCode />);
    // The digits on screen, the words for the ear.
    expect(screen.getByText('Code 404')).toHaveClass('rcs-visually-hidden');
    expect(screen.getByText('404')).toHaveAttribute('aria-hidden', 'true');
  });

  it('is silent unless asked to be a live region', () => {
    const { rerender } = render(<StatusBadge status={500} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<StatusBadge status={500} live />);
    expect(screen.getByRole('status')).toHaveTextContent('Server error');
  });

  it('forwards ref, className and native props to its root', () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <StatusBadge ref={ref} status={200} className="mine" data-testid="b" id="x" size="sm" />,
    );
    expect(ref.current).toBe(screen.getByTestId('b'));
    expect(ref.current).toHaveClass('rcs-badge', 'mine');
    expect(ref.current).toHaveAttribute('id', 'x');
    expect(ref.current).toHaveAttribute('data-size', 'sm');
  });

  it('renders nothing before there is a status, and a clear fallback for junk', () => {
    const { container, rerender } = render(<StatusBadge status={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<StatusBadge status={'<img src=x onerror=alert(1)>'} />);
    expect(screen.getByText('Unknown')).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });

  it('counts failed items of a partial failure', () => {
    render(
      <StatusBadge
        status={{
          status: 207,
          body: {
            Data: [1, 2],
            ChildErrors: [{ StatusCode: 409 }, { StatusCode: 400 }, { StatusCode: 400 }],
          },
        }}
      />,
    );
    expect(screen.getByText('3 of 5 failed')).toBeVisible();
  });

  it('speaks the locale of its provider', () => {
    render(
      <ConnectStatusProvider overrides={{ states: { '404': { label: 'Nicht gefunden' } } }}>
        <StatusBadge status={404} />
      </ConnectStatusProvider>,
    );
    expect(screen.getByText('Nicht gefunden')).toBeVisible();
  });
});
