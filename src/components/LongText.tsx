import { Fragment, useId, useState } from 'react';
import type { Messages } from '../i18n/messages';

/** Server text shown at first; the rest (the core keeps at most a few thousand) behind "Show more". */
const SHORT_TEXT = 300;
/** How far back from the cut a space is looked for, so words are not split mid-way. */
const WORD_SLACK = 40;

/**
 * Where to cut `text` for its first SHORT_TEXT characters: at a word break when one is near and
 * never inside a surrogate pair (half an emoji would render as a replacement box).
 */
function cutAt(text: string): number {
  let end = SHORT_TEXT;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const space = text.slice(0, end).search(/\s\S*$/);
  if (space >= end - WORD_SLACK) end = space;
  return end;
}

/**
 * Server text, each piece in its own `<bdi>`: its direction is its own, and nothing in it (a
 * right-to-left id, a stray override control) can reorder our words around it or the next piece.
 */
function Isolated({ parts }: { parts: readonly string[] }) {
  return parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of pieces, in order
    <Fragment key={index}>
      {index > 0 && ' '}
      <bdi>{part}</bdi>
    </Fragment>
  ));
}

/** The pieces as far as the cut: whole ones, then the one the cut falls in, ending in '…'. */
function cutParts(parts: readonly string[], end: number): string[] {
  const kept: string[] = [];
  let offset = 0;
  for (const part of parts) {
    if (offset + part.length >= end) {
      const head = part.slice(0, Math.max(0, end - offset)).trimEnd();
      kept.push(`${head}…`);
      break;
    }
    kept.push(part);
    offset += part.length + 1; // the space between pieces
  }
  return kept;
}

/**
 * Plain text, cut for real (not by CSS: hidden text would still be read out and searched) with
 * a toggle for the rest. React escapes it, so markup in it stays visible characters. `parts`
 * are one text in pieces (an item's reason and resolution), often just one: they are cut
 * together, as one text, but each stays isolated from the others.
 */
export function LongText({ parts, messages }: { parts: readonly string[]; messages: Messages }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const whole = parts.join(' ');
  if (whole.length <= SHORT_TEXT) return <Isolated parts={parts} />;
  return (
    <>
      <span id={id}>
        <Isolated parts={open ? parts : cutParts(parts, cutAt(whole))} />
      </span>{' '}
      <button
        type="button"
        className="rcs-link"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? messages.ui.showLess : messages.ui.showMore}
      </button>
    </>
  );
}
