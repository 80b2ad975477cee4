import { type ReactNode, useContext, useInsertionEffect, useMemo, useRef, useState } from 'react';
import { resolveBrief } from '../i18n/brief';
import type { MessageOverrides, Messages } from '../i18n/messages';
import { EventsContext } from './events-context';
import { MessagesContext } from './messages-context';
import type { StatusEvent, StatusListener } from './status-events';
import { type StoreBox, StoreBoxContext } from './store-box';

export interface ConnectStatusProviderProps {
  /**
   * The words to use: a complete locale, such as `de` from `react-connect-status/locales/de`.
   * A word that is missing or blank falls back to English.
   * @default en
   */
  messages?: Messages;
  /**
   * Single words replaced on top of `messages`: any state's words or any UI string, such as
   * `{ states: { 503: { title: 'Down for maintenance' } } }`.
   */
  overrides?: MessageOverrides;
  /**
   * Called with what happens to every status shown below: each badge, alert, page, boundary
   * and hook (`shown`, `scheduled`, `retried`, `recovered`, `exhausted`, `cancelled`), once per
   * event however many views show it. For monitoring: breadcrumbs, span events. A nested
   * provider's `onStatus` is called as well as this one; what it throws is reported, not
   * rethrown.
   */
  onStatus?: (event: StatusEvent) => void;
  /**
   * The part of the app whose badges, alerts and hooks use these words. The outermost provider
   * also keeps the memory of retry cycles for everything below it.
   */
  children?: ReactNode;
}

/**
 * Sets the words every badge, alert and hook below it uses, and keeps their retry memory (the
 * cycles of the requests shown below it; outside any provider the page shares one, and a nested
 * provider shares its parent's). Whatever
 * `messages` and `overrides` hold, the catalog below is complete: a word that is missing, blank
 * or not a string falls back to the catalog's own, then to English, and a locale Intl refuses to
 * the catalog's, then 'en'.
 */
export function ConnectStatusProvider({
  messages,
  overrides,
  onStatus,
  children,
}: ConnectStatusProviderProps) {
  // Passed on as given, with the badge's few words completed: an alert or hook below completes
  // the whole catalog itself (use-messages.ts), so badges alone never load all of English.
  const value = useMemo(
    () => ({ messages, overrides, brief: resolveBrief(messages, overrides) }),
    [messages, overrides],
  );
  // The outermost provider keeps the memory for its lifetime (a test that wraps each render in
  // one starts with none); a provider nested only to change words shares its parent's. The box
  // stays empty until a view below needs the store.
  const parent = useContext(StoreBoxContext);
  const [own] = useState((): StoreBox | undefined => (parent ? undefined : {}));
  // One stable listener for this provider that calls its latest onStatus: an inline arrow
  // function does not change what the views below hold (events fire after commits).
  // Written as React commits, so a render it throws away never changes who hears events.
  const latest = useRef(onStatus);
  useInsertionEffect(() => {
    latest.current = onStatus;
  });
  const [listener] = useState(
    (): StatusListener => (event) => {
      if (typeof latest.current === 'function') latest.current(event);
    },
  );
  const above = useContext(EventsContext);
  const listeners = useMemo(() => [...above, listener], [above, listener]);
  return (
    <StoreBoxContext.Provider value={own ?? parent}>
      <EventsContext.Provider value={listeners}>
        <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>
      </EventsContext.Provider>
    </StoreBoxContext.Provider>
  );
}
