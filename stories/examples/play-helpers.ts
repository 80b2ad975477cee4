/**
 * What the play functions share: finding a status message by its title, the streams table,
 * copying an operation id, and the console watch that fails a story on any error or warning.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, spyOn, waitFor, within } from 'storybook/test';

export type Walk = (context: StoryContext) => Promise<void>;
type Canvas = StoryContext['canvas'];
type User = StoryContext['userEvent'];

/** Time for a request, a 1–2 s Retry-After, and the retry after it. */
export const SLOW = { timeout: 6000 };

/**
 * The alert (errors) or polite status (everything else) whose text has this title. Both roles,
 * because severity decides the role and a person does not care which it is.
 */
export async function findMessage(canvas: Canvas, title: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const regions = [...canvas.queryAllByRole('alert'), ...canvas.queryAllByRole('status')];
      const found = regions.find((region) => region.textContent?.includes(title));
      if (!found) throw new Error(`No alert or status says "${title}"`);
      return found;
    },
    { timeout: SLOW.timeout },
  );
}

export async function expectNoMessage(canvas: Canvas, title: string) {
  await waitFor(
    () => {
      const regions = [...canvas.queryAllByRole('alert'), ...canvas.queryAllByRole('status')];
      expect(regions.some((region) => region.textContent?.includes(title))).toBe(false);
    },
    { timeout: SLOW.timeout },
  );
}

/** The streams table once it has loaded, every row with its read finished. */
export async function streamsTable(canvas: Canvas, ns = 'plant-a') {
  const table = await canvas.findByRole('table', { name: `Streams in ${ns}` }, SLOW);
  await waitFor(() => expect(within(table).queryByText('Loading…')).toBeNull(), SLOW);
  return table;
}

export async function openStream(canvas: Canvas, user: User, name: string) {
  await streamsTable(canvas);
  await user.click(canvas.getByRole('button', { name: `Open ${name}` }));
}

/** The details of an opened stream: its heading and the form to edit it. */
export async function expectStreamShown(canvas: Canvas, name: string) {
  await expect(await canvas.findByRole('heading', { name }, SLOW)).toBeVisible();
  await expect(canvas.getByRole('textbox', { name: 'Description' })).toBeVisible();
}

/**
 * Copies the operation id. Headless Chromium may refuse the clipboard; then the library selects
 * the id and says so, which is as good for a person.
 */
export async function copyOperationId(message: HTMLElement, user: User, id: string) {
  const scope = within(message);
  await expect(scope.getByText(id)).toBeVisible();
  await user.click(scope.getByRole('button', { name: /^Copy/ }));
  await expect(await scope.findByText(/^(Copied|Select the ID and copy it)$/)).toBeVisible();
}

let watched: { error: ReturnType<typeof spyOn>; warn: ReturnType<typeof spyOn> } | undefined;

/** `beforeEach`: records console errors and warnings (React's included) while the story runs. */
export function watchConsole() {
  const error = spyOn(console, 'error');
  const warn = spyOn(console, 'warn');
  watched = { error, warn };
  return () => {
    error.mockRestore();
    warn.mockRestore();
    watched = undefined;
  };
}

export async function expectQuietConsole() {
  await expect(watched?.error).not.toHaveBeenCalled();
  await expect(watched?.warn).not.toHaveBeenCalled();
}

/** A walk that ends by checking the console stayed quiet. */
export const walk =
  (steps: Walk): Walk =>
  async (context) => {
    await steps(context);
    await expectQuietConsole();
  };
