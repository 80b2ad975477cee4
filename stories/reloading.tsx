/**
 * The demo app the component stories wrap around a view, so each ends as a real app would: the
 * story's `onRetry` (a spy standing for the request) runs, and once its promise resolves the app
 * has its data back and shows no failure any more (`null`), so the view says "Back to normal".
 * A rejection leaves the failure on screen: a failed try, and the count goes on.
 *
 * A view is judged by what it shows once `onRetry` settled, not by the promise alone (README
 * "How a retry cycle knows its request"): an app that resolved but still showed its failure
 * would be told the retry failed, which is the honest answer.
 */
import { useCallback, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import {
  StatusAlert,
  type StatusAlertStatusProps,
  StatusPage,
  type StatusPageStatusProps,
} from '../src';

/**
 * The status to show and the `onRetry` to pass: the given status until a retry works, then
 * `null`. A new status from the story's controls shows again.
 */
export function useReloading<S>(
  status: S,
  reload: (() => unknown) | undefined,
): { status: S | null; onRetry: (() => Promise<void>) | undefined } {
  const [shown, setShown] = useState({ of: status, cleared: false });
  // Another status from the controls: show it, whatever happened to the one before.
  if (!Object.is(shown.of, status)) setShown({ of: status, cleared: false });
  const onRetry = useCallback(async () => {
    await reload?.();
    // The data is back: the app shows it, and no failure.
    setShown((now) => (Object.is(now.of, status) ? { of: status, cleared: true } : now));
  }, [reload, status]);
  return {
    status: Object.is(shown.of, status) && shown.cleared ? null : status,
    onRetry: reload && onRetry,
  };
}

/** A StatusAlert in the demo app: its failure goes once a retry works. */
export function ReloadingAlert({ status, onRetry, ...props }: StatusAlertStatusProps) {
  const app = useReloading(status, onRetry);
  return <StatusAlert {...props} status={app.status} onRetry={app.onRetry} />;
}

/** A StatusPage in the demo app: its failure goes once a retry works. */
export function ReloadingPage({ status, onRetry, ...props }: StatusPageStatusProps) {
  const app = useReloading(status, onRetry);
  return <StatusPage {...props} status={app.status} onRetry={app.onRetry} />;
}

/**
 * The end of a retry that worked: one region says "Back to normal", as a success, with no word
 * of the failure it replaced and no retry to offer.
 */
export async function expectBackToNormal(canvasElement: HTMLElement, failure: string) {
  const canvas = within(canvasElement);
  const title = await waitFor(() => canvas.getByText('Back to normal'), { timeout: 5000 });
  const region = title.closest('[data-severity]');
  await expect(region).toHaveAttribute('data-severity', 'success');
  await expect(region).toHaveTextContent('The retry worked.');
  await expect(canvasElement).not.toHaveTextContent(failure);
  await expect(canvas.queryByRole('button', { name: /Try again|Retry now/ })).toBeNull();
  expectNoBackToNormalBesideAFailure(canvasElement);
}

/** Never "Back to normal" in a region that shows a failure: the screen would contradict itself. */
export function expectNoBackToNormalBesideAFailure(canvasElement: HTMLElement) {
  for (const region of canvasElement.querySelectorAll('[data-severity]')) {
    if (region.textContent?.includes('Back to normal')) {
      expect(region.getAttribute('data-severity')).toBe('success');
    }
  }
}
