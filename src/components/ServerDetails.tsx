import { useState } from 'react';
import type { StatusDescriptor } from '../core/types';
import type { Messages } from '../i18n/messages';
import { CopyButton } from './CopyButton';
import { PartialSummary } from './PartialSummary';

/** Server text shown at first; the rest (the core keeps at most a few thousand) behind "Show more". */
export const SHORT_TEXT = 300;

/** Plain text, cut for real (not by CSS) with a toggle for the rest. */
function LongText({ text, messages }: { text: string; messages: Messages }) {
  const [open, setOpen] = useState(false);
  const long = text.length > SHORT_TEXT;
  return (
    <>
      {long && !open ? `${text.slice(0, SHORT_TEXT).trimEnd()}…` : text}
      {long && (
        <>
          {' '}
          <button
            type="button"
            className="rcs-link"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? messages.ui.showLess : messages.ui.showMore}
          </button>
        </>
      )}
    </>
  );
}

/**
 * The service's own words under our headline: reason, resolution, the operation id support
 * asks for, and which items failed. Always rendered as text, never as HTML.
 */
export function ServerDetails({
  descriptor,
  messages,
}: {
  descriptor: StatusDescriptor;
  messages: Messages;
}) {
  const { details, partial } = descriptor;
  const lines = [details?.reason ?? details?.error, details?.resolution, details?.text].filter(
    (line): line is string => typeof line === 'string' && line.length > 0,
  );
  const operationId = details?.operationId;
  if (lines.length === 0 && !operationId && !partial) return null;
  return (
    <div className="rcs-details">
      {lines.length > 0 && (
        <>
          <p className="rcs-details__label">{messages.ui.detailsFromService}</p>
          {lines.map((line) => (
            <p key={line} className="rcs-details__text">
              <LongText text={line} messages={messages} />
            </p>
          ))}
        </>
      )}
      {partial && <PartialSummary descriptor={descriptor} partial={partial} messages={messages} />}
      {operationId && (
        <p className="rcs-details__operation">
          <span>{messages.ui.operationId}: </span>
          <code className="rcs-details__id">{operationId}</code>{' '}
          <CopyButton text={operationId} messages={messages} />
        </p>
      )}
    </div>
  );
}
