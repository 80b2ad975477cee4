import { useContext } from 'react';
import { en } from '../i18n/locales/en';
import type { Messages } from '../i18n/messages';
import { MessagesContext } from './messages-context';

/** The active message catalog (English outside a provider). */
export function useMessages(): Messages {
  return useContext(MessagesContext) ?? en;
}
