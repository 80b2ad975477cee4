import { completer } from './catalog-words';
import { enBrief } from './locales/en-brief';
import type { BriefMessages } from './messages';

/**
 * The words a badge reads from what a provider was given: each the override's, else the
 * catalog's, else English, taken as resolveMessages takes them, without loading the rest of
 * English. Cached per (messages, overrides) pair of objects. Never throws.
 */
export const resolveBrief: (messages: unknown, overrides: unknown) => BriefMessages =
  completer(enBrief);
