import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatusAlert, type StatusAlertStatusProps } from '../src';
import { ServerDetails } from '../src/components/ServerDetails';
import type { StatusDescriptor } from '../src/core/types';
import { describeStatus } from '../src/i18n/describe';
import { en } from '../src/i18n/locales/en';
import { json } from './connect-responses';

/*
 * Server text that tries to rearrange the page: bidi override controls and right-to-left ids
 * next to our code "409". Each piece of server text is drawn in its own isolate (<bdi>), so it can
 * reorder nothing of ours. These stories measure what Chromium really draws: the x position of
 * each character, from a Range around it.
 */

/** Horizontal centre of each character of `text` inside `element`, in logical order. */
function charCentres(element: Element, text: string): number[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const all = nodes.map((node) => node.data).join('');
  const start = all.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in ${JSON.stringify(all)}`);
  const centres: number[] = [];
  for (let index = start; index < start + text.length; index++) {
    // The text node holding this character, and the offset inside it.
    let offset = index;
    let node = nodes[0] as Text;
    for (const candidate of nodes) {
      node = candidate;
      if (offset < candidate.data.length) break;
      offset -= candidate.data.length;
    }
    const range = element.ownerDocument.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const box = range.getBoundingClientRect();
    centres.push(box.left + box.width / 2);
  }
  return centres;
}

/** Drawn left to right in logical order: each character right of the one before. */
async function expectDrawnInOrder(element: Element, text: string) {
  const centres = charCentres(element, text);
  for (let i = 1; i < centres.length; i++) {
    await expect(
      centres[i] as number,
      `"${text[i]}" of "${text}" is drawn right of "${text[i - 1]}"`,
    ).toBeGreaterThan(centres[i - 1] as number);
  }
}

/**
 * An item's parts where they belong, left to right, whatever the id holds: the id's isolate,
 * then the code pill with "409" drawn in order, then the reason.
 */
async function expectPartsInPlace(item: Element) {
  const { id, reason } = partsOf(item);
  const code = item.querySelector('.rcs-partial__code');
  if (!code) throw new Error('an item without its code');
  await expectDrawnInOrder(code, '409');
  const box = code.getBoundingClientRect();
  await expect(box.left).toBeGreaterThanOrEqual(id.getBoundingClientRect().right);
  await expect(reason.getBoundingClientRect().left).toBeGreaterThan(box.right);
}

/** A list item's parts, by what they are: the id, the status, the reason. */
function partsOf(item: Element) {
  const [id, reason] = item.querySelectorAll('bdi');
  if (!id || !reason) throw new Error('an item without its id or reason isolate');
  return { id, reason };
}

const meta = {
  title: 'Components/StatusAlert/Hostile server text',
  component: StatusAlert,
  tags: ['!autodocs'],
  render: (args, { loaded }) => <StatusAlert {...args} status={loaded.status} />,
} satisfies Meta<StatusAlertStatusProps>;
export default meta;
type Story = StoryObj<StatusAlertStatusProps>;

/**
 * A partial failure whose first item id ends in RIGHT-TO-LEFT OVERRIDE (U+202E) and whose reason
 * starts with one, hoping "fdp.exe" draws as "exe.pdf" and "(409)" as ")904(". The second item
 * has a Hebrew id, which pulls neutral characters after it into its direction unless isolated:
 * no control character needed, and nothing for the core to strip.
 */
export const BidiOverridesInChildErrors: Story = {
  loaders: [
    json(207, {
      OperationId: 'op-\u202E1-evil',
      Reason: 'Some streams could not be created.',
      Data: [{ Id: 'ok-1' }],
      ChildErrors: [
        { Id: 'evil\u202E', StatusCode: 409, Reason: '\u202Efdp.exe' },
        { Id: 'שגיאה', StatusCode: 409, Reason: 'A stream with this ID exists.' },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    const items = [...canvasElement.querySelectorAll('.rcs-partial__items li')];
    await expect(items).toHaveLength(2);
    for (const item of items) await expectPartsInPlace(item);
    // The reason reads as sent, "fdp.exe", not mirrored into "exe.pdf".
    const first = items[0] as Element;
    await expectDrawnInOrder(partsOf(first).reason, 'fdp.exe');
    // The operation id line: our label, then the id, then our button, left to right.
    const line = canvasElement.querySelector('.rcs-details__operation') as HTMLElement;
    const label = line.firstElementChild?.getBoundingClientRect();
    const id = line.querySelector('bdi')?.getBoundingClientRect();
    const button = line.querySelector('button')?.getBoundingClientRect();
    await expect(label && id && button).toBeTruthy();
    await expect((id as DOMRect).left).toBeGreaterThanOrEqual((label as DOMRect).right);
    await expect((button as DOMRect).left).toBeGreaterThanOrEqual((id as DOMRect).right);
  },
};

/**
 * The same item handed straight to the details component, with no core in between to clean it:
 * the override control is still in the text, inside the id's own isolate, and what it reverses
 * ends at the isolate's edge. The code, the reason and our label stay where they belong.
 */
const uncleaned = {
  ...describeStatus(207),
  details: { operationId: 'op-\u202E1-evil', reason: 'Some streams could not be created.' },
  partial: {
    failed: 2,
    items: [
      { id: 'evil\u202E', status: 409, reason: '\u202Efdp.exe' },
      { id: '\u202Bשגיאה', status: 409, reason: '\u2067A stream with this ID exists.' },
    ],
    groups: [{ status: 409, count: 2 }],
  },
} as StatusDescriptor;

export const UncleanedTextStaysIsolated: Story = {
  render: () => (
    <div className="rcs-alert" data-severity="warning">
      <div className="rcs-alert__body">
        <ServerDetails descriptor={uncleaned} messages={en} />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const items = [...canvasElement.querySelectorAll('.rcs-partial__items li')];
    await expect(items).toHaveLength(2);
    for (const item of items) {
      const { id, reason } = partsOf(item);
      // Nothing cleaned it: the control is there, in the isolate.
      await expect(id.textContent).toMatch(/[\u202A-\u202E]/);
      await expect(reason.textContent).toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      await expectPartsInPlace(item);
    }
    const line = canvasElement.querySelector('.rcs-details__operation') as HTMLElement;
    await expect(line.querySelector('bdi')?.textContent).toBe('op-\u202E1-evil');
    const label = line.firstElementChild?.getBoundingClientRect();
    const button = line.querySelector('button')?.getBoundingClientRect();
    const id = line.querySelector('bdi')?.getBoundingClientRect();
    await expect((id as DOMRect).left).toBeGreaterThanOrEqual((label as DOMRect).right);
    await expect((button as DOMRect).left).toBeGreaterThanOrEqual((id as DOMRect).right);
  },
};
