import { within } from '@testing-library/dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog, describeStatus, en, StatusAlert, StatusBadge, type StatusKey } from '../../src';
import { inputFor } from '../support/every-state';
import { serverRenderAndHydrate, setUpHydration } from './hydrate';

setUpHydration();
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T14:00:00Z') });
  return () => vi.useRealTimers();
});

const keys = Object.keys(catalog) as StatusKey[];
const noop = () => undefined;

describe('every state renders on the server and hydrates without a mismatch', () => {
  it('has an input for every key of the catalog', () => {
    for (const key of keys) expect(describeStatus(inputFor(key)).key).toBe(key);
  });

  it.each(keys)('%s', (key) => {
    const input = inputFor(key);
    const { container, complaints, timersAfterServerRender } = serverRenderAndHydrate(
      <>
        <StatusBadge status={input} showCode />
        <StatusAlert
          status={input}
          showCode
          headingLevel={2}
          onRetry={noop}
          onDismiss={noop}
          autoRetry
        />
      </>,
    );
    expect(complaints).toEqual([]);
    expect(timersAfterServerRender).toBe(0);
    const view = within(container);
    const words = en.states[key];
    // The badge's label; some titles read the same ("Created").
    expect(view.getAllByText(words.label)[0]).toBeVisible();
    expect(view.getByRole('heading', { level: 2 })).toHaveTextContent(words.title);
    // Only a state that may retry on its own counts down, and only once mounted.
    const counting = describeStatus(input).retry.retryable;
    expect(vi.getTimerCount()).toBe(counting ? 1 : 0);
  });
});
