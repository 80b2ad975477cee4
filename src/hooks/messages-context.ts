import { createContext, useContext } from 'react';
import { enBrief } from '../i18n/locales/en-brief';
import type { BriefMessages, Messages } from '../i18n/messages';

/** The provider's catalog; none outside a provider, where the components speak English. */
export const MessagesContext = createContext<Messages | undefined>(undefined);

/**
 * The words a badge reads. Outside a provider only the English labels and titles, so a page of
 * badges does not ship the sentences only an alert shows.
 */
export function useBriefMessages(): BriefMessages {
  return useContext(MessagesContext) ?? enBrief;
}
