import {
  act,
  render,
  screen,
  waitFor,
  waitForElementToBeRemoved,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster, toast } from 'sonner';
import { afterEach, describe, expect, it } from 'vitest';
import { saveStream } from '../readme/snippets/toast';
import { patiently, requestsFor, unique } from '../support/sent-requests';

/*
 * The toast recipe as the docs show it, in Chromium with sonner against the simulated CONNECT
 * API: a failed save says what happened in our words, with Try again where repeating can help.
 */

function renderSave(id: string, fadeAfterMs?: number) {
  render(
    <>
      <Toaster duration={fadeAfterMs} />
      <button type="button" onClick={() => saveStream({ Id: id, Name: 'Pump 3' })}>
        Save
      </button>
    </>,
  );
  return userEvent.setup();
}

/** The toast whose title is `title`, once visible (sonner fades a toast in). */
async function toastTitled(title: string): Promise<HTMLElement> {
  const found = await screen.findByText(title, {}, patiently);
  await waitFor(() => expect(found).toBeVisible());
  return found.closest('[data-sonner-toast]') as HTMLElement;
}

describe('a failed save as a sonner toast', () => {
  // sonner keeps its toasts in a global store, across mounted Toasters: each test starts clean.
  afterEach(() => {
    toast.dismiss();
  });

  it('a 503 says what happened and offers Try again, which saves again', async () => {
    const id = unique('fail1');
    const user = renderSave(id);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const item = await toastTitled('Service temporarily unavailable');
    expect(
      within(item).getByText(
        'The service is busy or under maintenance. This is usually temporary.',
      ),
    ).toBeVisible();
    await user.click(within(item).getByRole('button', { name: 'Try again' }));
    const saved = await screen.findByText('Saved', {}, patiently);
    await waitFor(() => expect(saved).toBeVisible());
    expect(await requestsFor(id)).toBe(2);
  });

  it('a 404 offers no Try again: repeating cannot help', async () => {
    const id = unique('down-s404');
    const user = renderSave(id);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const item = await toastTitled("Couldn't find this item");
    expect(within(item).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(await requestsFor(id)).toBe(1);
  });

  it('the toast with Try again stays until the person acts; one without fades as usual', async () => {
    const id = unique('fail1');
    const user = renderSave(id, 300);
    await act(() => saveStream({ Id: unique('down-s404'), Name: 'Pump 3' }));
    await act(() => saveStream({ Id: id, Name: 'Pump 3' }));
    const item = await toastTitled('Service temporarily unavailable');
    // The 404's toast follows the app's timer; the 503's does not, or its Try again would vanish.
    await waitForElementToBeRemoved(() => screen.queryByText("Couldn't find this item"), patiently);
    expect(within(item).getByRole('button', { name: 'Try again' })).toBeVisible();
    await user.click(within(item).getByRole('button', { name: 'Close toast' }));
    await waitForElementToBeRemoved(item, patiently);
    expect(await requestsFor(id)).toBe(1);
  });
});
