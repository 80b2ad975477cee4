/**
 * A browser command for the story tests: the text in the canvas that Chromium drew with a font
 * of the machine rather than a web font (DevTools' CSS.getPlatformFontsForNode). Each is a
 * picture that would differ on another machine; canvas.css brings fonts for everything else.
 */
import type { BrowserCommand } from 'vitest/node';

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  contentDocument?: DomNode;
}

/** Text for screen readers only, clipped to nothing: no font of it reaches a picture. */
function unseen({ attributes = [] }: DomNode): boolean {
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === 'class' && /\bvisually-hidden\b/.test(attributes[i + 1] ?? ''))
      return true;
  }
  return false;
}

/** Element nodes under the story canvas ([data-theme]) with their own text that is drawn. */
function textHolders(node: DomNode, inCanvas: boolean, found: [number, string][]) {
  if (unseen(node)) return found;
  const canvas = inCanvas || Boolean(node.attributes?.includes('data-theme'));
  const kids = [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])];
  const text = kids
    .filter((kid) => kid.nodeType === 3)
    .map((kid) => kid.nodeValue)
    .join('')
    .trim();
  if (canvas && text) found.push([node.nodeId, text]);
  for (const kid of kids) textHolders(kid, canvas, found);
  return found;
}

export const machineFonts: BrowserCommand<[]> = async (context) => {
  const session = await context.context.newCDPSession(context.page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
    const machine = new Set<string>();
    for (const [nodeId, text] of textHolders(root as DomNode, false, [])) {
      const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        if (!font.isCustomFont) machine.add(`${font.familyName} for "${text.slice(0, 40)}"`);
      }
    }
    return [...machine];
  } finally {
    await session.detach();
  }
};
