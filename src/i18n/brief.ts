import { isObject } from '../core/guards';
import { complete } from './catalog-words';
import { enBrief } from './locales/en-brief';
import type { BriefMessages } from './messages';

const NONE = {};
const built = new WeakMap<object, WeakMap<object, BriefMessages>>();

/**
 * The words a badge reads from what a provider was given: each the override's, else the
 * catalog's, else English, taken as resolveMessages takes them, without loading the rest of
 * English. Cached per (messages, overrides) pair of objects. Never throws.
 */
export function resolveBrief(messages: unknown, overrides: unknown): BriefMessages {
  const given = isObject(messages) ? messages : NONE;
  const over = isObject(overrides) ? overrides : NONE;
  if (given === NONE && over === NONE) return enBrief;
  let byOverrides = built.get(given);
  if (!byOverrides) {
    byOverrides = new WeakMap();
    built.set(given, byOverrides);
  }
  let brief = byOverrides.get(over);
  if (!brief) {
    brief = complete(over, complete(given, enBrief, enBrief), enBrief);
    byOverrides.set(over, brief);
  }
  return brief;
}
