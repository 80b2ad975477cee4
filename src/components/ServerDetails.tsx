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
type Field = 'reason' | 'resolution' | 'text';

function linesOf(details: StatusDetails | undefined): [Field, string][] {
  const lines: [Field, string][] = [];
  const seen = new Set<string>();
  const candidates: [Field, string | undefined][] = [
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
  const { ui } = messages;
  const labels = { reason: ui.reasonLabel, resolution: ui.resolutionLabel, text: ui.textLabel };
  return (
    <div className="rcs-details">
      {(lines.length > 0 || operationId) && (
        <>
          <p className="rcs-details__label">{ui.detailsFromService}</p>
          {/* Each line labelled by what it is: why, what to do, the id support asks for. */}
          <dl className="rcs-details__list">
            {lines.map(([field, text]) => (
              <div key={field} className="rcs-details__row">
                <dt>{labels[field]}</dt>
                <dd className="rcs-details__text" data-field={field}>
                  <LongText text={text} messages={messages} />
                </dd>
              </div>
            ))}
            {operationId && <CopyButton text={operationId} messages={messages} />}
          </dl>
        </>
      )}
      {failed && <PartialSummary partial={failed} messages={messages} itemName={itemName} />}
    </div>
  );
}
