import { useEffect, useState } from 'react';
import type { Messages } from '../i18n/messages';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies with the clipboard API where it is allowed. Where it is not (no permission, an
 * insecure page, an old browser) it says so and selects the text, so a person can copy it.
 */
export function CopyButton({ text, messages }: { text: string; messages: Messages }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async (button: HTMLButtonElement) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      const code = button.parentElement?.querySelector('code');
      const selection = window.getSelection();
      if (code && selection) selection.selectAllChildren(code);
      setState('failed');
    }
  };

  const { ui } = messages;
  return (
    <>
      <button
        type="button"
        className="rcs-link"
        aria-label={`${ui.copy} ${ui.operationId}`}
        onClick={(event) => void copy(event.currentTarget)}
      >
        {ui.copy}
      </button>
      <span className="rcs-details__feedback" role="status">
        {state === 'copied' ? ui.copied : state === 'failed' ? ui.copyFailed : ''}
      </span>
    </>
  );
}
