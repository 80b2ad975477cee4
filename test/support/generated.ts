import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/*
 * Text generated from the code (the README's tables, the Storybook docs data, the palette in
 * styles.css) and checked by a test: a difference fails the test, and `UPDATE_README=1` (for
 * styles.css `UPDATE_STYLES=1`) writes the new text instead.
 */

export const readmePath = join(process.cwd(), 'README.md');

/** A guide in docs/, e.g. `docsPath('props')` for docs/props.md. */
export const docsPath = (name: string) => join(process.cwd(), 'docs', `${name}.md`);

/** The comments around a generated block of the README, e.g. `<!-- props:begin -->`. */
export function markers(name: string): { begin: string; end: string } {
  return { begin: `<!-- ${name}:begin -->`, end: `<!-- ${name}:end -->` };
}

/** A generated block, markers included. */
export function block(name: string, body: string): string {
  const { begin, end } = markers(name);
  return `${begin}\n${body}\n${end}`;
}

/** Where the block `name` sits in `text`, markers included; undefined if it is missing. */
function locate(text: string, name: string): { start: number; stop: number } | undefined {
  const { begin, end } = markers(name);
  const start = text.indexOf(begin);
  const close = text.indexOf(end, start);
  if (start === -1 || close === -1) return undefined;
  return { start, stop: close + end.length };
}

/** The block `name` of `text`, markers included ('' if it is missing). */
export function readBlock(text: string, name: string): string {
  const found = locate(text, name);
  return found ? text.slice(found.start, found.stop) : '';
}

/** `text` with the block `name` replaced by one holding `body`. */
export function replaceBlock(text: string, name: string, body: string): string {
  const found = locate(text, name);
  if (!found) throw new Error(`README has no ${markers(name).begin} … ${markers(name).end}`);
  return text.slice(0, found.start) + block(name, body) + text.slice(found.stop);
}

const updating = (flag = 'UPDATE_README') => Boolean(process.env[flag]);

/**
 * Checks that the block `name` of the README (or of `path`, a guide in docs/) holds `body`. With
 * UPDATE_README=1 a stale block is rewritten instead (the markers must already be in place).
 */
export function expectReadmeBlock(name: string, body: string, path = readmePath): void {
  const readme = readFileSync(path, 'utf8');
  const current = readBlock(readme, name);
  expect(current, `${path} has no ${markers(name).begin} block`).not.toBe('');
  if (updating() && current !== block(name, body)) {
    writeFileSync(path, replaceBlock(readFileSync(path, 'utf8'), name, body));
    return;
  }
  expect(current).toBe(block(name, body));
}

/**
 * Checks that a generated file holds `content`. With `flag`=1 in the environment
 * (UPDATE_README by default) it is (re)written.
 */
export function expectGeneratedFile(path: string, content: string, flag = 'UPDATE_README'): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (updating(flag) && current !== content) {
    writeFileSync(path, content);
    return;
  }
  expect(current, `${path} is stale: ${flag}=1 rewrites it`).toBe(content);
}
