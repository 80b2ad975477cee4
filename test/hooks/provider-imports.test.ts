import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What an app loads when it wraps itself in ConnectStatusProvider for its words or onStatus:
 * the provider holds context only, and the retry store comes with the first view that needs
 * one (the hook), and only the badge's few English words come with it: the sentences only an
 * alert shows come with the alert. Read from the sources' import graph, so a change that pulls the store back in
 * fails here, not only in a size figure.
 */

const SRC = join(process.cwd(), 'src');

/** The modules `file` loads at run time: its imports and re-exports, not `import type`. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(
    /^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm,
  )) {
    const [, typeOnly, path = ''] = match;
    if (typeOnly) continue;
    const base = join(dirname(file), path);
    const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    const hit = candidates.find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    if (hit) found.push(hit);
  }
  return found;
}

/** Every source module `entry` reaches at run time. */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...runtimeImports(file));
  }
  return seen;
}

/** The source modules, relative to src/, that `entry` (relative to src/) reaches at run time. */
const reached = (entry: string) =>
  [...reach(join(SRC, entry))].map((file) => file.slice(SRC.length + 1));

describe('ConnectStatusProvider', () => {
  const provider = reached('hooks/provider.tsx');

  it('loads no retry store of its own: the first view that needs one brings it', () => {
    expect(provider).toContain('hooks/store-box.ts');
    expect(provider).not.toContain('hooks/retry-store.ts');
    expect(reached('hooks/useConnectStatus.ts')).toContain('hooks/retry-store.ts');
  });

  it("loads only the badge's English, not the sentences an alert shows", () => {
    expect(provider).toContain('i18n/locales/en-brief.ts');
    expect(provider).not.toContain('i18n/locales/en.ts');
    expect(reached('components/StatusAlert.tsx')).toContain('i18n/locales/en.ts');
  });
});
