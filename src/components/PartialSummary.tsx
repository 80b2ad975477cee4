import { listOf, numberOf, positionOf, read, shownText } from '../core/guards';
import { cleanText } from '../core/text';
import type { PartialSummary as Summary } from '../core/types';
import { formatNumber } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { groupText, itemLabel, moreText, partialLabel } from '../i18n/words';
import { LongText } from './LongText';

/** Failed items shown inline; the rest sit behind a disclosure. */
const INLINE_ITEMS = 5;

/** What the app knows a failed item by: see StatusAlertProps.itemName. */
export type ItemName = (item: { id?: string; position?: number; status?: number }) => unknown;

/**
 * The app's name for an item, cleaned like server text and cut to an id's length; undefined
 * when it gives none, gives something that is not text, or throws.
 */
function appName(itemName: ItemName | undefined, item: Parameters<ItemName>[0]) {
  try {
    return itemName && cleanText(itemName(item), 200);
  } catch {
    return undefined;
  }
}

/** A failed item as shown: the app's or the service's name, its place, its status, its words. */
interface Item {
  name?: string;
  position?: number;
  status?: number;
  /** The reason, then the resolution unless an earlier item of the same status said it. */
  what: string[];
}

/**
 * The failed items, read once. A resolution an earlier item of the same status gave is left out:
 * eight conflicts that all say "Fix the definition and send this item again" say it once, on
 * the first.
 */
function itemsOf(partial: Summary, itemName: ItemName | undefined): Item[] {
  const said = new Map<number | undefined, string>();
  return listOf(read(partial, 'items')).map((item) => {
    const status = numberOf(read(item, 'status'));
    const position = positionOf(read(item, 'position'));
    const id = shownText(read(item, 'id'));
    const resolution = shownText(read(item, 'resolution'));
    const repeated = said.get(status) === resolution; // with none, there is nothing to say anyway
    if (resolution !== undefined) said.set(status, resolution);
    // Each part is capped by the core at a few thousand characters; together they are cut
    // again when shown, so five long reasons cannot push the rest of the alert off screen.
    const what = [
      shownText(read(item, 'reason')) ?? shownText(read(item, 'error')),
      repeated ? undefined : resolution,
    ].filter((part): part is string => part !== undefined);
    // The app's name first, then the service's id, both text from outside: isolated below.
    return { name: appName(itemName, { id, position, status }) ?? id, position, status, what };
  });
}

function Items({ items, from, messages }: { items: Item[]; from: number; messages: Messages }) {
  return (
    <ul className="rcs-partial__items">
      {items.map(({ name, position, status, what }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list whose ids may repeat or be missing
        <li key={from + index}>
          {/* The service's id in its own isolate: an id in Hebrew or with a stray override
              control cannot pull "(409)" or the reason into its direction. */}
          {name !== undefined ? (
            <bdi className="rcs-partial__id">{name}</bdi>
          ) : (
            <span className="rcs-partial__id">{itemLabel(position, messages)}</span>
          )}
          {/* The code as a small pill; its brackets are there for the ear and for copied
              text, not for the eye. */}
          {status !== undefined && (
            <span className="rcs-partial__code">
              <span className="rcs-visually-hidden"> (</span>
              {status}
              <span className="rcs-visually-hidden">)</span>
            </span>
          )}
          {what.length > 0 && (
            <span className="rcs-partial__what">
              <span className="rcs-visually-hidden">: </span>
              <LongText parts={what} messages={messages} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How many failed and which: counts per status when there are many, the items after. */
export function PartialSummary({
  partial,
  messages,
  itemName,
}: {
  partial: Summary;
  messages: Messages;
  itemName?: ItemName;
}) {
  const items = itemsOf(partial, itemName);
  const first = items.slice(0, INLINE_ITEMS);
  const rest = items.slice(INLINE_ITEMS);
  const groups = listOf(read(partial, 'groups')).flatMap((group) => {
    const status = numberOf(read(group, 'status'));
    const count = numberOf(read(group, 'count'));
    return status === undefined || count === undefined ? [] : [{ status, count }];
  });
  const failed = numberOf(read(partial, 'failed')) ?? 0;
  const label = partialLabel(partial, messages);
  return (
    <div className="rcs-partial">
      {label && <p className="rcs-partial__summary">{label}</p>}
      {groups.length > 1 && failed > INLINE_ITEMS && (
        <ul className="rcs-partial__groups">
          {groups.map((group, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: statuses may repeat in a forged list
            <li key={index}>
              {/* "409 × 5" to the eye, "5 with code 409" to the ear. */}
              <span aria-hidden="true">
                {group.status} × {formatNumber(group.count, messages.locale)}
              </span>
              <span className="rcs-visually-hidden">
                {groupText(group.count, group.status, messages)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {first.length > 0 && <Items items={first} from={0} messages={messages} />}
      {rest.length > 0 && (
        <details className="rcs-partial__more">
          <summary>{moreText(rest.length, messages)}</summary>
          <Items items={rest} from={INLINE_ITEMS} messages={messages} />
        </details>
      )}
    </div>
  );
}
