import type { ChildError, StatusDescriptor, PartialSummary as Summary } from '../core/types';
import { formatMessage, formatNumber, type Messages } from '../i18n/messages';
import { LongText } from './LongText';
import { partialLabel } from './labels';

/** Failed items shown inline; the rest sit behind a disclosure. */
export const INLINE_ITEMS = 5;

function Items({
  items,
  from,
  messages,
}: {
  items: ChildError[];
  from: number;
  messages: Messages;
}) {
  return (
    <ul className="rcs-partial__items">
      {items.map((item, index) => {
        // Each part is capped by the core at a few thousand characters; together they are cut
        // again here, so five long reasons cannot push the rest of the alert off screen.
        const what = [item.reason ?? item.error, item.resolution].filter(Boolean).join(' ');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose ids may repeat or be missing
          <li key={from + index}>
            <span className="rcs-partial__id">{item.id ?? messages.ui.item}</span>
            {item.status !== undefined && <span> ({item.status})</span>}
            {what && (
              <>
                : <LongText text={what} messages={messages} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** How many failed and which: counts per status when there are many, the items after. */
export function PartialSummary({
  descriptor,
  partial,
  messages,
}: {
  descriptor: StatusDescriptor;
  partial: Summary;
  messages: Messages;
}) {
  const first = partial.items.slice(0, INLINE_ITEMS);
  const rest = partial.items.slice(INLINE_ITEMS);
  return (
    <div className="rcs-partial">
      <p className="rcs-partial__summary">{partialLabel(descriptor, messages)}</p>
      {partial.groups.length > 1 && partial.failed > INLINE_ITEMS && (
        <ul className="rcs-partial__groups">
          {partial.groups.map((group) => (
            <li key={group.status}>
              {formatMessage(messages.ui.partialGroup, {
                count: formatNumber(group.count, messages.locale),
                status: group.status,
              })}
            </li>
          ))}
        </ul>
      )}
      {first.length > 0 && <Items items={first} from={0} messages={messages} />}
      {rest.length > 0 && (
        <details className="rcs-partial__more">
          <summary>
            {formatMessage(messages.ui.partialMore, {
              count: formatNumber(rest.length, messages.locale),
            })}
          </summary>
          <Items items={rest} from={INLINE_ITEMS} messages={messages} />
        </details>
      )}
    </div>
  );
}
