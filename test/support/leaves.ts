/** A message with a count: its forms by plural category, `other` always among them. */
export const isPluralForms = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && 'other' in value;

/**
 * Every leaf of a catalog by its path, e.g. `states.503.title`, `ui.severity.error`. A message
 * with a count (`ui.exhausted`) is one leaf, a string or its forms, whatever forms it holds.
 */
export function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !isPluralForms(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, v);
    }
  } else {
    found.set(path, value);
  }
  return found;
}

/** The texts a leaf can show: a string, or each form of a message with a count. */
export const textsOf = (leaf: unknown): unknown[] =>
  isPluralForms(leaf) ? Object.values(leaf) : [leaf];
