import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusAlert, StatusBadge } from '../../src';
import '../../src/styles.css';

/*
 * The code beside a title or label is read as words ("Code 404") from visually hidden text. Laid
 * out by Chromium, a leading space in a box taken out of the flow is dropped, and what assistive
 * technology then reads runs the words together ("…this itemCode 404"). `innerText` is that
 * rendered text.
 */
describe('the code read beside a title or label', () => {
  it('stays a separate word after layout', () => {
    const { container } = render(
      <>
        <StatusAlert status={404} showCode />
        <StatusBadge status={404} showCode />
      </>,
    );
    const words = [
      ...container.querySelectorAll<HTMLElement>('[class$="__code"] .rcs-visually-hidden'),
    ];
    expect(words).toHaveLength(2);
    for (const hidden of words) {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
      expect(hidden.innerText).toMatch(/^\s+Code 404$/);
    }
  });
});
