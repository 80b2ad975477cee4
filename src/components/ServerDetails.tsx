import { isObject, read, shownText } from '../core/guards';
import type { StatusDescriptor, StatusDetails } from '../core/types';
import type { Messages } from '../i18n/messages';
import { CopyButton } from './CopyButton';
import { LongText } from './LongText';
import { type ItemName, PartialSummary } from './PartialSummary';

/**
 * The lines worth reading, in order: why (the reason; the generic error only when there is no
 * reason), what to do, and a plain-text body. A line the service repeats is shown once, as the
 * first field that holds it. Only text is shown: a field holding anything else (a forged
 * descriptor) counts as absent.
 */
type Field = 'reason' | 'resolution' | 'text';

function linesOf(details: StatusDetails | undefined): Map<string, Field> {
  const lines = new Map<string, Field>();
  const candidates: [Field, string | undefined][] = [
    ['reason', shownText(read(details, 'reason')) ?? shownText(read(details, 'error'))],
    ['resolution', shownText(read(details, 'resolution'))],
    ['text', shownText(read(details, 'text'))],
  ];
  for (const [field, text] of candidates) {
    if (text !== undefined && !lines.has(text)) lines.set(text, field);
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
  const failed = isObject(partial) ? partial : undefined;
  if (lines.size === 0 && !operationId && !failed) return null;
  const { ui } = messages;
  return (
    <div className="rcs-details">
      {(lines.size > 0 || operationId) && (
        <>
          <p className="rcs-details__label">{ui.detailsFromService}</p>
          {/* Each line labelled by what it is: why, what to do, the id support asks for. */}
          <dl className="rcs-details__list">
            {[...lines].map(([text, field]) => (
              <div key={field} className="rcs-details__row">
                <dt>{ui[`${field}Label`]}</dt>
                <dd className="rcs-details__text" data-field={field}>
                  <LongText parts={[text]} messages={messages} />
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
