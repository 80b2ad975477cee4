import { useId, useState } from 'react';
import type { Messages } from '../i18n/messages';

/** Server text shown at first; the rest (the core keeps at most a few thousand) behind "Show more". */
export const SHORT_TEXT = 300;
/** How far back from the cut a space is looked for, so words are not split mid-way. */
const WORD_SLACK = 40;

/**
 * The first SHORT_TEXT characters, ending at a word break when one is near and never inside a
 * surrogate pair (half an emoji would render as a replacement box).
 */
export function shorten(text: string): string {
  let end = SHORT_TEXT;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const space = text.slice(0, end).search(/\s\S*$/);
  if (space >= end - WORD_SLACK) end = space;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * Plain text, cut for real (not by CSS: hidden text would still be read out and searched) with
 * a toggle for the rest. React escapes it, so markup in it stays visible characters.
 */
export function LongText({ text, messages }: { text: string; messages: Messages }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (text.length <= SHORT_TEXT) return text;
  return (
    <>
      <span id={id}>{open ? text : shorten(text)}</span>{' '}
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
