import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { en } from './en';
import { type MessageOverrides, type Messages, mergeMessages } from './messages';

const MessagesContext = createContext<Messages>(en);

export interface ConnectStatusProviderProps {
  /** A complete locale, e.g. `de` from `react-connect-status/locales/de`. English by default. */
  messages?: Messages;
  /** Any state's words or UI string replaced, on top of `messages`. */
  overrides?: MessageOverrides;
  children?: ReactNode;
}

/** Sets the words every badge, alert and hook below it uses. */
export function ConnectStatusProvider({
  messages = en,
  overrides,
  children,
}: ConnectStatusProviderProps) {
  const value = useMemo(() => mergeMessages(messages, overrides), [messages, overrides]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The active message catalog (English outside a provider). */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
