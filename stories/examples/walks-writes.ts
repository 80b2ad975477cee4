/** The walks that change something: save (412), create (302, 409) and bulk import (207). */
import { expect, waitFor, within } from 'storybook/test';
import { expectNoMessage, findMessage, openStream, SLOW, type Walk, walk } from './play-helpers';

export const staleSave: Walk = walk(async ({ canvas, userEvent, step }) => {
  await openStream(canvas, userEvent, 'Pump 1 flow');
  const field = await canvas.findByRole('textbox', { name: 'Description' }, SLOW);
  await userEvent.type(field, 'Checked today');
  await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
  const message = await findMessage(canvas, 'Someone else changed this item');
  await step('Reload the latest version', async () => {
    await expect(within(message).getByText(/has changed since it was read/)).toBeVisible();
    await userEvent.click(within(message).getByRole('button', { name: 'Reload latest version' }));
    const latest = await canvas.findByDisplayValue('Calibrated on Monday by J. Ortiz', {}, SLOW);
    await expectNoMessage(canvas, 'Someone else changed this item');
    await userEvent.type(latest, ', checked today');
  });
  await step('Save again', async () => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved', {}, SLOW)).toBeVisible();
  });
});

async function create(
  canvas: Parameters<Walk>[0]['canvas'],
  user: Parameters<Walk>[0]['userEvent'],
  id: string,
  name: string,
) {
  await user.type(canvas.getByRole('textbox', { name: 'Stream ID' }), id);
  await user.type(canvas.getByRole('textbox', { name: 'Name' }), name);
  await user.click(canvas.getByRole('button', { name: 'Create stream' }));
}

export const createExisting: Walk = walk(async ({ canvas, userEvent, step }) => {
  await create(canvas, userEvent, 'pump-01.flow', 'Pump 1 flow');
  const message = await findMessage(canvas, 'Already exists');
  await step('Open the stream that is there', async () => {
    await expect(within(message).getByText(/You can use the existing item/)).toBeVisible();
    await userEvent.click(within(message).getByRole('button', { name: 'Open Pump 1 flow' }));
    await expect(await canvas.findByRole('heading', { name: 'Pump 1 flow' }, SLOW)).toBeVisible();
  });
});

export const createConflict: Walk = walk(async ({ canvas, userEvent, step }) => {
  await create(canvas, userEvent, 'pump-01.flow', 'Pump one flow');
  const message = await findMessage(canvas, 'This clashes with an existing item');
  await expect(within(message).getByText(/is named "Pump 1 flow"/)).toBeVisible();
  await step('Use another ID', async () => {
    const id = canvas.getByRole('textbox', { name: 'Stream ID' });
    await userEvent.clear(id);
    await userEvent.type(id, 'pump-01.speed');
    await userEvent.click(canvas.getByRole('button', { name: 'Create stream' }));
    await findMessage(canvas, 'Created');
    await expectNoMessage(canvas, 'This clashes with an existing item');
  });
});

export const bulkImport: Walk = walk(async ({ canvas, userEvent, step }) => {
  await userEvent.click(canvas.getByRole('button', { name: 'Import 8 streams' }));
  const message = await findMessage(canvas, "Some items didn't go through");
  await step('See how many failed and which', async () => {
    await expect(within(message).getByText('3 of 8 failed')).toBeVisible();
    await expect(within(message).getByText('line 4/oil temp')).toBeVisible();
  });
  await step('See a badge per item', async () => {
    const results = canvas.getByRole('table', { name: 'Import results' });
    await waitFor(() => expect(within(results).getAllByText('Created')).toHaveLength(5));
    await expect(within(results).getAllByText('Conflict')).toHaveLength(2);
    await expect(within(results).getAllByText('Invalid request')).toHaveLength(1);
  });
});
