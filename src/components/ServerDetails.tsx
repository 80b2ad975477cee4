import { read, shownText } from '../core/guards';
import type { StatusDescriptor, StatusDetails } from '../core/types';
import type { Messages } from '../i18n/messages';
import { CopyButton } from './CopyButton';
import { LongText } from './LongText';
import { type ItemName, PartialSummary } from './PartialSummary';

/**
 * The lines worth reading, in order: why (the reason; the generic error only when there is no
 * reason), what to do, and a plain-text body. A line the service repeats is shown once. Only
 * text is shown: a field holding anything else (a forged descriptor) counts as absent.
 */
function linesOf(details: StatusDetails | undefined): [string, string][] {
  const lines: [string, string][] = [];
  const seen = new Set<string>();
  const candidates: [string, string | undefined][] = [
    ['reason', shownText(read(details, 'reason')) ?? shownText(read(details, 'error'))],
    ['resolution', shownText(read(details, 'resolution'))],
    ['text', shownText(read(details, 'text'))],
  ];
  for (const [field, text] of candidates) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    lines.push([field, text]);
  }
  return lines;
}

/**
 * The service's own words under our headline: reason, resolution, the operation id support
 * asks for, and which items failed. Always rendered as text, never as HTML, and each piece
 * isolated (`<bdi>`) from our words around it.
 */
export function ServerDetails({
  descriptor,
  messages,
  itemName,
}: {
  descriptor: StatusDescriptor;
  messages: Messages;
  itemName?: ItemName;
}) {
  const { details, partial } = descriptor;
  const lines = linesOf(details);
  const operationId = shownText(read(details, 'operationId'));
  const failed = typeof partial === 'object' && partial !== null ? partial : undefined;
  if (lines.length === 0 && !operationId && !failed) return null;
  return (
    <div className="rcs-details">
      {lines.length > 0 && (
        <>
          <p className="rcs-details__label">{messages.ui.detailsFromService}</p>
          {lines.map(([field, text]) => (
            <p key={field} className="rcs-details__text" data-field={field}>
              <LongText text={text} messages={messages} />
            </p>
          ))}
        </>
      )}
      {failed && <PartialSummary partial={failed} messages={messages} itemName={itemName} />}
      {operationId && <CopyButton text={operationId} messages={messages} />}
    </div>
  );
}
