import { createContext, useContext } from 'react';
import { enBrief } from '../i18n/locales/en-brief';
import type { BriefMessages } from '../i18n/messages';

/**
 * What the nearest provider was given, as it was given, with the badge's few words already
 * completed: an alert completes the whole catalog itself (use-messages.ts), so a provider over
 * badges does not load the sentences only an alert shows. None outside a provider, where the
 * components speak English.
 */
export interface GivenWords {
  messages?: unknown;
  overrides?: unknown;
  brief: BriefMessages;
}

export const MessagesContext = createContext<GivenWords | undefined>(undefined);

/** The words a badge reads: its labels, titles and retry line. */
export function useBriefMessages(): BriefMessages {
  return useContext(MessagesContext)?.brief ?? enBrief;
}
