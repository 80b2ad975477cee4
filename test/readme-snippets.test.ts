import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmePath } from './support/generated';

/** The README and every guide in docs/: their TypeScript blocks are all snippet files. */
const pages = [
  readmePath,
  ...readdirSync(join(process.cwd(), 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(process.cwd(), 'docs', name)),
];

/*
 * Every TypeScript block in the README and in docs/*.md is a real file under test/readme/snippets, shown whole:
 * `tsc` checks them here (against the source) and in the consumer apps under create-vite's strict
 * settings (against the packed package's types), and test/browser/readme-recipes.test.tsx runs
 * them. This test keeps the pages' copies equal to the files (UPDATE_README=1 rewrites them).
 */

const folder = 'test/readme/snippets';

/** A marker line, then a fenced block: `<!-- snippet: path -->` + ```tsx … ``` */
const BLOCK = /<!-- snippet: (?<path>[^\s]+) -->\n```(?<lang>\w+)\n(?<code>[\s\S]*?)```/g;
/** Any fenced TypeScript block, marked or not. */
const TS_BLOCK = /```(ts|tsx)\n/g;

const snippet = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

function synced(readme: string): string {
  return readme.replace(BLOCK, (_all, path: string, lang: string) => {
    return `<!-- snippet: ${path} -->\n\`\`\`${lang}\n${snippet(path)}\`\`\``;
  });
}

describe('README and docs code', () => {
  const texts = pages.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const blocksOf = (text: string) => [...text.matchAll(BLOCK)].map((match) => match.groups ?? {});

  it('shows each snippet file exactly as it is (UPDATE_README=1 rewrites them)', () => {
    for (const { path: page, text } of texts) {
      if (process.env.UPDATE_README && synced(text) !== text) {
        writeFileSync(page, synced(text));
        continue;
      }
      for (const { path = '', code } of blocksOf(text)) {
        expect({ page, path, code }).toEqual({ page, path, code: snippet(path) });
      }
    }
  });

  it('has no TypeScript block that is not a checked snippet', () => {
    for (const { path: page, text } of texts) {
      const blocks = blocksOf(text);
      expect({ page, blocks: blocks.length }).toEqual({
        page,
        blocks: [...text.matchAll(TS_BLOCK)].length,
      });
      for (const { path = '', lang } of blocks) {
        expect({ path, lang }).toEqual({ path, lang: path.endsWith('.tsx') ? 'tsx' : 'ts' });
      }
    }
  });

  it('shows every snippet file', () => {
    const shown = new Set(texts.flatMap(({ text }) => blocksOf(text).map((block) => block.path)));
    const files = readdirSync(join(process.cwd(), folder)).map((name) => `${folder}/${name}`);
    expect(files.filter((file) => !shown.has(file))).toEqual([]);
  });
});

describe('the claims in the snippets’ comments', () => {
  it('core.ts: describeStatus(503) says what its comments say', async () => {
    const { unavailable } = await import('./readme/snippets/core');
    const claims = [...snippet(`${folder}/core.ts`).matchAll(/^\/\/ unavailable\.(\w+): (.+)$/gm)];
    expect(claims.map(([, field]) => field)).toEqual(['title', 'message', 'severity', 'retry']);
    for (const [, field = '', value = ''] of claims) {
      const actual = unavailable[field as keyof typeof unavailable];
      // The comment is a JS literal: a quoted string, or an object with quoted strings.
      const claimed: unknown = JSON.parse(
        value.replace(/'/g, '"').replace(/([{,]\s*)(\w+):/g, '$1"$2":'),
      );
      expect({ field, value: actual }).toEqual({ field, value: claimed });
    }
  });
});
