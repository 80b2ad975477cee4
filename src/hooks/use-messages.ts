import { useContext } from 'react';
import { type Messages, resolveMessages } from '../i18n/messages';
import { MessagesContext } from './messages-context';

/** The active message catalog, complete (English outside a provider). */
export function useMessages(): Messages {
  const given = useContext(MessagesContext);
  // resolveMessages caches per (messages, overrides) pair: the same catalog object each render.
  // Outside a provider, neither is given: English.
  return resolveMessages(given?.messages, given?.overrides);
}
