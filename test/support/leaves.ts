/** Every leaf of a catalog by its path, e.g. `states.503.title`, `ui.severity.error`. */
export function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [p, v] of leaves(child, path ? `${path}.${key}` : key)) found.set(p, v);
    }
  } else {
    found.set(path, value);
  }
  return found;
}
