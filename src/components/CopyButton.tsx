import { useRef, useState } from 'react';
import type { Messages } from '../i18n/messages';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The operation id support asks for, as a row of the details list, with a button that copies
 * it. The clipboard API first; where it fails, the id is selected and copied the old way; where
 * that fails too, it stays selected and we say so, so a person can copy it themselves. The feedback is read out by the
 * alert's live region and stays until the next click (components own no timers).
 */
export function CopyButton({ text, messages }: { text: string; messages: Messages }) {
  const [state, setState] = useState<CopyState>('idle');
  const code = useRef<HTMLElement>(null);

  const copy = async () => {
    // Cleared first, so a second "Copied" is announced again.
    setState('idle');
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // The old way, for pages where the clipboard API is missing (plain http) or refused (no
      // permission, document not focused): select the id and copy the selection. Still inside
      // the click's user activation, so browsers allow it. Where execCommand is gone, it throws.
      try {
        if (code.current) window.getSelection()?.selectAllChildren(code.current);
        setState(document.execCommand('copy') ? 'copied' : 'failed');
      } catch {
        setState('failed');
      }
    }
  };

  const { ui } = messages;
  return (
    <div className="rcs-details__row rcs-details__operation">
      <dt>{ui.operationId}</dt>
      <dd>
        <code ref={code} className="rcs-details__id">
          {/* The service's id, isolated: it cannot reorder the label or the button around it. */}
          <bdi>{text}</bdi>
        </code>{' '}
        {/* An icon that turns into a check once copied; its name ("Copy operation ID", each
            locale's own phrase) is its tooltip too. */}
        <button
          type="button"
          className="rcs-copy"
          data-state={state}
          title={ui.copy}
          onClick={() => void copy()}
        >
          <span className="rcs-visually-hidden">{ui.copy}</span>
        </button>{' '}
        {/* The alert's own live region announces this; a nested region could say it twice. Once
            copied the check says it on screen; a failure needs the words there too. */}
        <span className={state === 'failed' ? 'rcs-details__feedback' : 'rcs-visually-hidden'}>
          {state === 'copied' ? ui.copied : state === 'failed' ? ui.copyFailed : ''}
        </span>
      </dd>
    </div>
  );
}
