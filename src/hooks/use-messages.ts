import { useContext } from 'react';
import { en } from '../i18n/locales/en';
import { type Messages, resolveMessages } from '../i18n/messages';
import { MessagesContext } from './messages-context';

/** The active message catalog, complete (English outside a provider). */
export function useMessages(): Messages {
  const given = useContext(MessagesContext);
  // resolveMessages caches per (messages, overrides) pair: the same catalog object each render.
  return given ? resolveMessages(given.messages, given.overrides) : en;
}
