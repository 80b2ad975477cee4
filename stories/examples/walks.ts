/**
 * One walk per scenario, as a person would go: see the problem, do what the message says (wait,
 * press Retry now, sign in, reload, narrow the range), see it work. Both dashboards run them.
 */
import { expect, waitFor, within } from 'storybook/test';
import { operationIds } from '../mocks';
import {
  copyOperationId,
  expectNoMessage,
  expectStreamShown,
  findMessage,
  openStream,
  SLOW,
  streamsTable,
  type Walk,
  walk,
} from './play-helpers';

export const healthy: Walk = walk(async ({ canvas }) => {
  const table = await streamsTable(canvas);
  await expect(within(table).getAllByText('OK')).toHaveLength(4);
  await expect(canvas.queryByRole('alert')).toBeNull();
});

/** 503 with Retry-After: 1. Either wait for the countdown or press Retry now. */
export const unavailable = (how: 'wait' | 'retry-now'): Walk =>
  walk(async ({ canvas, userEvent, step }) => {
    const title = 'Service temporarily unavailable';
    const message = await findMessage(canvas, title);
    await step('See the wait and the countdown', async () => {
      // The hook schedules the retry just after the alert first renders: wait for it.
      const countdown = await within(message).findAllByText(
        /^Trying again in \d s · Attempt 1 of 3$/,
      );
      await expect(countdown).not.toHaveLength(0);
      await expect(within(message).getByRole('button', { name: 'Cancel' })).toBeVisible();
      await expect(canvas.getByText('Unavailable')).toBeVisible();
    });
    if (how === 'retry-now') {
      await step('Press Retry now', async () => {
        await userEvent.click(within(message).getByRole('button', { name: 'Retry now' }));
      });
    }
    await step('See the streams', async () => {
      await streamsTable(canvas);
      await expectNoMessage(canvas, title);
    });
  });

/** No answer at all; the list and the namespaces try again on their own. */
export const offline: Walk = walk(async ({ canvas, step }) => {
  await step('See that the service cannot be reached', async () => {
    await findMessage(canvas, "Couldn't reach the service");
  });
  await step('See it come back without doing anything', async () => {
    await streamsTable(canvas);
    await expectNoMessage(canvas, "Couldn't reach the service");
    // The namespaces beside the picker retry on their own schedule too.
    await waitFor(() => expect(canvas.queryByText('Offline')).toBeNull(), SLOW);
  });
});

export const sessionExpired: Walk = walk(async ({ canvas, userEvent, step }) => {
  await openStream(canvas, userEvent, 'Pump 1 flow');
  const message = await findMessage(canvas, 'Your session has expired');
  await step('No retry, but a way to sign in', async () => {
    await expect(within(message).queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(within(message).getByRole('button', { name: 'Sign in again' }));
  });
  await expectStreamShown(canvas, 'Pump 1 flow');
  await expectNoMessage(canvas, 'Your session has expired');
});

export const noAccess: Walk = walk(async ({ canvas, userEvent, step }) => {
  await streamsTable(canvas);
  const picker = canvas.getByRole('combobox', { name: 'Namespace' });
  await canvas.findByRole('option', { name: 'plant-b' }, SLOW);
  await userEvent.selectOptions(picker, 'plant-b');
  const message = await findMessage(canvas, "You don't have access to this");
  await step('See why, what to do, and copy the operation id', async () => {
    await expect(
      within(message).getByText(/no role that may read namespace plant-b/),
    ).toBeVisible();
    await expect(
      within(message).getByText('Ask an administrator to give you access.'),
    ).toBeVisible();
    await expect(within(message).queryByRole('button', { name: 'Try again' })).toBeNull();
    await copyOperationId(message, userEvent, operationIds.noRole);
  });
  await step('Go back to a namespace with access', async () => {
    await userEvent.selectOptions(picker, 'plant-a');
    await streamsTable(canvas);
  });
});

export const unknownStream: Walk = walk(async ({ canvas, userEvent }) => {
  const table = await streamsTable(canvas);
  const row = within(table).getByRole('row', { name: /Tank 3 level/ });
  await expect(within(row).getByText('Not found')).toBeVisible();
  await openStream(canvas, userEvent, 'Tank 3 level');
  const message = await findMessage(canvas, "Couldn't find this item");
  await expect(within(message).getByText(/No stream with ID tank-03.level/)).toBeVisible();
  await expect(within(message).queryByRole('button', { name: 'Try again' })).toBeNull();
});

export const serverError: Walk = walk(async ({ canvas, userEvent, step }) => {
  await openStream(canvas, userEvent, 'Pump 1 flow');
  const message = await findMessage(canvas, 'Something failed on our side');
  await step('Copy the operation id for support', async () => {
    await copyOperationId(message, userEvent, operationIds.server);
  });
  await step('Try again and see the stream', async () => {
    await userEvent.click(within(message).getByRole('button', { name: 'Try again' }));
    await expectStreamShown(canvas, 'Pump 1 flow');
    await expectNoMessage(canvas, 'Something failed on our side');
  });
});

export const largeRead: Walk = walk(async ({ canvas, userEvent, step }) => {
  await openStream(canvas, userEvent, 'Pump 1 flow');
  await expect(await canvas.findByText('60 values', {}, SLOW)).toBeVisible();
  const range = canvas.getByRole('combobox', { name: 'Time range' });
  await userEvent.selectOptions(range, 'Last 30 days');
  const message = await findMessage(canvas, 'The request took too long');
  await step('See the advice to read less', async () => {
    await expect(within(message).getByText(/Try a shorter time range/)).toBeVisible();
    await expect(within(message).getByText(/Read a shorter range/)).toBeVisible();
  });
  await step('Read a shorter range', async () => {
    await userEvent.selectOptions(range, 'Last 24 hours');
    await expect(await canvas.findByText('1,440 values', {}, SLOW)).toBeVisible();
    await expectNoMessage(canvas, 'The request took too long');
  });
});
