import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgTypes } from '@storybook/react-vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRetryPolicy } from '../src/core/retry';
import { docsPath, expectGeneratedFile, expectReadmeBlock, readBlock } from './support/generated';
import { argTypesJson, propsMarkdown, readPropsDocs, type TypeDoc } from './support/props-doc';

const jsonPath = join(process.cwd(), 'stories/docs/props.generated.json');
const propsPath = docsPath('props');

interface Row {
  type: string;
  default: string | undefined;
  description: string;
}

/** A table cell as the reader sees it: `\|` unescaped, the code span's backticks dropped. */
function unCell(text: string): string {
  const plain = text.trim().replace(/\\\|/g, '|');
  const code = /^(`+) ?([\s\S]*?) ?\1$/.exec(plain);
  return code?.[2] ?? plain;
}

/** The props reference (docs/props.md): each section's rows, by section heading and member name. */
function readmeTables(): Map<string, Map<string, Row>> {
  const sections = new Map<string, Map<string, Row>>();
  const body = readBlock(readFileSync(propsPath, 'utf8'), 'props');
  for (const section of body.split(/^### /m).slice(1)) {
    const [title = '', ...lines] = section.split('\n');
    const rows = new Map<string, Row>();
    for (const line of lines.filter((l) => /^\| `/.test(l))) {
      const cells = line.slice(1, -1).split(/(?<!\\)\|/);
      const [name = '', type = '', ...rest] = cells.map(unCell);
      const description = rest.pop() ?? '';
      rows.set(name, { type, default: rest[0] || undefined, description });
    }
    sections.set(title.trim(), rows);
  }
  return sections;
}

let docs: TypeDoc[];
beforeAll(() => {
  docs = readPropsDocs();
}, 60_000);

describe('props reference (docs/props.md)', () => {
  it('documents every prop, option and result field as the types declare them (UPDATE_README=1 rewrites it)', () => {
    expectReadmeBlock('props', propsMarkdown(docs), propsPath);
  });

  it('gives the stories the same words (UPDATE_README=1 rewrites stories/docs/props.generated.json)', () => {
    expectGeneratedFile(jsonPath, argTypesJson(docs));
  });

  it('describes every StatusAlert, StatusBadge, StatusPage and ConnectErrorBoundary arg in Storybook exactly as docs/props.md does', async () => {
    // Imported here, after the test above may have rewritten the JSON the stories read.
    const stories: Record<string, { default: { argTypes?: Partial<ArgTypes> } }> = {
      StatusAlert: await import('../stories/StatusAlert.stories'),
      StatusBadge: await import('../stories/StatusBadge.stories'),
      StatusPage: await import('../stories/StatusPage.stories'),
      ConnectErrorBoundary: await import('../stories/ConnectErrorBoundary.stories'),
    };
    const tables = readmeTables();
    for (const doc of docs.filter((candidate) => candidate.component)) {
      const argTypes = stories[doc.id]?.default.argTypes ?? {};
      // The component's own table, then the tables of what it includes (the hook's options).
      const expected = new Map<string, Row>();
      for (const section of [doc, ...docs.filter((other) => doc.includes.includes(other.id))]) {
        const rows = tables.get(section.title);
        expect(rows, `docs/props.md section ### ${section.title}`).toBeDefined();
        for (const [name, row] of rows ?? []) expected.set(name, row);
      }
      expect(Object.keys(argTypes).sort(), doc.id).toEqual([...expected.keys()].sort());
      for (const [name, row] of expected) {
        const argType = argTypes[name];
        expect(argType?.description, `${doc.id}.${name}`).toBe(row.description);
        expect(argType?.table?.type?.summary, `${doc.id}.${name} type`).toBe(row.type);
        expect(argType?.table?.defaultValue?.summary, `${doc.id}.${name} default`).toBe(
          row.default,
        );
      }
    }
  }, 30_000);

  it('keeps the story controls next to the documented words', async () => {
    const { default: badge } = await import('../stories/StatusBadge.stories');
    expect(badge.argTypes.size).toMatchObject({ control: 'inline-radio' });
    expect(badge.argTypes.status).toMatchObject({ control: 'select' });
  }, 30_000);

  it('states the retry defaults the code uses', () => {
    const options = docs.find((doc) => doc.id === 'useConnectStatus')?.members ?? [];
    const defaultOf = (name: string) => options.find((member) => member.name === name)?.default;
    expect(defaultOf('maxAttempts')).toBe(String(defaultRetryPolicy.maxAttempts));
    expect(defaultOf('policy')).toBe('defaultRetryPolicy');
  });
});
